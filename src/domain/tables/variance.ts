// Variance columns: Avvikelse = Utfall − Budget, or Budget − Utfall. The convention is the
// table's own, learnt from its lines (a header saying "Budget-Utfall" may compute the other way);
// a line that breaks it is a mismatch of that line.
import type { Aggregation, FigureTable } from "./model";
import { coverage, support } from "./evidence";
import { MIN_BITS, MIN_COVERAGE } from "./infer";
import { at, unitAt, type ScaledAxis } from "./scaled";
import { isVarianceHeader } from "./words";

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

/** Pairs (a, b) with column = a − b on some probe line, most matches first. */
function pairsOn(m: ScaledAxis, column: number, lines: number[]): [number, number][] {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const v = at(m, column, line);
    for (let a = 0; a < m.positions; a++) {
      if (a === column) continue;
      const va = at(m, a, line);
      if (Number.isNaN(va)) continue;
      for (let b = 0; b < m.positions; b++) {
        if (b === column || b === a) continue;
        const vb = at(m, b, line);
        const slack = unitAt(m, column, line) + unitAt(m, a, line) + unitAt(m, b, line);
        if (!Number.isNaN(vb) && Math.abs(va - vb - v) * 2 <= slack && va !== 0 && vb !== 0) {
          const key = `${a},${b}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
    }
  }
  return [...counts.entries()]
    .sort((x, y) => y[1] - x[1])
    .slice(0, 4)
    .map(([k]) => k.split(",").map(Number) as [number, number]);
}

/** A difference of three columns that one accepted sum already ties together (T = A + 0 + B gives B = T − A). */
function implied(sums: readonly Aggregation[], columns: number[]): boolean {
  return sums.some((a) => columns.every((c) => c === a.total || a.parts.includes(c)));
}

export function varianceColumns(table: FigureTable, m: ScaledAxis, sums: readonly Aggregation[]): Aggregation[] {
  const out: Aggregation[] = [];
  const taken = new Set(sums.map((a) => a.total));
  for (let v = 0; v < m.positions; v++) {
    if (taken.has(v)) continue;
    const named = isVarianceHeader(table.columns[v].header);
    if (!named && m.positions > MAX_FREE_COLUMNS) continue;
    let best: { a: number; b: number; holds: number; bits: number; cover: number } | undefined;
    for (const [a, b] of pairsOn(m, v, probes(m, v))) {
      if (implied(sums, [v, a, b])) continue;
      const s = support(m, v, [a, b], [1, -1]);
      const cover = coverage(s);
      if (!best || s.holds > best.holds) best = { a, b, holds: s.holds, bits: s.bits, cover };
    }
    if (!best) continue;
    const freedom = Math.log10(m.positions * m.positions * 2);
    const enough = named
      ? best.holds >= 2 && best.cover >= 0.6
      : best.cover >= MIN_COVERAGE && best.bits - freedom >= MIN_BITS;
    if (!enough) continue;
    out.push({
      axis: "columns",
      total: v,
      parts: [best.a, best.b],
      signs: [1, -1],
      kind: "variance",
      basis: named ? "label" : "figures",
    });
  }
  return out;
}
