// Findings on the workbook's tables that are no budget: their accepted sums and variance
// columns, judged by the general layer, in the same rules as the budget tables' (no period, no unit).
import type Decimal from "decimal.js";
import { formatAmount } from "../amount";
import type { CheckContext, Finding } from "../finding";
import { address } from "../grid";
import { findingStrings } from "../strings";
import { inferAggregations, type Aggregation, type FigureTable } from "../tables";
import { judgeTable, type Arithmetic, type Instance } from "../tables/judge";
import { acrossRowFinding } from "./columnFindings";
import { decimalString } from "./common";
import { mismatchesByCell, partCause } from "./partCauses";

const cache = new WeakMap<FigureTable, Arithmetic>();

/** A table's accepted aggregations and their verdicts, computed once. */
export function generalArithmetic(table: FigureTable): Arithmetic {
  let a = cache.get(table);
  if (!a) cache.set(table, (a = judgeTable(table, inferAggregations(table))));
  return a;
}

function cellsOf(t: FigureTable, a: Aggregation, series: number): { cell: string; parts: string[] } {
  if (a.axis === "rows") {
    const column = t.columns[series].column;
    return { cell: address(t.lines[a.total].row, column), parts: a.parts.map((p) => address(t.lines[p].row, column)) };
  }
  const row = t.lines[series].row;
  return {
    cell: address(row, t.columns[a.total].column),
    parts: a.parts.map((p) => address(row, t.columns[p].column)),
  };
}

function where(t: FigureTable, a: Aggregation, i: Instance): { label: string; place: string } {
  if (a.axis === "rows")
    return { label: t.lines[a.total].label || cellsOf(t, a, i.series).cell, place: t.columns[i.series].header };
  return { label: t.lines[i.series].label || cellsOf(t, a, i.series).cell, place: t.columns[a.total].header };
}

function finding(t: FigureTable, rule: string, i: Instance, message: string, expected: Decimal): Finding {
  const { cell, parts } = cellsOf(t, i.aggregation, i.series);
  return {
    rule,
    severity: rule === "sum.rounding" ? "info" : "error",
    sheet: t.sheet,
    cell,
    related: parts,
    expected: decimalString(expected),
    actual: decimalString(i.stated),
    message,
  };
}

/** sum.mismatch and sum.rounding on the other tables. */
export function generalSumFindings(context: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const t of context.otherTables ?? []) {
    const arithmetic = generalArithmetic(t);
    const mismatches = mismatchesByCell(arithmetic);
    for (const i of arithmetic.instances) {
      if (i.aggregation.axis !== "rows" || i.aggregation.kind !== "sum") continue;
      if (i.verdict === "exact" || i.verdict === "text-skipped") continue;
      if (i.verdict === "mismatch" && !i.judged) continue;
      const { label, place } = where(t, i.aggregation, i);
      const pieces = [
        label,
        place,
        formatAmount(i.stated),
        formatAmount(i.shown),
        formatAmount(i.stated.minus(i.shown).abs()),
      ] as const;
      const rounding = i.verdict === "rounding";
      const message = rounding
        ? findingStrings.tableSumRounding(...pieces)
        : findingStrings.tableSumMismatch(...pieces);
      const f = finding(t, rounding ? "sum.rounding" : "sum.mismatch", i, message, i.shown);
      const cause = rounding ? undefined : partCause(arithmetic, i, mismatches);
      if (cause) f.followsFrom = { sheet: t.sheet, cells: [cause] };
      out.push(f);
    }
  }
  return out;
}

/** Aggregations across a row (variance columns, totals of columns) on the other tables. */
export function generalAcrossRowFindings(context: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const t of context.otherTables ?? []) {
    for (const i of generalArithmetic(t).instances) {
      if (i.aggregation.axis !== "columns") continue;
      const f = acrossRowFinding({ table: t }, i.aggregation, i);
      if (f) out.push(f);
    }
  }
  return out;
}
