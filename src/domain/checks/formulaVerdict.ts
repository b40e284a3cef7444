// Whether a candidate odd formula is a slip worth a finding, and the fix: the evidence rules of
// formula.inconsistent (formulaSheets.ts), apart from how candidates are found (formulaLines.ts)
// and what a fix would read (formulaFix.ts).
import { shownDecimal } from "./formulaValue";
import { cellAt, isEmptyCell, type Grid } from "../grid";
import {
  extensionCells,
  extensionHoldsData,
  extensionPlaces,
  judgeFix,
  readsNumbers,
  type FixVerdict,
} from "./formulaFix";
import type { Candidate, ShapedCell, SheetFormulas } from "./formulaLines";
import type { ExtraTerm } from "./formulaNear";
import { isLink, type FormulaToken, type RefEnd } from "./formulaShape";

/**
 * The fix for a candidate, when the evidence holds: the model's shape is the line's clear
 * majority (or a majority and the odd formula leaves out figures) and the odd one is not a block
 * of its own beside the model's cells, or the model's range reads
 * rows of typed figures that the odd formula's range stops short of. Never a fix that stops
 * reading a figure, and never for a link (=B5) unless it sits alone inside a block of links.
 */
/** A fix, and where it only drops padding: the empty rows or columns it leaves out. */
export type Verdict = FixVerdict & { padding?: { rows: number[]; columns: number[] } };

export function verdictFor(
  sheet: SheetFormulas,
  odd: Candidate,
  grids: (name?: string) => Grid | undefined
): Verdict | undefined {
  if (odd.near.kind === "refs" && isLink(odd.cell.shape) && !(odd.sandwiched && odd.ownCount === 1)) return undefined;
  const { row, column } = odd.cell;
  const term = odd.near.kind === "term" ? odd.near.term : undefined;
  const fix = judgeFix(odd.cell.shape.tokens, odd.model.shape.tokens, row, column, grids, term);
  // The same cells with other "$" anchors: harmless today, but a copy of the formula reads wrong.
  // A lone odd cell in a long run reads elsewhere by definition: there the figure decides, not what it drops.
  if (!fix || (fix.sameCells && odd.near.kind !== "refs") || (fix.dropsFigures && odd.near.kind !== "sandwich"))
    return undefined;
  if (odd.near.kind === "sandwich" && !changesValue(sheet.grid, odd.cell, fix)) return undefined;
  // A term the odd formula has and its neighbours lack matters where it reads a figure today, or
  // where it strays from the column (or row) every other cell of the formula reads.
  if (
    odd.near.kind === "term" &&
    odd.near.term.side === "odd" &&
    !fix.changesFigure &&
    !strays(odd.cell, odd.near.term)
  )
    return undefined;
  const models = odd.agreeing.length;
  const byMajority =
    odd.dominant && !odd.ownBlock && (odd.ownCount * 2 <= models || (fix.addsFigures && odd.ownCount < models));
  const byData = fix.extension && grownRangeHoldsData(odd, grids);
  // An empty row (or column) between a range's items and its total is padding: never advise taking
  // it in; where a neighbour stops at the last item, advise leaving it out (it changes nothing today).
  const [grown, shrunk] = [
    extensionPlaces(odd.cell.shape.tokens, odd.model.shape.tokens, row, column, grids),
    extensionPlaces(odd.model.shape.tokens, odd.cell.shape.tokens, row, column, grids),
  ];
  if (shrunk.length === 0 && isPadding(grown)) return undefined;
  const byTidy = odd.near.kind === "refs" && !fix.changesFigure && grown.length === 0 && isPadding(shrunk);
  if (!byMajority && !byData && !byTidy) return undefined;
  if (agreesAcross(sheet, odd)) return undefined;
  if (!byTidy) return fix;
  const byColumn = shrunk.every((p) => blankColumn(p.grid, p.column));
  const lines = [...new Set(shrunk.map((p) => (byColumn ? p.column : p.row)))].sort((a, b) => a - b);
  return { ...fix, padding: byColumn ? { rows: [], columns: lines } : { rows: lines, columns: [] } };
}

/** Whether a formula's extra term reads off the one column (or row) all its other references share. */
function strays(cell: ShapedCell, term: ExtraTerm): boolean {
  const refs = cell.shape.tokens
    .map((t, i) => ({ t, i }))
    .filter((x): x is { t: Extract<FormulaToken, { kind: "ref" }>; i: number } => x.t.kind === "ref");
  const extra = refs.find((x) => x.i >= term.start && x.i < term.start + 2);
  const others = refs.filter((x) => x !== extra);
  if (!extra || others.length < 2) return false;
  const shared = (pick: (e: RefEnd) => number | undefined) =>
    others.every(
      (x) => pick(x.t.from) === pick(others[0].t.from) && (!x.t.to || pick(x.t.to) === pick(others[0].t.from))
    );
  const column = (e: RefEnd) => (e.columnAbsolute ? undefined : e.column);
  const row = (e: RefEnd) => (e.rowAbsolute ? undefined : e.row);
  return (
    (shared(column) && column(extra.t.from) !== column(others[0].t.from)) ||
    (shared(row) && row(extra.t.from) !== row(others[0].t.from))
  );
}

/** Whether a fix gives a different figure than the cell shows (known only for plain sums). */
function changesValue(grid: Grid, cell: ShapedCell, fix: FixVerdict): boolean {
  const shown = cellAt(grid, cell.row, cell.column)?.value;
  return fix.value !== undefined && shown?.type === "number" && !fix.value.eq(shownDecimal(shown.value));
}

/**
 * Whether the model's grown range takes in rows of typed figures at the model's cells, while the
 * odd formula already sums numbers and the rows it would take in hold no formulas where it stands.
 */
function grownRangeHoldsData(odd: Candidate, grids: (name?: string) => Grid | undefined): boolean {
  const { row, column } = odd.cell;
  const [now, model] = [odd.cell.shape.tokens, odd.model.shape.tokens];
  if (!readsNumbers(now, row, column, grids)) return false;
  if (extensionCells(now, model, row, column, grids).some((c) => c?.formula)) return false;
  return extensionHoldsData(now, model, odd.agreeing, grids);
}

/** Whether some cells all lie in rows or columns of their sheet that hold nothing at all. */
const blankRow = (grid: Grid, row: number) => (grid.rows[row - 1] ?? []).every((c) => isEmptyCell(c));
const blankColumn = (grid: Grid, column: number) => grid.rows.every((line) => isEmptyCell(line?.[column - 1]));

function isPadding(places: { grid: Grid; row: number; column: number }[]): boolean {
  return places.length > 0 && places.every((p) => blankRow(p.grid, p.row) || blankColumn(p.grid, p.column));
}

/** Whether the odd cell's own shape is shared by its neighbours in the perpendicular line. */
function agreesAcross(sheet: SheetFormulas, odd: Candidate): boolean {
  const { row, column } = odd.cell;
  const across = (odd.direction === "row" ? sheet.byColumn.get(column) : sheet.byRow.get(row)) ?? [];
  const at = (c: ShapedCell) => (odd.direction === "row" ? c.row : c.column);
  const here = odd.direction === "row" ? row : column;
  let lo = 0;
  let hi = across.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at(across[mid]) < here - 3) lo = mid + 1;
    else hi = mid;
  }
  let same = 0;
  for (let i = lo; i < across.length && at(across[i]) <= here + 3; i++)
    if (across[i].shape.key === odd.cell.shape.key) same++;
  return same >= 3;
}
