// A total typed by hand directly between two copies of the same column SUM in a row of totals
// ("Summa" under each period, one of them a number). Where the copy would give another figure,
// beyond the typed figure's own rounding, the typed total is out of date. Only along rows: down a
// column of row totals a typed figure is as often a line that does not add up by nature (earnings
// per share, a rate). Outside the recognised tables only; inside them sums.ts checks every total.
import type Decimal from "decimal.js";
import { formatAmount } from "../amount";
import type { Finding } from "../finding";
import { address, cellAt, type Grid } from "../grid";
import { formulaStrings } from "../strings";
import { decimalString } from "./common";
import type { ShapedCell, SheetFormulas } from "./formulaLines";
import { sheetFinding, type Placer } from "./formulaPlace";
import { formulaAt, swedishFormula } from "./formulaText";
import { linearValue, shownDecimal } from "./formulaValue";

/** A SUM of one range in the formula's own column above it: "=SUM(B3:B9)" in B10. */
function isColumnSum(cell: ShapedCell): boolean {
  const [fn, open, ref, close] = cell.shape.tokens;
  if (cell.shape.tokens.length !== 4 || fn.kind !== "function" || fn.text !== "SUM") return false;
  if (open.kind !== "other" || close.kind !== "other" || ref.kind !== "ref" || ref.sheet || !ref.to) return false;
  const [a, b] = [ref.from, ref.to];
  return (
    a.column === 0 && b.column === 0 && !a.columnAbsolute && !b.columnAbsolute && !b.rowAbsolute && (b.row ?? 0) < 0
  );
}

/** Whether a computed figure, rounded as the typed one is written, is the typed figure. */
function withinRounding(typed: number, computed: Decimal): boolean {
  const decimals = (String(typed).split(".")[1] ?? "").length;
  return computed.toDecimalPlaces(decimals).eq(shownDecimal(typed));
}

export function typedTotalFindings(
  sheet: SheetFormulas,
  grids: (name?: string) => Grid | undefined,
  place: Placer
): Finding[] {
  const findings: Finding[] = [];
  for (const line of sheet.byRow.values()) {
    for (let i = 0; i + 1 < line.length; i++) {
      const [before, after] = [line[i], line[i + 1]];
      // Directly between two copies: one column apart on each side.
      if (after.column - before.column !== 2 || before.shape.key !== after.shape.key || !isColumnSum(before)) continue;
      const finding = typedTotal(sheet, before, before.row, before.column + 1, [before, after], grids, place);
      if (finding) findings.push(finding);
    }
  }
  return findings;
}

function typedTotal(
  sheet: SheetFormulas,
  model: ShapedCell,
  row: number,
  column: number,
  copies: ShapedCell[],
  grids: (name?: string) => Grid | undefined,
  place: Placer
): Finding | undefined {
  const cell = cellAt(sheet.grid, row, column);
  const where = place(row, column);
  if (!cell || cell.formula || cell.value.type !== "number" || where.table) return undefined;
  const typed = cell.value.value;
  const computed = linearValue(model.shape.tokens, row, column, grids);
  const fix = formulaAt(model.shape.tokens, row, column);
  if (!computed || !fix || withinRounding(typed, computed)) return undefined;
  const here = address(row, column);
  const message = formulaStrings.typedTotal(
    here,
    formatAmount(shownDecimal(typed)),
    formulaStrings.cellList(copies.map((c) => address(c.row, c.column))),
    swedishFormula(model.shape.tokens, row, column) ?? fix,
    formatAmount(computed)
  );
  const at: ShapedCell = { row, column, formula: fix, shape: model.shape };
  return sheetFinding("formula.inconsistent", "warning", sheet.grid, at, where, message, {
    related: copies.map((c) => address(c.row, c.column)),
    expected: decimalString(computed),
    actual: decimalString(shownDecimal(typed)),
    fix: { sheet: sheet.grid.name, cell: here, newValue: fix, oldValue: decimalString(shownDecimal(typed)) },
  });
}
