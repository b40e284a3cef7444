// The prognosis form's two engine calls: what the form starts from (the eget kapital the sheet will
// use, and how it is reached), and the sheet it builds, computed, with what it says year by year.
import Decimal from "decimal.js";
import { formatAmount, parseAmount } from "../../domain/amount";
import type { Grid } from "../../domain/grid";
import type { BudgetTable } from "../../domain/table";
import type { SheetSpec } from "../../domain/sheetspec";
import {
  defaultAssumptions,
  evaluatedPrognosis,
  prognosisCandidates,
  prognosisEquityStart,
  prognosisTable,
  ratePerYear,
  type Assumptions,
  type PrognosisOutcome,
} from "../../domain/prognosis";
import { paneTextStrings as S } from "../../domain/strings";
import type { PrognosisDefaults, PrognosisInput, PrognosisSummary } from "./types";

function keyOf(table: BudgetTable): string {
  return `${table.sheet}!${table.range}`;
}

/** Tables a prognosis can start from, best first (the fullest breakdown), as the CLI chooses. */
export function prognosisTables(tables: readonly BudgetTable[]): BudgetTable[] {
  return prognosisCandidates(tables);
}

/** The chosen table with the other side (income or costs) taken from its neighbour, as the CLI builds it. */
function sourceOf(tables: readonly BudgetTable[], key: string): BudgetTable | undefined {
  const table = prognosisTables(tables).find((t) => keyOf(t) === key);
  return table && prognosisTable(table, tables);
}

/** "Eget kapital ingående 2024 (Budgetplan 2024–2026!B15) 2 103 610 kr + resultat 2024 −1 828 456 kr". */
function equityHow(table: BudgetTable, assumptions: Assumptions, start: Decimal | undefined): string | undefined {
  const e = assumptions.equity;
  const money = (d: Decimal) => formatAmount(d, table.unit);
  const where = e.kind === "opening" || e.kind === "closing" ? `${e.sheet}!${e.cell}` : "";
  const baseYear = table.periods[assumptions.basePeriod]?.year ?? 0;
  if (e.kind === "opening" && start !== undefined)
    return S.equityFromOpening(e.label, where, money(e.value), baseYear, money(start.minus(e.value)));
  if (e.kind === "closing") return S.equityFromClosing(e.label, where);
  return undefined;
}

export function prognosisDefaults(
  tables: readonly BudgetTable[],
  key: string,
  grids: readonly Grid[]
): PrognosisDefaults | undefined {
  const table = sourceOf(tables, key);
  if (!table) return undefined;
  const a = defaultAssumptions(table, tables);
  const found = a.equity.kind === "opening" || a.equity.kind === "closing";
  const figure = found ? prognosisEquityStart(table, a, grids) : undefined;
  const start = figure !== undefined ? new Decimal(figure) : undefined;
  const how = equityHow(table, a, start);
  return {
    tableKey: key,
    ...(start !== undefined ? { equityText: formatAmount(start, table.unit) } : {}),
    ...(how ? { equityHow: how } : {}),
    years: a.years,
  };
}

/** A percent as typed ("2,5", "−1", "") → a decimal string, or undefined when it is not a number. */
export function percentInput(text: string): string | undefined {
  const t = text.trim().replace(",", ".").replace(/[−–]/g, "-").replace(/\s*%$/, "");
  if (t === "") return "0";
  return /^[+-]?\d+(\.\d+)?$/.test(t) ? t : undefined;
}

function summaryOf(spec: SheetSpec, table: BudgetTable, outcome: PrognosisOutcome): PrognosisSummary {
  const money = (v: string | undefined) => (v === undefined ? "–" : formatAmount(new Decimal(v), table.unit));
  return {
    sheet: spec.name,
    unit: table.unit,
    years: outcome.years.map((y) => ({
      year: y.year,
      resultText: money(y.result),
      equityText: money(y.equityOut),
      uncovered: y.uncovered,
      deficit: y.result !== undefined && new Decimal(y.result).isNegative(),
    })),
    ...(outcome.firstUncovered !== undefined ? { firstUncovered: outcome.firstUncovered } : {}),
  };
}

export type PrognosisBuild =
  { ok: true; spec: SheetSpec; summary: PrognosisSummary } | { ok: false; field: keyof PrognosisInput };

/** Builds the prognosis sheet, computed; a field that does not parse is named, and nothing is built. */
export function buildPrognosis(
  tables: readonly BudgetTable[],
  input: PrognosisInput,
  existingNames: readonly string[],
  date: string,
  grids: readonly Grid[] = []
): PrognosisBuild {
  const table = sourceOf(tables, input.tableKey);
  if (!table) return { ok: false, field: "tableKey" };
  const base = defaultAssumptions(table, tables);
  const rates: Partial<Record<"incomeGrowth" | "wageGrowth" | "priceGrowth", Decimal[]>> = {};
  for (const field of ["incomeGrowth", "wageGrowth", "priceGrowth"] as const) {
    const percent = percentInput(input[field]);
    if (percent === undefined) return { ok: false, field };
    rates[field] = ratePerYear(percent, base.years.length);
  }
  let equity: Assumptions["equity"] = base.equity;
  if (input.equityStart.trim() !== "") {
    const parsed = parseAmount(input.equityStart);
    if (!parsed) return { ok: false, field: "equityStart" };
    equity = { kind: "entered", value: parsed.value };
  }
  const assumptions: Assumptions = { ...base, ...rates, equity } as Assumptions;
  const outcome = evaluatedPrognosis(table, assumptions, { sourceSheet: table.sheet, date, existingNames }, grids);
  return { ok: true, spec: outcome.spec, summary: summaryOf(outcome.spec, table, outcome) };
}
