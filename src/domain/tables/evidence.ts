// How well a proposed aggregation holds across a table's series (each column for a total line,
// each line for a total column), and how unlikely it is to hold by chance.
import type { Sign } from "./model";
import { at, unitAt, type ScaledAxis } from "./scaled";

export interface Support {
  /** Series where it holds and says something: two or more non-zero terms. */
  holds: number;
  /** Series where it is checkable and does not hold. */
  fails: number;
  /** Series where it holds only trivially: all parts zero, or the total equal to its one non-zero part. */
  trivial: number;
  /** -log10 of the chance that every non-trivial holding series matched by accident. */
  bits: number;
  /** The series that hold (trivially or not), in order. */
  holding: number[];
  failing: number[];
}

/** Where one series stands: undefined when the total or every part is empty there. */
export function instance(
  m: ScaledAxis,
  total: number,
  parts: readonly number[],
  signs: readonly Sign[],
  series: number
): { holds: boolean; trivial: boolean; bits: number; key: string } | undefined {
  const stated = at(m, total, series);
  if (Number.isNaN(stated)) return undefined;
  let sum = 0;
  let slack = unitAt(m, total, series);
  let filled = 0;
  let nonZero = 0;
  let key = String(stated);
  for (let i = 0; i < parts.length; i++) {
    const v = at(m, parts[i], series);
    key += `|${v}`;
    if (Number.isNaN(v)) continue;
    filled++;
    if (v !== 0) nonZero++;
    sum += signs[i] * v;
    slack += unitAt(m, parts[i], series);
  }
  if (filled === 0) return undefined;
  const holds = Math.abs(sum - stated) * 2 <= slack;
  const trivial = nonZero <= 1;
  return { holds, trivial, bits: holds && !trivial ? chanceBits(stated, slack / 2, m.grain) : 0, key };
}

/** -log10 of the chance that a sum of figures on this grain lands within the tolerance of the total. */
export function chanceBits(total: number, tolerance: number, grain: number): number {
  const p = (2 * tolerance + grain) / (Math.abs(total) + grain);
  return p >= 1 ? 0 : -Math.log10(p);
}

export function support(
  m: ScaledAxis,
  total: number,
  parts: readonly number[],
  signs: readonly Sign[],
  skip = -1
): Support {
  const s: Support = { holds: 0, fails: 0, trivial: 0, bits: 0, holding: [], failing: [] };
  // The same figures again (a constant column, a repeated line) are no new evidence.
  const seen = new Set<string>();
  for (let series = 0; series < m.series; series++) {
    if (series === skip) continue;
    const i = instance(m, total, parts, signs, series);
    if (!i) continue;
    const repeated = seen.has(i.key);
    seen.add(i.key);
    if (!i.holds) {
      if (!repeated) s.fails++;
      s.failing.push(series);
      continue;
    }
    s.holding.push(series);
    if (repeated) continue;
    if (i.trivial) s.trivial++;
    else {
      s.holds++;
      s.bits += i.bits;
    }
  }
  return s;
}

/** Share of the checkable, non-trivial series where it holds. */
export function coverage(s: Support): number {
  return s.holds + s.fails === 0 ? 0 : s.holds / (s.holds + s.fails);
}
