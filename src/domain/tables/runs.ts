// Candidate aggregations from the figures: for every figure that could be a total, the nearest
// run of still unaggregated neighbours (above or below; left or right) whose sum reaches it,
// as aggregation detection does (AggreCol). Each series proposes; evidence.ts judges across all.
import type { Sign } from "./model";
import { at, unitAt, type ScaledAxis } from "./scaled";

/** How far a walk goes from its total; the nearest match wins, so longer runs are rarely right. */
const WINDOW = 48;

export type Direction = "before" | "after";

export interface Candidate {
  total: number;
  parts: number[];
  signs: Sign[];
  direction: Direction;
  /** How many runs the walk tried before this one matched: the freedom it had. */
  tried: number;
}

export function candidateKey(c: { total: number; parts: readonly number[]; signs: readonly Sign[] }): string {
  return `${c.total}:${c.parts.join(",")}:${c.signs.join("")}`;
}

/** The index in `roots` (sorted) of the first root at or after a position. */
function lowerBound(roots: readonly number[], position: number): number {
  let lo = 0;
  let hi = roots.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (roots[mid] < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Walk {
  m: ScaledAxis;
  roots: readonly number[];
  total: number;
  series: number;
  direction: Direction;
  signed: boolean;
}

/** One walk from a total along one series: the first plain sum that matches, and signed ones if asked. */
function walk(w: Walk, found: Map<string, Candidate>): void {
  const { m, roots, total, series } = w;
  const stated = at(m, total, series);
  if (Number.isNaN(stated)) return;
  const statedUnit = unitAt(m, total, series);
  const start = lowerBound(roots, total);
  const step = w.direction === "before" ? -1 : 1;
  let i = w.direction === "before" ? start - 1 : roots[start] === total ? start + 1 : start;
  let sum = 0;
  let slack = statedUnit;
  let nonZero = 0;
  let taken = 0;
  let signedFound = false;
  const near = roots[i];
  for (; i >= 0 && i < roots.length && taken < WINDOW; i += step) {
    const position = roots[i];
    const v = at(m, position, series);
    taken++;
    if (Number.isNaN(v)) continue;
    sum += v;
    slack += unitAt(m, position, series);
    if (v !== 0) nonZero++;
    if (nonZero < 2) continue;
    const run = () => (step < 0 ? roots.slice(i, start) : roots.slice(start + (roots[start] === total ? 1 : 0), i + 1));
    if (Math.abs(sum - stated) * 2 <= slack) {
      const parts = run();
      add(found, { total, parts, signs: parts.map(() => 1), direction: w.direction, tried: taken });
      // Rows of zeros right after the run belong to the group as well (a Förråd 0 among the assets).
      const zeros: number[] = [];
      for (let j = i + step; j >= 0 && j < roots.length && zeros.length < 8; j += step) {
        const z = at(m, roots[j], series);
        if (!Number.isNaN(z) && z !== 0) break;
        zeros.push(roots[j]);
      }
      if (zeros.length > 0) {
        const longer = step < 0 ? [...zeros.reverse(), ...parts] : [...parts, ...zeros];
        add(found, {
          total,
          parts: longer,
          signs: longer.map(() => 1),
          direction: w.direction,
          tried: taken + zeros.length,
        });
      }
      return;
    }
    if (!w.signed || signedFound || step > 0) continue;
    // The farthest term minus the rest: a result of income over the costs below it.
    if (Math.abs(2 * v - sum - stated) * 2 <= slack) {
      const parts = run();
      add(found, {
        total,
        parts,
        signs: parts.map((p) => (p === position ? 1 : -1)),
        direction: w.direction,
        tried: taken * 3,
      });
      signedFound = true;
    } else if (taken === 2 && !Number.isNaN(at(m, near, series))) {
      // Two terms: the nearer minus the farther (utfall under budget, avvikelse under both).
      const d = at(m, near, series) - v;
      if (Math.abs(d - stated) * 2 <= slack) {
        const parts = run();
        add(found, { total, parts, signs: parts.map((p) => (p === near ? 1 : -1)), direction: w.direction, tried: 6 });
        signedFound = true;
      }
    }
  }
}

function add(found: Map<string, Candidate>, c: Candidate): void {
  const key = candidateKey(c);
  const seen = found.get(key);
  if (!seen || seen.tried > c.tried) found.set(key, c);
}

/**
 * Candidates along every series for the given totals, with their parts among `roots` (sorted
 * positions that are not yet part of an accepted aggregation).
 */
export function discover(
  m: ScaledAxis,
  roots: readonly number[],
  totals: readonly number[],
  open: (total: number, direction: Direction) => boolean,
  signed: boolean
): Candidate[] {
  const found = new Map<string, Candidate>();
  for (const total of totals) {
    for (const direction of ["before", "after"] as const) {
      if (!open(total, direction)) continue;
      for (let series = 0; series < m.series; series++) walk({ m, roots, total, series, direction, signed }, found);
    }
  }
  return [...found.values()];
}

/** Series sampled to find runs apart from their total: the evidence is weighed on every series after. */
const SAMPLE = 12;

/**
 * Candidates whose run of parts stands apart from its total (a quiz total right of the exam
 * columns): found exactly, by prefix sums, on a sample of series, kept when two samples agree.
 */
export function discoverDetached(
  m: ScaledAxis,
  roots: readonly number[],
  totals: readonly number[],
  open: (total: number, direction: Direction) => boolean
): Candidate[] {
  const out: Candidate[] = [];
  for (const total of totals) {
    for (const direction of ["before", "after"] as const) {
      if (!open(total, direction)) continue;
      const side = direction === "before" ? roots.filter((r) => r < total) : roots.filter((r) => r > total);
      if (side.length < 3) continue;
      const counts = new Map<string, { c: Candidate; n: number }>();
      let sampled = 0;
      for (let s = 0; s < m.series && sampled < SAMPLE; s++) {
        const stated = at(m, total, s);
        if (Number.isNaN(stated) || stated === 0) continue;
        sampled++;
        for (const c of runsSumming(m, side, total, s, stated, direction)) {
          const key = candidateKey(c);
          const seen = counts.get(key);
          if (seen) seen.n++;
          else counts.set(key, { c, n: 1 });
        }
      }
      for (const { c, n } of counts.values()) if (n >= 2 || sampled === 1) out.push(c);
    }
  }
  return out;
}

/** Every run of `side` (sorted positions) not next to the total whose exact sum is the stated figure. */
function runsSumming(
  m: ScaledAxis,
  side: readonly number[],
  total: number,
  series: number,
  stated: number,
  direction: Direction
): Candidate[] {
  const prefix = new Float64Array(side.length + 1);
  const nonZero = new Int32Array(side.length + 1);
  const at0 = new Map<number, number[]>();
  for (let i = 0; i < side.length; i++) {
    const v = at(m, side[i], series);
    prefix[i + 1] = prefix[i] + (Number.isNaN(v) ? 0 : v);
    nonZero[i + 1] = nonZero[i] + (Number.isNaN(v) || v === 0 ? 0 : 1);
  }
  for (let i = 0; i <= side.length; i++) {
    const list = at0.get(prefix[i]);
    if (list) list.push(i);
    else at0.set(prefix[i], [i]);
  }
  const out: Candidate[] = [];
  const tried = (side.length * (side.length + 1)) / 2;
  // A run [a, b) sums to stated when prefix[a] = prefix[b] − stated; the run next to the total is the walk's.
  const nearEnd = direction === "before" ? side.length : 0;
  for (let b = 1; b <= side.length; b++) {
    for (const a of at0.get(prefix[b] - stated) ?? []) {
      if (a >= b || nonZero[b] - nonZero[a] < 2) continue;
      if ((direction === "before" && b === nearEnd) || (direction === "after" && a === nearEnd)) continue;
      const parts = side.slice(a, b);
      out.push({ total, parts, signs: parts.map(() => 1), direction, tried });
    }
  }
  return out;
}
