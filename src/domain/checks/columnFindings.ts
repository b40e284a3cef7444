// Findings on aggregations across a row that are no Totalt over the periods: a variance column
// (Avvikelse = Utfall − Budget) and a total of columns apart (Nettokostnad = Intäkter + Kostnader),
// in any table. A mismatch where the table's other rows hold is an error; within rounding, info.
import { formatAmount } from "../amount";
import type { Finding } from "../finding";
import { address } from "../grid";
import { findingStrings } from "../strings";
import type { Unit } from "../table";
import type { Aggregation, FigureTable } from "../tables";
import type { Instance } from "../tables/judge";
import { decimalString } from "./common";

/** What a finding of a row needs from its table: where the figures are and how amounts are written. */
export interface RowPlace {
  table: FigureTable;
  unit?: Unit;
}

function headerOf(t: FigureTable, k: number): string {
  return t.columns[k].header || address(t.lines[0]?.row ?? 1, t.columns[k].column);
}

/** The Finding (without sheet-level extras) for one instance of an aggregation across a row, if any. */
export function acrossRowFinding(place: RowPlace, a: Aggregation, i: Instance): Finding | undefined {
  if (i.verdict === "exact" || i.verdict === "text-skipped" || (i.verdict === "mismatch" && !i.judged))
    return undefined;
  const t = place.table;
  const line = t.lines[i.series];
  const row = line.row;
  const u = place.unit;
  const formula = findingStrings.columnsFormula(a.parts.map((k, n) => ({ header: headerOf(t, k), sign: a.signs[n] })));
  const header =
    t.columns[a.total].header || (a.kind === "variance" ? findingStrings.varianceColumn : headerOf(t, a.total));
  const label = line.label || address(row, t.columns[a.total].column);
  const pieces = [
    label,
    header,
    formatAmount(i.stated, u),
    formula,
    formatAmount(i.shown, u),
    formatAmount(i.stated.minus(i.shown).abs(), u),
  ] as const;
  const rounding = i.verdict === "rounding";
  const finding: Finding = {
    rule: rounding ? "sum.rounding" : a.kind === "variance" ? "variance.mismatch" : "sum.mismatch",
    severity: rounding ? "info" : "error",
    sheet: t.sheet,
    cell: address(row, t.columns[a.total].column),
    related: a.parts.map((k) => address(row, t.columns[k].column)),
    expected: decimalString(i.shown),
    actual: decimalString(i.stated),
    message: rounding ? findingStrings.varianceRounding(...pieces) : findingStrings.varianceMismatch(...pieces),
  };
  if (u) finding.unit = u;
  return finding;
}
