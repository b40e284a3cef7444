// Which recognised table a prognosis starts from when the user names none.
//
// The table with the fullest breakdown (most lines) wins: the per-row assumptions (wages, end
// years of insatser) need the lines, and a multi-year plan beside it still feeds the prognosis
// its eget kapital (findEquity reads every table). In seed 001 that is "Budget 2024" (36 lines)
// over "Budgetplan 2024–2026" (3): the prognosis then runs 2025–2027, the plan's years and one
// more. Ties go to the later base year, then to the surer recognition.
import type { BudgetTable } from "../table";
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
