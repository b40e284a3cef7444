// The exact figure of a formula that only adds and subtracts (cells, SUM of ranges, constants,
// parentheses), from the cells' cached values in decimal.js: what a proposed fix would show.
// Anything else (multiplication, other functions, text) has no figure here.
import Decimal from "decimal.js";
import { toDecimal } from "../amount";
import { cellAt, type Grid } from "../grid";
import { placeEnd, type FormulaToken } from "./formulaShape";

/** Ranges larger than this are not added up. */
const MAX_CELLS = 100000;

type Grids = (name?: string) => Grid | undefined;

/** A cached number as Excel shows it: 15 significant digits, so binary noise (220.00000000000003) is gone. */
export function shownDecimal(n: number): Decimal {
  return toDecimal(Number(n.toPrecision(15)));
}

/** The figure the tokens give at (row, column), or undefined when they do more than add and subtract. */
export function linearValue(
  tokens: readonly FormulaToken[],
  row: number,
  column: number,
  grids: Grids
): Decimal | undefined {
  const state = { i: 0 };
  const value = expression(tokens, state, row, column, grids);
  return value !== undefined && state.i === tokens.length ? value : undefined;
}

function isText(t: FormulaToken | undefined, text: string): boolean {
  return t?.kind === "other" && t.text === text;
}

function expression(tokens: readonly FormulaToken[], s: { i: number }, row: number, column: number, grids: Grids) {
  let total = term(tokens, s, row, column, grids);
  while (total !== undefined && (isText(tokens[s.i], "+") || isText(tokens[s.i], "-"))) {
    const minus = isText(tokens[s.i], "-");
    s.i++;
    const next = term(tokens, s, row, column, grids);
    total = next === undefined ? undefined : minus ? total.minus(next) : total.plus(next);
  }
  return total;
}

function term(
  tokens: readonly FormulaToken[],
  s: { i: number },
  row: number,
  column: number,
  grids: Grids
): Decimal | undefined {
  const t = tokens[s.i];
  if (isText(t, "-")) {
    s.i++;
    return term(tokens, s, row, column, grids)?.negated();
  }
  if (isText(t, "(")) {
    s.i++;
    const inner = expression(tokens, s, row, column, grids);
    if (!isText(tokens[s.i], ")")) return undefined;
    s.i++;
    return inner;
  }
  if (t?.kind === "function" && t.text === "SUM" && isText(tokens[s.i + 1], "("))
    return sum(tokens, s, row, column, grids);
  if (t?.kind === "ref" && !t.to) {
    s.i++;
    return refValue(t, row, column, grids, false);
  }
  if (t?.kind === "other" && /^\d/.test(t.text) && !t.text.endsWith("%")) {
    s.i++;
    return new Decimal(t.text);
  }
  return undefined;
}

/** SUM(a, b:c, …): cells and ranges; text and empty cells count as nothing, as in Excel. */
function sum(tokens: readonly FormulaToken[], s: { i: number }, row: number, column: number, grids: Grids) {
  s.i += 2;
  let total = new Decimal(0);
  for (;;) {
    const t = tokens[s.i];
    let part: Decimal | undefined;
    if (t?.kind === "ref") {
      s.i++;
      part = refValue(t, row, column, grids, true);
    } else part = expression(tokens, s, row, column, grids);
    if (part === undefined) return undefined;
    total = total.plus(part);
    if (isText(tokens[s.i], ",")) s.i++;
    else if (isText(tokens[s.i], ")")) {
      s.i++;
      return total;
    } else return undefined;
  }
}

function refValue(
  ref: Extract<FormulaToken, { kind: "ref" }>,
  row: number,
  column: number,
  grids: Grids,
  skipText: boolean
): Decimal | undefined {
  const grid = grids(ref.sheet);
  const a = placeEnd(ref.from, row, column);
  const b = ref.to ? placeEnd(ref.to, row, column) : a;
  if (!grid || !a?.row || !a.column || !b?.row || !b.column) return undefined;
  const [top, bottom] = [Math.min(a.row, b.row), Math.max(a.row, b.row)];
  const [left, right] = [Math.min(a.column, b.column), Math.max(a.column, b.column)];
  if ((bottom - top + 1) * (right - left + 1) > MAX_CELLS) return undefined;
  let total = new Decimal(0);
  for (let r = top; r <= Math.min(bottom, grid.rows.length); r++)
    for (let c = left; c <= right; c++) {
      const v = cellAt(grid, r, c)?.value;
      if (v?.type === "number") total = total.plus(shownDecimal(v.value));
      else if (v && v.type !== "empty" && !skipText) return undefined;
    }
  return total;
}
