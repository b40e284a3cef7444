// formula.range-includes-blank (info): a SUM whose range runs from its parts across an empty row
// into something else (a heading of another group, or a subtotal). Harmless today, since the empty
// row adds nothing, but whatever is typed there later is counted, and the other group with it.
// A blank line between items of one list, or padding rows below the items, are left alone.
import type { Finding } from "../finding";
import { address, cellAt, isEmptyCell, type Grid } from "../grid";
import { formulaStrings } from "../strings";
import { callsSum } from "./formulaRefs";
import { placeEnd } from "./formulaShape";
import type { ShapedCell, SheetFormulas } from "./formulaLines";
import { sheetFinding, type Placer } from "./formulaPlace";
import { swedishFormula } from "./formulaText";

type Line = "figure" | "sum" | "heading" | "blank" | "other";

/** What a row holds in the summed column: a figure, a SUM, a heading of another group, nothing. */
function lineAt(grid: Grid, row: number, column: number): Line {
  const cell = cellAt(grid, row, column);
  if (cell?.formula) return callsSum(cell.formula) ? "sum" : "figure";
  if (cell?.value.type === "number") return "figure";
  if (!isEmptyCell(cell)) return "other";
  const line = grid.rows[row - 1] ?? [];
  return line.some((c) => !isEmptyCell(c)) ? "heading" : "blank";
}

/** The first empty row of a vertical range that parts its figures from a heading or a subtotal. */
function blankBetween(grid: Grid, top: number, bottom: number, column: number): number | undefined {
  const lines: Line[] = [];
  for (let r = top; r <= bottom; r++) lines.push(lineAt(grid, r, column));
  for (let i = 1; i < lines.length - 1; i++) {
    if (lines[i] !== "blank") continue;
    const before = lines.slice(0, i);
    const after = lines.slice(i + 1);
    const parts = (side: Line[]) => side.includes("figure");
    const other = (side: Line[]) => side.includes("heading") || side.includes("sum");
    if ((parts(before) && other(after)) || (parts(after) && other(before))) return top + i;
  }
  return undefined;
}

export function blankFindings(sheet: SheetFormulas, place: Placer): Finding[] {
  const findings: Finding[] = [];
  for (const cell of sheet.cells) {
    if (!callsSum(cell.formula)) continue;
    const blank = firstBlank(sheet.grid, cell);
    if (blank === undefined) continue;
    const shown = swedishFormula(cell.shape.tokens, cell.row, cell.column) ?? cell.formula;
    const message = formulaStrings.rangeIncludesBlank(shown, address(cell.row, cell.column), String(blank.row));
    const where = place(cell.row, cell.column);
    const related = [address(blank.row, blank.column)];
    findings.push(sheetFinding("formula.range-includes-blank", "info", sheet.grid, cell, where, message, { related }));
  }
  return findings;
}

function firstBlank(grid: Grid, cell: ShapedCell): { row: number; column: number } | undefined {
  for (const token of cell.shape.tokens) {
    if (token.kind !== "ref" || token.sheet || !token.to) continue;
    const from = placeEnd(token.from, cell.row, cell.column);
    const to = placeEnd(token.to, cell.row, cell.column);
    if (!from?.row || !to?.row || from.column === undefined || from.column !== to.column) continue;
    if (to.row - from.row > 5000) continue;
    const row = blankBetween(grid, Math.min(from.row, to.row), Math.max(from.row, to.row), from.column);
    if (row !== undefined) return { row, column: from.column };
  }
  return undefined;
}
