// Which recognised table a prognosis starts from when the user names none.
//
// The table with the fullest breakdown (most lines) wins: the per-row assumptions (wages, end
// years of insatser) need the lines, and a multi-year plan beside it still feeds the prognosis
// its eget kapital (findEquity reads every table). In seed 001 that is "Budget 2024" (36 lines)
// over "Budgetplan 2024–2026" (3): the prognosis then runs 2025–2027, the plan's years and one
// more. Ties go to the later base year, then to the surer recognition.
import type { BudgetRow, BudgetTable } from "../table";
import { basePeriodIndex, LINE_ROLES } from "./assumptions";

/** Kinds a prognosis can start from: a budget, a plan or a resultatbudget, not a member list or a balance. */
const PROGNOSIS_KINDS: ReadonlySet<BudgetTable["kind"]> = new Set(["budget", "plan", "result"]);

function lineCount(table: BudgetTable): number {
  return table.rows.filter((r) => LINE_ROLES.has(r.role)).length;
}

function baseYear(table: BudgetTable): number {
  return table.periods[basePeriodIndex(table)]?.year ?? 0;
}

/** The tables a prognosis can start from, best first; on `sheet` only when one is named (any case). */
export function prognosisCandidates(tables: readonly BudgetTable[], sheet?: string): BudgetTable[] {
  const wanted = sheet?.trim().toLowerCase();
  return tables
    .filter((t) => t.periods.length > 0 && lineCount(t) > 0)
    .filter((t) => (wanted === undefined ? PROGNOSIS_KINDS.has(t.kind) : t.sheet.toLowerCase() === wanted))
    .sort((a, b) => lineCount(b) - lineCount(a) || baseYear(b) - baseYear(a) || b.confidence - a.confidence);
}

export function choosePrognosisTable(tables: readonly BudgetTable[], sheet?: string): BudgetTable | undefined {
  return prognosisCandidates(tables, sheet)[0];
}

type Side = "income" | "cost";

function sideRows(table: BudgetTable, side: Side): BudgetRow[] {
  return table.rows.filter((r) => r.side === side || (side === "income" && r.role === "member"));
}

function hasLines(table: BudgetTable, side: Side): boolean {
  return sideRows(table, side).some((r) => LINE_ROLES.has(r.role));
}

/**
 * The table a prognosis is built from: `table` at its base period, and when it lacks the
 * income or the cost side, that side from another table of the same sheet and base year.
 * Budgets often put the members' contributions in one table and the costs in the next (seeds
 * 000 and 002); a prognosis of the costs alone would show every year as a deficit. Each figure
 * keeps its own cell, so the base-year formulas still point at the right column.
 */
export function prognosisTable(table: BudgetTable, tables: readonly BudgetTable[]): BudgetTable {
  const baseIndex = basePeriodIndex(table);
  const base = table.periods[baseIndex];
  if (!base) return table;
  const rows: BudgetRow[] = table.rows.map((r) => ({ ...r, values: [r.values[baseIndex]] }));
  for (const side of ["income", "cost"] as const) {
    if (hasLines(table, side)) continue;
    const donor = tables.find(
      (t) => t !== table && t.sheet === table.sheet && hasLines(t, side) && t.periods.some((p) => p.year === base.year)
    );
    if (!donor) continue;
    const periodIndex = donor.periods.findIndex((p) => p.year === base.year && p.kind === base.kind);
    const at = periodIndex >= 0 ? periodIndex : donor.periods.findIndex((p) => p.year === base.year);
    const taken = new Set(rows.map((r) => r.row));
    for (const r of sideRows(donor, side)) if (!taken.has(r.row)) rows.push({ ...r, values: [r.values[at]] });
  }
  rows.sort((a, b) => a.row - b.row);
  return { ...table, periods: [base], rows };
}
