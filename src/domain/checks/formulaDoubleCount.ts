// A SUM over a range that holds both line items and a SUM subtotal of some of them: the items
// are counted twice. Outside the recognised tables only; inside them formulas.ts judges a sum
// against the table's own structure.
import { cellAt } from "../grid";
import type { ShapedCell, SheetFormulas } from "./formulaLines";
import { singleRange, type Box } from "./formulaShortRanges";

export interface DoubleCount {
  cell: ShapedCell;
  /** The subtotals inside the range whose items the range reads as well. */
  subtotals: ShapedCell[];
  /** What the sum should read instead: the subtotals and the items no subtotal covers. */
  parts: { row: number; column: number }[];
  /** Whether the subtotals' items hold figures today (otherwise the double count is a trap, not yet a wrong figure). */
  changesFigure: boolean;
}

const inside = (outer: Box, inner: Box) =>
  inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;

function isSum(cell: ShapedCell): boolean {
  return cell.shape.tokens[0]?.kind === "function" && cell.shape.tokens[0].text === "SUM";
}

/** The SUMs of a sheet that count a subtotal together with its own items. */
export function doubleCounts(sheet: SheetFormulas): DoubleCount[] {
  const out: DoubleCount[] = [];
  for (const cell of sheet.cells) {
    const box = isSum(cell) ? singleRange(cell) : undefined;
    if (!box) continue;
    const inner = subtotalsWithin(sheet, box).filter((s) => s.cell !== cell);
    const outermost = inner.filter((s) => !inner.some((o) => o !== s && inside(o.box, s.box)));
    if (outermost.length === 0) continue;
    out.push({
      cell,
      subtotals: outermost.map((s) => s.cell),
      parts: partsOf(sheet, box, outermost),
      changesFigure: outermost.some((s) => holdsFigures(sheet, s.box)),
    });
  }
  return out;
}

/** The SUM cells inside a range whose own single range lies inside it too. */
function subtotalsWithin(sheet: SheetFormulas, box: Box): { cell: ShapedCell; box: Box }[] {
  const out: { cell: ShapedCell; box: Box }[] = [];
  for (let r = box.top; r <= box.bottom; r++) {
    for (const cell of sheet.byRow.get(r) ?? []) {
      if (cell.column < box.left || cell.column > box.right || !isSum(cell)) continue;
      const own = singleRange(cell);
      if (
        own &&
        inside(box, own) &&
        !(own.top <= cell.row && cell.row <= own.bottom && own.left <= cell.column && cell.column <= own.right)
      )
        out.push({ cell, box: own });
    }
  }
  return out;
}

function holdsFigures(sheet: SheetFormulas, box: Box): boolean {
  for (let r = box.top; r <= box.bottom; r++)
    for (let c = box.left; c <= box.right; c++) {
      const v = cellAt(sheet.grid, r, c)?.value;
      if (v?.type === "number" && v.value !== 0) return true;
    }
  return false;
}

/** The subtotals, and every non-empty cell of the range that no subtotal covers. */
function partsOf(
  sheet: SheetFormulas,
  box: Box,
  subtotals: { cell: ShapedCell; box: Box }[]
): { row: number; column: number }[] {
  const parts: { row: number; column: number }[] = [];
  for (let r = box.top; r <= box.bottom; r++)
    for (let c = box.left; c <= box.right; c++) {
      const isSubtotal = subtotals.some((s) => s.cell.row === r && s.cell.column === c);
      const covered = subtotals.some((s) => r >= s.box.top && r <= s.box.bottom && c >= s.box.left && c <= s.box.right);
      const v = cellAt(sheet.grid, r, c)?.value;
      if (isSubtotal || (!covered && v?.type === "number")) parts.push({ row: r, column: c });
    }
  return parts;
}
