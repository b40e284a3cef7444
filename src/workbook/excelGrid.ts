// Turns what Office.js returns for a worksheet's used range into a Grid. Pure data in, Grid out:
// the Office.js calls that produce this data live in excel.ts.
import { parseRange, type Cell, type CellRange, type CellValue, type Grid } from "../domain/grid";

/** Per-cell formatting read with Range.getCellProperties (ExcelApi 1.9); absent when unsupported. */
export interface LoadedCellFormat {
  bold?: boolean;
  indent?: number;
}

/** The loaded properties of one worksheet and its used range, as plain data. */
export interface LoadedSheet {
  name: string;
  visibility: string;
  protected: boolean;
  /** Range.address, e.g. "Budget!B3:F40" or "'Budget 2024'!A1". */
  address: string;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  valueTypes: string[][];
  cellFormats?: LoadedCellFormat[][];
  /** One flag a row (column) of the used range, top to bottom (left to right). */
  rowHidden?: boolean[];
  columnHidden?: boolean[];
  /** RangeAreas.address of the merged areas, e.g. "Budget!A1:D1, Budget!A9:B9". */
  mergedAddress?: string;
}

/** "'My sheet'!$B$3:$F$40" → the rectangle B3:F40; undefined when the address is not a single range. */
export function parseSheetAddress(address: string): CellRange | undefined {
  const bang = address.lastIndexOf("!");
  const local = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "").trim();
  return parseRange(local);
}

/** Splits a multi-area address at the commas that are not inside a quoted sheet name. */
export function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current.trim());
      current = "";
    } else {
      current += ch;
    }
  }
  if (current.trim() !== "") parts.push(current.trim());
  return parts;
}

/** One cell's value from Range.values and Range.valueTypes (Excel.RangeValueType). */
export function cellValue(value: unknown, valueType: string | undefined): CellValue {
  switch (valueType) {
    case "Empty":
      return { type: "empty" };
    case "Error":
      return { type: "error", value: String(value) };
    case "Boolean":
      return { type: "boolean", value: value === true };
    case "Integer":
    case "Double":
      if (typeof value === "number") return { type: "number", value };
      break;
    case "String":
      return value === "" || value === null || value === undefined
        ? { type: "empty" }
        : { type: "string", value: String(value) };
  }
  // "Unknown", "RichValue" or an unexpected pair: judge by the JavaScript type.
  if (typeof value === "number") return { type: "number", value };
  if (typeof value === "boolean") return { type: "boolean", value };
  if (value === "" || value === null || value === undefined) return { type: "empty" };
  return { type: "string", value: String(value) };
}

function readCell(sheet: LoadedSheet, r: number, c: number): Cell | undefined {
  const value = cellValue(sheet.values[r]?.[c], sheet.valueTypes[r]?.[c]);
  const rawFormula = sheet.formulas[r]?.[c];
  const formula = typeof rawFormula === "string" && rawFormula.startsWith("=") ? rawFormula : undefined;
  if (value.type === "empty" && !formula) return undefined;
  const cell: Cell = { value };
  if (formula) cell.formula = formula;
  const format = sheet.numberFormat[r]?.[c];
  if (typeof format === "string" && format !== "" && format !== "General") cell.numberFormat = format;
  const style = sheet.cellFormats?.[r]?.[c];
  if (style?.bold === true) cell.bold = true;
  if (typeof style?.indent === "number" && style.indent > 0) cell.indent = style.indent;
  return cell;
}

function flaggedNumbers(flags: boolean[] | undefined, first: number): number[] {
  const numbers: number[] = [];
  flags?.forEach((flag, i) => {
    if (flag) numbers.push(first + i);
  });
  return numbers;
}

/**
 * A loaded sheet → Grid: each cell at its true position (the used range's top-left is not A1 in
 * general), empty cells left out, rows trimmed at their last non-empty cell.
 */
export function sheetToGrid(sheet: LoadedSheet): Grid {
  const grid: Grid = { name: sheet.name, rows: [], merges: [] };
  if (sheet.visibility !== "Visible") grid.hidden = true;
  if (sheet.protected) grid.protected = true;
  const origin = parseSheetAddress(sheet.address);
  if (origin) {
    sheet.values.forEach((line, r) => {
      const cells: (Cell | undefined)[] = [];
      line.forEach((_, c) => {
        const cell = readCell(sheet, r, c);
        if (cell) cells[origin.left - 1 + c] = cell;
      });
      if (cells.length === 0) return;
      for (let i = 0; i < cells.length; i++) if (!(i in cells)) cells[i] = undefined;
      while (grid.rows.length < origin.top - 1 + r) grid.rows.push([]);
      grid.rows[origin.top - 1 + r] = cells;
    });
    const hiddenRows = flaggedNumbers(sheet.rowHidden, origin.top);
    const hiddenColumns = flaggedNumbers(sheet.columnHidden, origin.left);
    if (hiddenRows.length > 0) grid.hiddenRows = hiddenRows;
    if (hiddenColumns.length > 0) grid.hiddenColumns = hiddenColumns;
  }
  if (sheet.mergedAddress) {
    for (const area of splitAreas(sheet.mergedAddress)) {
      const range = parseSheetAddress(area);
      if (range) grid.merges.push(range);
    }
  }
  return grid;
}
