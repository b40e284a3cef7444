// The figures of a table as whole numbers in units of its finest printed digit, laid out along one
// axis, for the search for aggregations. Sums of whole numbers below 2^53 are exact in a double, so
// the search adds no binary fractions; verdicts and findings are computed again in Decimal (judge.ts).
import Decimal from "decimal.js";
import type { Axis, Figure, FigureTable } from "./model";

/** Beyond this many decimals a figure is searched at this precision (verdicts stay exact). */
const MAX_SCALE = 6;
const SAFE = 2 ** 52;

/**
 * Positions along the axis (lines for "rows", columns for "columns") × series (the other
 * direction). value is NaN for an empty cell; unit is the rounding unit of the cell's last
 * printed digit (0 in an exact table), both in the scaled whole numbers.
 */
export interface ScaledAxis {
  axis: Axis;
  positions: number;
  series: number;
  value: Float64Array;
  unit: Float64Array;
  /** The step most figures are a multiple of (10 for figures like 150, 300, 2 450). */
  grain: number;
}

export function at(m: ScaledAxis, position: number, series: number): number {
  return m.value[position * m.series + series];
}

export function unitAt(m: ScaledAxis, position: number, series: number): number {
  return m.unit[position * m.series + series];
}

function figureAt(table: FigureTable, axis: Axis, position: number, series: number): Figure | undefined {
  return axis === "rows" ? table.lines[position].figures[series] : table.lines[series].figures[position];
}

/**
 * For a coarse table: the power of ten that 95 % of its non-zero whole figures are multiples of
 * (100 for 9 100, 12 400, 3 600), which is the digit they were rounded to; 1 otherwise.
 */
export function roundedTo(table: FigureTable): number {
  if (!table.coarse || table.exact) return 1;
  const counts = [0, 0, 0, 0, 0, 0, 0];
  let whole = 0;
  for (const line of table.lines) {
    for (const f of line.figures) {
      if (!f || f.decimals > 0 || f.value.isZero()) continue;
      whole++;
      for (let k = 1; k < counts.length; k++) if (f.value.mod(10 ** k).isZero()) counts[k]++;
    }
  }
  let step = 1;
  for (let k = 1; k < counts.length; k++) if (whole >= 5 && counts[k] >= whole * 0.95) step = 10 ** k;
  return step;
}

/** The table along an axis, or undefined when its figures are too large to search exactly. */
export function scaledAxis(table: FigureTable, axis: Axis): ScaledAxis | undefined {
  const positions = axis === "rows" ? table.lines.length : table.columns.length;
  const series = axis === "rows" ? table.columns.length : table.lines.length;
  let scale = 0;
  for (const line of table.lines) for (const f of line.figures) if (f && f.decimals > scale) scale = f.decimals;
  scale = Math.min(scale, MAX_SCALE);
  const factor = new Decimal(10).pow(scale);
  const coarse = roundedTo(table);
  const value = new Float64Array(positions * series).fill(NaN);
  const unit = new Float64Array(positions * series);
  let largest = 0;
  for (let p = 0; p < positions; p++) {
    for (let s = 0; s < series; s++) {
      const f = figureAt(table, axis, p, s);
      if (!f) continue;
      const scaled =
        scale === 0 && f.value.isInteger() ? f.value.toNumber() : f.value.times(factor).toDecimalPlaces(0).toNumber();
      value[p * series + s] = scaled;
      const digit = 10 ** (scale - Math.min(f.decimals, scale));
      unit[p * series + s] = table.exact ? 0 : f.decimals === 0 ? digit * coarse : digit;
      if (Math.abs(scaled) > largest) largest = Math.abs(scaled);
    }
  }
  if (largest * Math.max(positions, 1) * 2 >= SAFE) return undefined;
  return { axis, positions, series, value, unit, grain: grainOf(value) };
}

const GRAINS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 100000, 1000000];

/** The largest step that nine in ten of the non-zero figures are a multiple of. */
function grainOf(values: Float64Array): number {
  const counts = new Array<number>(GRAINS.length).fill(0);
  let nonZero = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v) || v === 0) continue;
    nonZero++;
    for (let g = 0; g < GRAINS.length; g++) if (v % GRAINS[g] === 0) counts[g]++;
  }
  let grain = 1;
  for (let g = 0; g < GRAINS.length; g++) if (nonZero > 0 && counts[g] >= nonZero * 0.9) grain = GRAINS[g];
  return grain;
}
