// Seed fixture Grids as the fake Excel host of excelMock.ts would hold them, and the Grids the
// Excel adapter is expected to read back from them.
import { cellAt, isEmptyCell, rangeAddress, usedRange, type Cell, type Grid } from "../../src/domain/grid";
import type { FakeSheet } from "./excelMock";

function valueType(cell: Cell | undefined): string {
  switch (cell?.value.type) {
    case "number":
      return "Double";
    case "string":
      return cell.value.value === "" ? "Empty" : "String";
    case "boolean":
      return "Boolean";
    case "error":
      return "Error";
    default:
      return "Empty";
  }
}

function rawValue(cell: Cell | undefined): unknown {
  const v = cell?.value;
  return v && v.type !== "empty" ? v.value : "";
}

/** What Excel would answer for a Grid's sheet: its used range (values only) and its sheet state. */
export function gridToFakeSheet(grid: Grid): FakeSheet {
  const sheet: FakeSheet = {
    name: grid.name,
    visibility: grid.hidden ? "Hidden" : "Visible",
    protected: grid.protected,
  };
  const area = usedRange(grid);
  if (!area) return sheet;
  const quoted = `'${grid.name.replace(/'/g, "''")}'`;
  const rows = Array.from({ length: area.bottom - area.top + 1 }, (_, r) => area.top + r);
  const columns = Array.from({ length: area.right - area.left + 1 }, (_, c) => area.left + c);
  const map = <T>(f: (cell: Cell | undefined) => T): T[][] =>
    rows.map((r) => columns.map((c) => f(cellAt(grid, r, c))));
  sheet.used = {
    address: `${quoted}!${rangeAddress(area)}`,
    values: map(rawValue),
    formulas: map((cell) => cell?.formula ?? rawValue(cell)),
    valueTypes: map(valueType),
    numberFormat: map((cell) => cell?.numberFormat ?? "General"),
    bold: map((cell) => cell?.bold === true),
    indent: map((cell) => cell?.indent ?? 0),
    rowHidden: rows.map((r) => grid.hiddenRows?.includes(r) ?? false),
  };
  if (grid.merges.length > 0) sheet.used.merges = grid.merges.map((m) => `${quoted}!${rangeAddress(m)}`).join(", ");
  return sheet;
}

/** Bold and indent are read for text cells only: recognition uses them on labels alone. */
function withoutFigureStyle(cell: Cell): Cell {
  if (cell.value.type === "string") return cell;
  const { bold: _bold, indent: _indent, ...rest } = cell;
  return rest;
}

/** A Grid as Excel reads it back: empty cells without a formula dropped, rows trimmed, bold and indent on text only. */
export function asReadBack(grid: Grid): Grid {
  const rows = grid.rows.map((line) => {
    const cells = (line ?? []).map((cell) =>
      !cell || (isEmptyCell(cell) && !cell.formula) ? undefined : withoutFigureStyle(cell)
    );
    while (cells.length > 0 && cells[cells.length - 1] === undefined) cells.pop();
    return cells;
  });
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  const read: Grid = { ...grid, rows };
  if (!read.hidden) delete read.hidden;
  if (!read.protected) delete read.protected;
  return read;
}
