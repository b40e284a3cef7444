// The prognosis form's two engine calls: what the form starts from, and the SheetSpec it builds.
import Decimal from "decimal.js";
import { formatAmount, parseAmount } from "../../domain/amount";
import type { BudgetTable } from "../../domain/table";
import type { SheetSpec } from "../../domain/sheetspec";
import { buildPrognosisSheet, defaultAssumptions, ratePerYear, type Assumptions } from "../../domain/prognosis";
import type { PrognosisDefaults, PrognosisInput } from "./types";

function keyOf(table: BudgetTable): string {
  return `${table.sheet}!${table.range}`;
}

/** Tables a prognosis can start from: budgets and plans with at least one year. */
export function prognosisTables(tables: readonly BudgetTable[]): BudgetTable[] {
  return tables.filter((t) => t.periods.length > 0 && t.kind !== "members" && t.kind !== "balance");
}

export function prognosisDefaults(tables: readonly BudgetTable[], key: string): PrognosisDefaults | undefined {
  const table = prognosisTables(tables).find((t) => keyOf(t) === key);
  if (!table) return undefined;
  const a = defaultAssumptions(table, tables);
  const found = a.equity.kind === "opening" || a.equity.kind === "closing" ? a.equity : undefined;
  return {
    tableKey: key,
    equityStart: found?.value.toFixed(),
    equityText: found ? formatAmount(found.value, table.unit) : undefined,
    equityLabel: found?.label,
    years: a.years,
  };
}

/** A percent as typed ("2,5", "−1", "") → a decimal string, or undefined when it is not a number. */
export function percentInput(text: string): string | undefined {
  const t = text.trim().replace(",", ".").replace(/[−–]/g, "-").replace(/\s*%$/, "");
  if (t === "") return "0";
  return /^[+-]?\d+(\.\d+)?$/.test(t) ? t : undefined;
}

export type PrognosisBuild = { ok: true; spec: SheetSpec } | { ok: false; field: keyof PrognosisInput };

/** Builds the prognosis sheet; a field that does not parse is named, and nothing is built. */
export function buildPrognosis(
  tables: readonly BudgetTable[],
  input: PrognosisInput,
  existingNames: readonly string[],
  date: string
): PrognosisBuild {
  const table = prognosisTables(tables).find((t) => keyOf(t) === input.tableKey);
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
  const spec = buildPrognosisSheet(table, assumptions, { sourceSheet: table.sheet, date, existingNames });
  return { ok: true, spec };
}
