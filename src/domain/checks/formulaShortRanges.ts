// A SUM (or AVERAGE, MIN, MAX, COUNT) over one row or column range that stops short of the run
// it belongs to: the cells just beyond its end (or before its start) continue the run, as copies
// of the same formula or as typed figures, and no formula anywhere reads them. Outside the
// recognised tables only; inside them formulas.ts judges a sum against its parts.
import Decimal from "decimal.js";
import { isYear, toDecimal } from "../amount";
import { cellAt, type Cell } from "../grid";
import type { ShapedCell, SheetFormulas } from "./formulaLines";
import { placeEnd, type FormulaToken } from "./formulaShape";

const AGGREGATES = new Set(["SUM", "AVERAGE", "MEDIAN", "MIN", "MAX", "COUNT", "COUNTA", "PRODUCT"]);
/** Ranges longer than this are not walked. */
const MAX_RANGE = 5000;

export interface ShortRange {
  cell: ShapedCell;
  /** The range as it should read: [first, last] cell, 1-based. */
  range: { top: number; left: number; bottom: number; right: number };
  /** The cells it leaves out. */
  omitted: { row: number; column: number }[];
}

/** Whether some formula (of any sheet) reads a cell of this sheet. */
export type ReadCheck = (row: number, column: number) => boolean;

/** The aggregate formulas of a sheet whose single range stops short of its run. */
export function shortRanges(sheet: SheetFormulas, isRead: ReadCheck): ShortRange[] {
  const out: ShortRange[] = [];
  for (const cell of sheet.cells) {
    const range = singleRange(cell);
    if (!range) continue;
    const found = omittedAround(sheet, cell, range, isRead);
    if (found) out.push(found);
  }
  return out;
}

export type Box = ShortRange["range"];

/** The range of a formula that is one aggregate over one range of its own sheet: "=SUM(B5:B9)". */
export function singleRange(cell: ShapedCell): Box | undefined {
  const t: FormulaToken[] = cell.shape.tokens;
  if (t.length !== 4 || t[0].kind !== "function" || !AGGREGATES.has(t[0].text)) return undefined;
  const ref = t[2];
  if (ref.kind !== "ref" || ref.sheet || !ref.to) return undefined;
  const a = placeEnd(ref.from, cell.row, cell.column);
  const b = placeEnd(ref.to, cell.row, cell.column);
  if (!a?.row || !b?.row || !a.column || !b.column) return undefined;
  const box = {
    top: Math.min(a.row, b.row),
    bottom: Math.max(a.row, b.row),
    left: Math.min(a.column, b.column),
    right: Math.max(a.column, b.column),
  };
  const single = box.top === box.bottom || box.left === box.right;
  return single && box.bottom - box.top + box.right - box.left < MAX_RANGE ? box : undefined;
}

/** Kind of a run member: a copy of the same formula (by shape key) or a typed figure. */
function memberKind(sheet: SheetFormulas, row: number, column: number): string | undefined {
  const cell: Cell | undefined = cellAt(sheet.grid, row, column);
  if (!cell) return undefined;
  if (cell.formula) {
    const shaped = sheet.byRow.get(row)?.find((c) => c.column === column);
    return shaped ? `=${shaped.shape.key}` : undefined;
  }
  // A year typed as a number heads a column; it is not one of its figures.
  if (cell.value.type !== "number" || isYear(cell.value.value) !== undefined) return undefined;
  return "figure";
}

function omittedAround(sheet: SheetFormulas, cell: ShapedCell, box: Box, isRead: ReadCheck): ShortRange | undefined {
  const vertical = box.left === box.right;
  const at = (i: number) => (vertical ? { row: i, column: box.left } : { row: box.top, column: i });
  const [first, last] = vertical ? [box.top, box.bottom] : [box.left, box.right];
  const kinds = new Set<string | undefined>();
  for (let i = first; i <= last; i++) kinds.add(memberKind(sheet, at(i).row, at(i).column));
  kinds.delete(undefined);
  // One kind of member throughout, at least two of them: a run, not a mixed area.
  if (kinds.size !== 1 || last - first < 1) return undefined;
  const kind = [...kinds][0];
  // Typed figures continue a column of line items only where each row has its label.
  if (kind === "figure" && !vertical) return undefined;
  const beyond = (start: number, step: number): number[] => {
    const cells: number[] = [];
    for (let i = start; i >= 1 && cells.length <= last - first; i += step) {
      const p = at(i);
      if (p.row === cell.row && p.column === cell.column) break;
      if (memberKind(sheet, p.row, p.column) !== kind) break;
      if (isRead(p.row, p.column) || (kind === "figure" && !labelled(sheet, p.row, p.column))) return [];
      cells.push(i);
    }
    return cells;
  };
  let after = beyond(last + 1, 1);
  let before = beyond(first - 1, -1);
  if (kind === "figure") {
    // Typed figures: only the rows between the range and its total below, all the way down to it.
    const reachesTotal = cell.column === box.left && after.length > 0 && after[after.length - 1] === cell.row - 1;
    after = reachesTotal ? after : [];
    before = [];
  }
  if (after.length + before.length === 0 || after.length + before.length > last - first + 1) return undefined;
  if (kind === "figure" && omitsItsTotal(sheet, [...before, ...after].map(at), first, last, at)) return undefined;
  const from = before.length ? before[before.length - 1] : first;
  const to = after.length ? after[after.length - 1] : last;
  const range = vertical
    ? { top: from, bottom: to, left: box.left, right: box.left }
    : { top: box.top, bottom: box.top, left: from, right: to };
  return { cell, range, omitted: [...before.reverse(), ...after].map(at) };
}

/** Whether a row has a text label to the left of a column: a line item, not a row of codes. */
function labelled(sheet: SheetFormulas, row: number, column: number): boolean {
  for (let c = 1; c < column; c++) {
    const v = cellAt(sheet.grid, row, c)?.value;
    if (v?.type === "string" && /\p{L}/u.test(v.value)) return true;
  }
  return false;
}

/** Whether the left-out figures add up to the range's own figures: they are its total, typed. */
function omitsItsTotal(
  sheet: SheetFormulas,
  omitted: { row: number; column: number }[],
  first: number,
  last: number,
  at: (i: number) => { row: number; column: number }
): boolean {
  const value = (p: { row: number; column: number }) => {
    const v = cellAt(sheet.grid, p.row, p.column)?.value;
    return v?.type === "number" ? toDecimal(v.value) : new Decimal(0);
  };
  let inside = new Decimal(0);
  for (let i = first; i <= last; i++) inside = inside.plus(value(at(i)));
  const left = omitted.reduce((sum, p) => sum.plus(value(p)), new Decimal(0));
  return !left.isZero() && left.eq(inside);
}

/** A read area wider than this many columns is kept whole rather than split per column. */
const WIDE = 256;

/**
 * Every cell some formula reads, per sheet (lower-cased name): per column the merged row
 * intervals read there, found by binary search; built once per workbook.
 */
export function readIndex(sheets: readonly SheetFormulas[]): (sheet: string) => ReadCheck {
  const columns = new Map<string, Map<number, [number, number][]>>();
  const wide = new Map<string, Box[]>();
  for (const sheet of sheets) {
    for (const cell of sheet.cells) {
      for (const t of cell.shape.tokens) {
        if (t.kind !== "ref") continue;
        const a = placeEnd(t.from, cell.row, cell.column);
        const b = t.to ? placeEnd(t.to, cell.row, cell.column) : a;
        if (!a || !b) continue;
        const name = (t.sheet ?? sheet.grid.name).toLowerCase();
        const box = {
          top: Math.min(a.row ?? 1, b.row ?? 1),
          bottom: Math.max(a.row ?? Infinity, b.row ?? Infinity),
          left: Math.min(a.column ?? 1, b.column ?? 1),
          right: Math.max(a.column ?? Infinity, b.column ?? Infinity),
        };
        if (box.right - box.left > WIDE) {
          (wide.get(name) ?? wide.set(name, []).get(name))?.push(box);
          continue;
        }
        const byColumn = columns.get(name) ?? columns.set(name, new Map()).get(name);
        for (let c = box.left; c <= box.right; c++)
          (byColumn?.get(c) ?? byColumn?.set(c, []).get(c))?.push([box.top, box.bottom]);
      }
    }
  }
  for (const byColumn of columns.values()) for (const [c, list] of byColumn) byColumn.set(c, merged(list));
  return (sheet) => {
    const name = sheet.toLowerCase();
    const byColumn = columns.get(name);
    const boxes = wide.get(name) ?? [];
    return (row, column) =>
      covers(byColumn?.get(column) ?? [], row) ||
      boxes.some((b) => row >= b.top && row <= b.bottom && column >= b.left && column <= b.right);
  };
}

/** Sorted, disjoint intervals covering the same rows. */
function merged(list: [number, number][]): [number, number][] {
  list.sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [top, bottom] of list) {
    const last = out[out.length - 1];
    if (last && top <= last[1] + 1) last[1] = Math.max(last[1], bottom);
    else out.push([top, bottom]);
  }
  return out;
}

function covers(intervals: [number, number][], row: number): boolean {
  let lo = 0;
  let hi = intervals.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (intervals[mid][1] < row) lo = mid + 1;
    else if (intervals[mid][0] > row) hi = mid - 1;
    else return true;
  }
  return false;
}
