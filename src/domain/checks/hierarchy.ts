// A table's sums as a tree: which row sums which, and a row's figure as stated versus as its leaves
// add up (signed: a part subtracted from a result counts negative). Built once per table and shared.
import Decimal from "decimal.js";
import type { BudgetRow, BudgetTable } from "../table";
import { ZERO } from "./common";

export interface Hierarchy {
  table: BudgetTable;
  byRow: Map<number, BudgetRow>;
  /** Sheet row → the sheet row of the sum that lists it as a part (a result's terms keep no parent: they stay totals). */
  parentOf: Map<number, number>;
  /** Sheet row and period → the row's true value (memo). */
  memo: Map<string, Decimal | undefined>;
  /** Leaf counts (memo). */
  counts: Map<string, number>;
}

const built = new WeakMap<BudgetTable, { rows: BudgetRow[]; h: Hierarchy }>();

export function hierarchy(table: BudgetTable): Hierarchy {
  const hit = built.get(table);
  if (hit && hit.rows === table.rows) return hit.h;
  const byRow = new Map<number, BudgetRow>();
  for (const row of table.rows) byRow.set(row.row, row);
  const parentOf = new Map<number, number>();
  for (const row of table.rows) {
    if (row.role === "result") continue;
    for (const part of row.parts ?? []) if (part !== row.row && !parentOf.has(part)) parentOf.set(part, row.row);
  }
  const h = { table, byRow, parentOf, memo: new Map(), counts: new Map() };
  built.set(table, { rows: table.rows, h });
  return h;
}

/** The rows a sum lists, as far as the table has them (never the row itself). */
export function partRows(h: Hierarchy, row: BudgetRow): BudgetRow[] {
  const parts: BudgetRow[] = [];
  for (const n of row.parts ?? []) {
    const part = h.byRow.get(n);
    if (part && n !== row.row) parts.push(part);
  }
  return parts;
}

/** +1, or -1 where the row's sum subtracts that part. */
export function partSign(row: BudgetRow, part: BudgetRow): 1 | -1 {
  const k = row.parts?.indexOf(part.row) ?? -1;
  return k >= 0 && row.signs?.[k] === -1 ? -1 : 1;
}

export function isSum(h: Hierarchy, row: BudgetRow): boolean {
  return partRows(h, row).length > 0;
}

/**
 * A row's figure as its leaves add up: a leaf's stated figure; for a sum, the signed sum of its
 * parts' true figures (undefined when none of them has one). Loops in the parts are cut.
 */
export function trueValue(h: Hierarchy, row: BudgetRow, p: number, seen: Set<number> = new Set()): Decimal | undefined {
  const stated = row.values[p]?.value;
  if (seen.has(row.row)) return stated;
  const parts = partRows(h, row);
  if (parts.length === 0) return stated;
  const key = `${row.row}:${p}`;
  if (seen.size === 0 && h.memo.has(key)) return h.memo.get(key);
  const inner = new Set(seen).add(row.row);
  let total: Decimal | undefined;
  for (const part of parts) {
    const v = trueValue(h, part, p, inner);
    if (v) total = (total ?? ZERO).plus(v.times(partSign(row, part)));
  }
  const out = total ?? stated;
  if (seen.size === 0) h.memo.set(key, out);
  return out;
}

/** The figure a part shows: as stated, or (an empty subtotal) as its leaves add up. */
export function shownValue(h: Hierarchy, row: BudgetRow, p: number): Decimal | undefined {
  return row.values[p]?.value ?? trueValue(h, row, p);
}

/** How many stated leaf figures a sum rests on, for the rounding tolerance (memoised per table). */
export function leafCount(h: Hierarchy, row: BudgetRow, seen: Set<number> = new Set()): number {
  const parts = partRows(h, row);
  if (parts.length === 0 || seen.has(row.row)) return 1;
  const key = `leaves:${row.row}`;
  const known = seen.size === 0 ? h.counts.get(key) : undefined;
  if (known !== undefined) return known;
  const inner = new Set(seen).add(row.row);
  const n = parts.reduce((k, part) => k + leafCount(h, part, inner), 0);
  if (seen.size === 0) h.counts.set(key, n);
  return n;
}

/** Every sheet row below a sum, at any depth. */
export function descendants(h: Hierarchy, row: BudgetRow, seen: Set<number> = new Set()): number[] {
  if (seen.has(row.row)) return [];
  seen.add(row.row);
  const out: number[] = [];
  for (const part of partRows(h, row)) out.push(part.row, ...descendants(h, part, seen));
  return out;
}
