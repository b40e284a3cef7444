// Each accepted aggregation at each of its cells, in Decimal: exact, within rounding, or a
// mismatch; and whether a mismatch may be reported, which it may only where the structure is
// evidenced independently of the disputed cell (given, a formula, a label another series
// confirms, or figures that hold in enough other series on their own).
import Decimal from "decimal.js";
import type { Aggregation, Figure, FigureTable } from "./model";
import { coverage, support } from "./evidence";
import { MIN_BITS, MIN_COVERAGE } from "./infer";
import { roundedTo, scaledAxis, type ScaledAxis } from "./scaled";
import { isRatioHeader } from "./words";

export type Verdict = "exact" | "rounding" | "mismatch" | "text-skipped";

export interface Instance {
  aggregation: Aggregation;
  /** A column of the table (rows axis) or a line (columns axis). */
  series: number;
  stated: Decimal;
  /** The parts as shown (an empty part that is itself a total counts as its parts add up). */
  shown: Decimal;
  /** The parts as their own parts add up, down to the figures no aggregation explains. */
  true: Decimal;
  verdict: Verdict;
  /** Two or more non-zero terms: the figures say something about the structure here. */
  trivial: boolean;
  /** A mismatch here may be reported: the structure stands without this cell. */
  judged: boolean;
  /** Half a unit of the last printed digit for every term, the total included (0 in an exact table). */
  tolerance: Decimal;
}

export interface Arithmetic {
  table: FigureTable;
  aggregations: Aggregation[];
  instances: Instance[];
  /** The first sum aggregation of each total line, which true values follow. */
  primary: Map<number, Aggregation>;
  trueValue(line: number, column: number): Decimal | undefined;
}

const HALF = new Decimal("0.5");
const ZERO = new Decimal(0);

function roundingOf(table: FigureTable, figures: (Figure | undefined)[], coarse: number): Decimal {
  if (table.exact) return ZERO;
  let t = ZERO;
  for (const f of figures) {
    if (f) t = t.plus(HALF.times(f.decimals === 0 ? coarse : new Decimal(10).pow(-f.decimals)));
  }
  return t;
}

export function judgeTable(table: FigureTable, aggregations: Aggregation[]): Arithmetic {
  const primary = new Map<number, Aggregation>();
  for (const a of aggregations)
    if (a.axis === "rows" && a.kind === "sum" && !primary.has(a.total)) primary.set(a.total, a);
  const memo = new Map<number, Decimal | undefined>();
  const visiting = new Set<number>();
  const width = table.columns.length;
  const trueValue = (line: number, column: number): Decimal | undefined => {
    const key = line * width + column;
    if (memo.has(key)) return memo.get(key);
    const stated = table.lines[line].figures[column]?.value;
    const a = primary.get(line);
    if (!a || visiting.has(key)) return stated;
    visiting.add(key);
    let total: Decimal | undefined;
    a.parts.forEach((p, i) => {
      const v = trueValue(p, column);
      if (v) total = (total ?? ZERO).plus(v.times(a.signs[i]));
    });
    visiting.delete(key);
    const out = total ?? stated;
    memo.set(key, out);
    return out;
  };
  const leafMemo = new Map<number, number>();
  const leaves = (line: number, depth = 0): number => {
    const a = primary.get(line);
    if (!a || depth > 64) return 1;
    const known = leafMemo.get(line);
    if (known !== undefined) return known;
    leafMemo.set(line, 1);
    const n = a.parts.reduce((k, p) => k + leaves(p, depth + 1), 0);
    leafMemo.set(line, n);
    return n;
  };
  const axes = new Map<string, ScaledAxis | undefined>();
  const axisOf = (a: Aggregation) => {
    if (!axes.has(a.axis)) axes.set(a.axis, scaledAxis(table, a.axis));
    return axes.get(a.axis);
  };
  const instances: Instance[] = [];
  const coarse = roundedTo(table);
  for (const a of aggregations) {
    const count = a.axis === "rows" ? table.columns.length : table.lines.length;
    for (let s = 0; s < count; s++) {
      const i = instanceOf(table, a, s, trueValue, coarse, leaves);
      if (!i) continue;
      i.judged = i.verdict !== "mismatch" || (judged(a, s, axisOf(a)) && plausible(table, a, s, i));
      instances.push(i);
    }
  }
  return { table, aggregations, instances, primary, trueValue };
}

type TrueValue = (line: number, column: number) => Decimal | undefined;

function figureAt(table: FigureTable, a: Aggregation, position: number, series: number): Figure | undefined {
  return a.axis === "rows" ? table.lines[position].figures[series] : table.lines[series].figures[position];
}

function instanceOf(
  table: FigureTable,
  a: Aggregation,
  s: number,
  trueValue: TrueValue,
  coarse: number,
  leaves: (line: number) => number
): Instance | undefined {
  const total = figureAt(table, a, a.total, s);
  if (!total) return undefined;
  let shown = ZERO;
  let truth = ZERO;
  let excel = ZERO;
  let any = false;
  let nonZero = 0;
  const figures: (Figure | undefined)[] = [total];
  a.parts.forEach((p, k) => {
    const f = figureAt(table, a, p, s);
    const t = a.axis === "rows" ? trueValue(p, s) : f?.value;
    const v = f?.value ?? t;
    if (!v) return;
    any = true;
    figures.push(f);
    if (!v.isZero()) nonZero++;
    shown = shown.plus(v.times(a.signs[k]));
    truth = truth.plus((t ?? v).times(a.signs[k]));
    if (f?.source !== "text") excel = excel.plus(v.times(a.signs[k]));
  });
  if (!any) return undefined;
  const stated = total.value;
  const tolerance = roundingOf(table, figures, coarse);
  // The parts' own parts were rounded too: half a unit for each figure the true sum rests on.
  const leafCount = a.axis === "rows" ? a.parts.reduce((k, p) => k + leaves(p), 0) : a.parts.length;
  const perTerm = figures.length > 0 ? tolerance.div(figures.length) : ZERO;
  const trueTolerance = Decimal.max(tolerance, perTerm.times(leafCount + 1));
  let verdict: Verdict;
  if (stated.eq(shown) || stated.eq(truth)) verdict = "exact";
  else if (total.source === "formula" && stated.eq(excel)) verdict = "text-skipped";
  // The leaves' rounding counts only where a part is itself off from its own parts.
  else if (
    stated.minus(shown).abs().lte(tolerance) ||
    (!truth.eq(shown) && stated.minus(truth).abs().lte(trueTolerance))
  )
    verdict = "rounding";
  else verdict = "mismatch";
  return {
    aggregation: a,
    series: s,
    stated,
    shown,
    true: truth,
    verdict,
    trivial: nonZero <= 1,
    judged: true,
    tolerance,
  };
}

/** Whether the structure stands without series s. */
function judged(a: Aggregation, s: number, m: ScaledAxis | undefined): boolean {
  if (a.basis === "formula" || (a.basis === "given" && !m)) return true;
  if (!m) return false;
  const rest = support(m, a.total, a.parts, a.signs, s);
  // Given (by the labels or the user): unless it fails in every other series as well, which says the
  // structure is misread rather than a figure wrong.
  if (a.basis === "given") return rest.holding.length > 0 || rest.failing.length === 0;
  if (a.basis === "label") return rest.holding.length > 0 && rest.holding.length >= rest.failing.length;
  const freedom = Math.log10(Math.max(2, a.parts.length * 2));
  return rest.holds > 0 && coverage(rest) >= MIN_COVERAGE && rest.bits - freedom >= MIN_BITS;
}

/**
 * Whether the disputed cell can be a total of its parts at all, for a structure that the labels or
 * figures found (not one given or written as a formula): not in a column of ratios or averages, and
 * not a figure an order of magnitude below its largest part when all parts have one sign (a price
 * on a row of quantities, a 0 put where no total is given).
 */
function plausible(table: FigureTable, a: Aggregation, s: number, i: Instance): boolean {
  if (a.basis === "given" || a.basis === "formula") return true;
  if (a.axis === "rows" && isRatioHeader(table.columns[s].header)) return false;
  if (a.axis === "columns" && isRatioHeader(table.lines[s].label)) return false;
  let largest: Decimal | undefined;
  let positive = 0;
  let negative = 0;
  a.parts.forEach((p, k) => {
    const v = figureAt(table, a, p, s)?.value.times(a.signs[k]);
    if (!v || v.isZero()) return;
    if (v.isNegative()) negative++;
    else positive++;
    if (!largest || v.abs().gt(largest)) largest = v.abs();
  });
  if (!largest || (positive > 0 && negative > 0)) return true;
  const opposite =
    (positive > 0 && i.stated.isNegative()) || (negative > 0 && i.stated.isPositive() && !i.stated.isZero());
  return !opposite && i.stated.abs().times(10).gte(largest);
}

/** The instances an aggregation is claimed at: where it holds, and where its mismatch is judged. */
export function listed(arithmetic: Arithmetic): Instance[] {
  return arithmetic.instances.filter((i) => i.verdict !== "mismatch" || i.judged);
}
