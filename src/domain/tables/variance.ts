// Variance columns: Avvikelse = Utfall − Budget, or Budget − Utfall. The convention is the
// table's own, learnt from its lines (a header saying "Budget-Utfall" may compute the other way);
// a line that breaks it is a mismatch of that line.
import type { Aggregation, FigureTable } from "./model";
import { coverage, support } from "./evidence";
import { MIN_BITS, MIN_COVERAGE } from "./infer";
import { at, unitAt, type ScaledAxis } from "./scaled";
import { isRatioHeader, isVarianceHeader } from "./words";

/** Tables wider than this look for variance columns only under a variance header. */
const MAX_FREE_COLUMNS = 12;
const PROBES = 8;

/** The lines where a column has a non-zero figure: a few to try pairs on. */
function probes(m: ScaledAxis, column: number): number[] {
  const out: number[] = [];
  for (let line = 0; line < m.series && out.length < PROBES; line++) {
    const v = at(m, column, line);
    if (!Number.isNaN(v) && v !== 0) out.push(line);
  }
  return out;
}

/** A pair of columns and how the column at hand is made of them: a − b, or a + b (a total of two apart). */
type Pair = [a: number, b: number, sign: 1 | -1];

/** Pairs with column = a − b (or a + b when sums are asked for) on some probe line, most matches first. */
function pairsOn(m: ScaledAxis, column: number, lines: number[], sums: boolean): Pair[] {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const v = at(m, column, line);
    for (let a = 0; a < m.positions; a++) {
      if (a === column) continue;
      const va = at(m, a, line);
      if (Number.isNaN(va) || va === 0) continue;
      for (let b = 0; b < m.positions; b++) {
        if (b === column || b === a) continue;
        const vb = at(m, b, line);
        if (Number.isNaN(vb) || vb === 0) continue;
        const slack = unitAt(m, column, line) + unitAt(m, a, line) + unitAt(m, b, line);
        for (const sign of sums && a < b ? ([-1, 1] as const) : ([-1] as const)) {
          if (Math.abs(va + sign * vb - v) * 2 > slack) continue;
          const key = `${a},${b},${sign}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
    }
  }
  return [...counts.entries()]
    .sort((x, y) => y[1] - x[1])
    .slice(0, 4)
    .map(([k]) => k.split(",").map(Number) as Pair);
}

/**
 * A relation of three columns that an accepted sum already explains: all three in one sum
 * (T = A + 0 + B gives B = T − A), or a sum's total and one of its parts with a third column that
 * merely stands in for the sum's other parts (Have = Total − Foil where Total = Have + First + Foil).
 */
function implied(sums: readonly Aggregation[], columns: number[], named: boolean): boolean {
  return sums.some((a) => {
    const inSum = columns.filter((c) => c === a.total || a.parts.includes(c));
    return inSum.length === 3 || (!named && inSum.length === 2 && columns.includes(a.total));
  });
}

interface PairCandidate {
  v: number;
  a: number;
  b: number;
  sign: 1 | -1;
  named: boolean;
}

/** The best pair for each column that could be a difference (or a total of two columns apart). */
function pairCandidates(table: FigureTable, m: ScaledAxis, sums: readonly Aggregation[]): PairCandidate[] {
  const out: PairCandidate[] = [];
  const taken = new Set(sums.map((a) => a.total));
  const freedom = Math.log10(m.positions * m.positions * 2);
  for (let v = 0; v < m.positions; v++) {
    if (taken.has(v)) continue;
    const named = isVarianceHeader(table.columns[v].header);
    if (!named && m.positions > MAX_FREE_COLUMNS) continue;
    for (const [a, b, sign] of pairsOn(m, v, probes(m, v), !named)) {
      if (implied(sums, [v, a, b], named)) continue;
      // Percentages and averages are no terms of a difference or a total.
      if ([v, a, b].some((k) => isRatioHeader(table.columns[k].header))) continue;
      const s = support(m, v, [a, b], [1, sign]);
      const enough = named
        ? s.holds >= 2 && coverage(s) >= 0.6
        : coverage(s) >= MIN_COVERAGE && s.bits - freedom >= MIN_BITS;
      if (enough) out.push({ v, a, b, sign, named });
    }
  }
  return out;
}

/**
 * Variance columns and totals of two columns apart. One identity of three columns is found from
 * each of them (F = C − E, C = E + F, E = C − F): it is kept once, with the column a header names a
 * variance as its total, or else the rightmost, where a table puts what it computes.
 */
export function varianceColumns(table: FigureTable, m: ScaledAxis, sums: readonly Aggregation[]): Aggregation[] {
  const byTriple = new Map<string, PairCandidate>();
  for (const c of pairCandidates(table, m, sums)) {
    const key = [c.v, c.a, c.b].sort((x, y) => x - y).join(",");
    const kept = byTriple.get(key);
    if (!kept || (c.named && !kept.named) || (c.named === kept.named && c.v > kept.v)) byTriple.set(key, c);
  }
  return [...byTriple.values()].map((c) => ({
    axis: "columns",
    total: c.v,
    parts: [c.a, c.b],
    signs: [1, c.sign],
    kind: c.sign < 0 ? "variance" : "sum",
    basis: c.named ? "label" : "figures",
  }));
}
