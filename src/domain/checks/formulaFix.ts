// Judging a proposed fix: what the odd formula would read if it were a copy of its neighbours,
// and whether that makes sense for the cells it would read. A fix that trades a figure for a
// label, reads its own cell or drops a figure the formula reads today is not proposed: the
// "odd" formula is then more likely an intended exception (a first-year formula) than a slip.
import type Decimal from "decimal.js";
import { cellAt, type Cell, type Grid } from "../grid";
import { formulaShape, placeEnd, type FormulaToken, type RefEnd } from "./formulaShape";
import { formulaAt } from "./formulaText";
import { callsSum } from "./formulaRefs";
import { linearValue } from "./formulaValue";
import type { ExtraTerm } from "./formulaNear";

/** What a cell a formula reads holds, as far as a fix is concerned. */
type Content = "figure" | "subtotal" | "zero" | "text" | "empty" | "other";

export interface FixVerdict {
  /** The formula the odd cell should hold (A1, as Excel stores it). */
  formula: string;
  /** Whether the fix reads exactly the cells the formula reads today (only its "$" differ). */
  sameCells: boolean;
  /** Whether the fix reads a figure (not zero) the formula does not read today. */
  addsFigures: boolean;
  /** Whether the fix stops reading a figure (not zero, not a SUM subtotal) the formula reads today. */
  dropsFigures: boolean;
  /** Whether the fix reads or stops reading anything that is not zero or empty. */
  changesFigure: boolean;
  /** Whether every difference is a range that grows: the fix reads all the formula reads, and more. */
  extension: boolean;
  /** For a formula that only adds and subtracts: the figure the fix gives (cached values, exact). */
  value?: Decimal;
}

/** Ranges larger than this are not expanded to judge a fix. */
const MAX_RANGE_CELLS = 20000;

type RefToken = Extract<FormulaToken, { kind: "ref" }>;

interface Area {
  grid: Grid;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** What a cell holds; a SUM whose ranges all lie inside `within` is a subtotal of cells beside it. */
function contentOf(grid: Grid, row: number, column: number, within?: Area): Content {
  const cell = cellAt(grid, row, column);
  if (!cell) return "empty";
  const v = cell.value;
  if (v.type === "number")
    return v.value === 0 ? "zero" : within && sumsWithin(grid, row, column, within) ? "subtotal" : "figure";
  if (v.type === "string") return v.value.trim() === "" ? (cell.formula ? "zero" : "empty") : "text";
  if (v.type === "empty") return cell.formula ? "zero" : "empty";
  return "other";
}

function areaOf(
  ref: RefToken,
  row: number,
  column: number,
  grids: (name?: string) => Grid | undefined
): Area | undefined {
  const grid = grids(ref.sheet);
  if (!grid) return undefined;
  const from = placeEnd(ref.from, row, column);
  const to = ref.to ? placeEnd(ref.to, row, column) : from;
  if (!from || !to) return undefined;
  const rows = grid.rows.length;
  const top = Math.min(from.row ?? 1, to.row ?? 1);
  const bottom = Math.min(Math.max(from.row ?? rows, to.row ?? rows), Math.max(rows, 1));
  const left = Math.min(from.column ?? 1, to.column ?? 1);
  const right = Math.max(from.column ?? 256, to.column ?? 256);
  if ((bottom - top + 1) * (right - left + 1) > MAX_RANGE_CELLS) return undefined;
  return { grid, top, left, bottom, right };
}

function inside(a: Area, row: number, column: number): boolean {
  return row >= a.top && row <= a.bottom && column >= a.left && column <= a.right;
}

/** Whether the cell is a SUM whose every range lies inside an area (and not on the cell itself). */
function sumsWithin(grid: Grid, row: number, column: number, area: Area): boolean {
  const formula = cellAt(grid, row, column)?.formula;
  if (!formula || !callsSum(formula)) return false;
  const refs = formulaShape(formula, row, column, grid.name)?.tokens.filter((t): t is RefToken => t.kind === "ref");
  if (!refs || refs.length === 0) return false;
  return refs.every((ref) => {
    const box = ref.sheet ? undefined : areaOf(ref, row, column, () => grid);
    return (
      !!box &&
      box.top >= area.top &&
      box.bottom <= area.bottom &&
      box.left >= area.left &&
      box.right <= area.right &&
      !inside(box, row, column)
    );
  });
}

/** The contents of the cells in `a` that are not in `b`; subtotals are SUMs of cells inside `a`. */
function difference(a: Area, b: Area): Content[] {
  const out: Content[] = [];
  for (let r = a.top; r <= a.bottom; r++)
    for (let c = a.left; c <= a.right; c++) {
      if (a.grid === b.grid && inside(b, r, c)) continue;
      out.push(contentOf(a.grid, r, c, a));
    }
  return out;
}

function sameEnd(a: RefEnd | undefined, b: RefEnd | undefined): boolean {
  if (!a || !b) return a === b;
  return (
    a.row === b.row && a.column === b.column && a.rowAbsolute === b.rowAbsolute && a.columnAbsolute === b.columnAbsolute
  );
}

/**
 * The fix that makes `current` (the odd formula's tokens at row, column) a copy of `model`, or
 * undefined when it would not make sense there: it reads its own cell, trades a figure for a
 * label, or takes a SUM subtotal into a range (counting it twice).
 */
export function judgeFix(
  current: readonly FormulaToken[],
  model: readonly FormulaToken[],
  row: number,
  column: number,
  grids: (name?: string) => Grid | undefined,
  term?: ExtraTerm
): FixVerdict | undefined {
  const formula = formulaAt(model, row, column);
  if (!formula) return undefined;
  const verdict: FixVerdict = {
    formula,
    sameCells: true,
    addsFigures: false,
    dropsFigures: false,
    changesFigure: false,
    extension: term === undefined,
  };
  const [now, fix] = [withoutTerm(current, term, "odd"), withoutTerm(model, term, "model")];
  for (let i = 0; i < fix.length; i++) {
    const a = now[i];
    const b = fix[i];
    if (a?.kind !== "ref" || b.kind !== "ref") continue;
    if (sameEnd(a.from, b.from) && sameEnd(a.to, b.to)) continue;
    const was = areaOf(a, row, column, grids);
    const will = areaOf(b, row, column, grids);
    if (!was || !will || (will.grid === grids() && inside(will, row, column))) return undefined;
    const dropped = difference(was, will);
    const added = difference(will, was);
    if (dropped.length + added.length === 0) continue;
    verdict.sameCells = false;
    if (dropped.length > 0) verdict.extension = false;
    if (b.to === undefined && !singleSwapMakesSense(dropped[0], added[0])) return undefined;
    if (addsSubtotal(b, will, was)) return undefined;
    note(verdict, added, dropped);
    if (b.to && dropped.includes("figure")) verdict.dropsFigures = true;
  }
  if (term && !judgeTerm(verdict, term, term.side === "model" ? model : current, row, column, grids)) return undefined;
  const value = linearValue(model, row, column, grids);
  if (value) verdict.value = value;
  return verdict;
}

function withoutTerm(
  tokens: readonly FormulaToken[],
  term: ExtraTerm | undefined,
  side: ExtraTerm["side"]
): readonly FormulaToken[] {
  if (!term || term.side !== side) return tokens;
  return [...tokens.slice(0, term.start), ...tokens.slice(term.start + 2)];
}

function note(verdict: FixVerdict, added: Content[], dropped: Content[]): void {
  if (added.includes("figure") || added.includes("subtotal")) verdict.addsFigures = true;
  if ([...dropped, ...added].some((c) => c === "figure" || c === "subtotal")) verdict.changesFigure = true;
}

/** The term one shape has and the other lacks: what adding or removing it reads; false when it makes no sense. */
function judgeTerm(
  verdict: FixVerdict,
  term: ExtraTerm,
  tokens: readonly FormulaToken[],
  row: number,
  column: number,
  grids: (name?: string) => Grid | undefined
): boolean {
  verdict.sameCells = false;
  const pair = tokens.slice(term.start, term.start + 2);
  const operand = pair.find((t) => t.kind === "ref");
  if (!operand || operand.kind !== "ref") {
    // A constant term: it changes the figure unless it is zero.
    verdict.changesFigure = !pair.some((t) => t.kind === "other" && /^\d/.test(t.text) && Number(t.text) === 0);
    return true;
  }
  const area = areaOf(operand, row, column, grids);
  if (!area || (area.grid === grids() && inside(area, row, column))) return false;
  const content = contentOf(area.grid, area.top, area.left);
  if (content === "text" || content === "other") return false;
  if (term.side === "model") note(verdict, [content], []);
  else note(verdict, [], [content]);
  return true;
}

/**
 * Whether the cells a grown range takes in hold typed figures (not zero, not formulas) at one of
 * the cells that already have the grown shape: the rows it adds are data, not padding.
 */
export function extensionHoldsData(
  current: readonly FormulaToken[],
  model: readonly FormulaToken[],
  at: readonly { row: number; column: number }[],
  grids: (name?: string) => Grid | undefined
): boolean {
  return at.some(({ row, column }) => extensionCells(current, model, row, column, grids).some(isTypedFigure));
}

/** Whether a cell holds a typed number other than zero (not a formula). */
function isTypedFigure(cell: Cell | undefined): boolean {
  return !!cell && !cell.formula && cell.value.type === "number" && cell.value.value !== 0;
}

/** The cells the model's ranges read at (row, column) beyond what the current shape's ranges read there. */
export function extensionCells(
  current: readonly FormulaToken[],
  model: readonly FormulaToken[],
  row: number,
  column: number,
  grids: (name?: string) => Grid | undefined
): (Cell | undefined)[] {
  return extensionPlaces(current, model, row, column, grids).map((p) => cellAt(p.grid, p.row, p.column));
}

/** Where the model's ranges read at (row, column) beyond what the current shape's ranges read there. */
export function extensionPlaces(
  current: readonly FormulaToken[],
  model: readonly FormulaToken[],
  row: number,
  column: number,
  grids: (name?: string) => Grid | undefined
): { grid: Grid; row: number; column: number }[] {
  const out: { grid: Grid; row: number; column: number }[] = [];
  for (let i = 0; i < model.length; i++) {
    const now = current[i];
    const fix = model[i];
    if (now?.kind !== "ref" || fix.kind !== "ref" || !fix.to) continue;
    const was = areaOf(now, row, column, grids);
    const will = areaOf(fix, row, column, grids);
    if (!was || !will) continue;
    for (let r = will.top; r <= will.bottom; r++)
      for (let c = will.left; c <= will.right; c++)
        if (!inside(was, r, c)) out.push({ grid: will.grid, row: r, column: c });
  }
  return out;
}

/** Whether the cells a formula reads at its own place hold numbers (zeros count): it sums data, not blanks. */
export function readsNumbers(
  tokens: readonly FormulaToken[],
  row: number,
  column: number,
  grids: (name?: string) => Grid | undefined
): boolean {
  for (const token of tokens) {
    if (token.kind !== "ref") continue;
    const area = areaOf(token, row, column, grids);
    if (!area) continue;
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++) if (cellAt(area.grid, r, c)?.value.type === "number") return true;
  }
  return false;
}

/** One cell read instead of another: sensible when the new cell holds what the old one was meant to. */
function singleSwapMakesSense(was: Content | undefined, will: Content | undefined): boolean {
  if (will === "text" || will === "other") return false;
  if (will === "empty") return was === "empty" || was === "zero";
  return true;
}

/** Whether the fix's range takes in a SUM of cells inside it that it did not read before (counting them twice). */
function addsSubtotal(fix: RefToken, will: Area, was: Area): boolean {
  if (!fix.to) return false;
  for (let r = will.top; r <= will.bottom; r++)
    for (let c = will.left; c <= will.right; c++) {
      if (will.grid === was.grid && inside(was, r, c)) continue;
      if (sumsWithin(will.grid, r, c, will)) return true;
    }
  return false;
}
