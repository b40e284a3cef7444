// The fake Excel's workbook: sheets of cells, and what Excel does when a cell is written.
// Pure data; excelMockObjects.ts puts Office.js-shaped proxies in front of it.
//
// Cell entry as Excel does it (Range.values / Range.formulas setters):
// - into a Text-formatted cell ("@"), anything is stored as text: "=SUM(A1)" and 123 stay text;
// - elsewhere "'…" is text without the apostrophe, "=…" a formula, "123" a number, "" empties;
// - Range.formulas gives a constant's own text (the apostrophe dropped: OfficeDev/office-js#6687).
import { address as a1, columnLetter, parseRange, type CellRange } from "../../src/domain/grid";

export type ValueType = "Empty" | "String" | "Double" | "Boolean" | "Error";

export interface StoredCell {
  value: unknown;
  type: ValueType;
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  indent?: number;
}

export interface PageLayout {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printArea?: string;
  titleRows?: string;
}

export interface StoredSheet {
  id: number;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
  /** row → column → cell, 0-based. */
  cells: Map<number, Map<number, StoredCell>>;
  rowHidden: Set<number>;
  columnHidden: Set<number>;
  merges: CellRange[];
  frozen?: string;
  layout: PageLayout;
  /** Formatting writes that have no cell model here (fill, borders, widths …), as "A1:B2 fill.color=#FFF2CC". */
  formatLog: string[];
}

/** A rectangle, 0-based and inclusive, as Office.js ranges are addressed by index. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** "B3:F40", "C4", "A:A", "$1:$2" → a 0-based rectangle. */
export function rectOf(address: string): Rect {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const columns = /^([A-Z]+):([A-Z]+)$/i.exec(local);
  if (columns) {
    const range = parseRange(`${columns[1]}1:${columns[2]}1`) as CellRange;
    return { top: 0, left: range.left - 1, bottom: MAX_ROWS - 1, right: range.right - 1 };
  }
  const rows = /^(\d+):(\d+)$/.exec(local);
  if (rows) return { top: Number(rows[1]) - 1, left: 0, bottom: Number(rows[2]) - 1, right: MAX_COLUMNS - 1 };
  const range = parseRange(local);
  if (!range) throw Object.assign(new Error(`InvalidArgument: ${address}`), { code: "InvalidArgument" });
  return { top: range.top - 1, left: range.left - 1, bottom: range.bottom - 1, right: range.right - 1 };
}

export function addressOf(rect: Rect): string {
  const first = a1(rect.top + 1, rect.left + 1);
  const last = a1(rect.bottom + 1, rect.right + 1);
  return first === last ? first : `${first}:${last}`;
}

export function quotedName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function cellAt(sheet: StoredSheet, row: number, column: number): StoredCell | undefined {
  return sheet.cells.get(row)?.get(column);
}

function cellFor(sheet: StoredSheet, row: number, column: number): StoredCell {
  let line = sheet.cells.get(row);
  if (!line) sheet.cells.set(row, (line = new Map()));
  let cell = line.get(column);
  if (!cell) line.set(column, (cell = { value: "", type: "Empty" }));
  return cell;
}

/** Every stored cell inside a rectangle (only those that exist: a whole column costs nothing). */
export function* cellsIn(sheet: StoredSheet, rect: Rect): Generator<[number, number, StoredCell]> {
  for (const [row, line] of sheet.cells) {
    if (row < rect.top || row > rect.bottom) continue;
    for (const [column, cell] of line) if (column >= rect.left && column <= rect.right) yield [row, column, cell];
  }
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** What Excel stores when `input` is entered into the cell (Range.values or Range.formulas). */
export function enter(cell: StoredCell, input: unknown): void {
  delete cell.formula;
  if (input === "" || input === null || input === undefined) {
    cell.value = "";
    cell.type = "Empty";
    return;
  }
  if (cell.numberFormat === "@") {
    const text = String(input);
    cell.value = text.startsWith("'") ? text.slice(1) : text;
    cell.type = "String";
  } else if (typeof input === "number") {
    cell.value = input;
    cell.type = "Double";
  } else if (typeof input === "boolean") {
    cell.value = input;
    cell.type = "Boolean";
  } else if (String(input).startsWith("'")) {
    cell.value = String(input).slice(1);
    cell.type = "String";
  } else if (String(input).startsWith("=")) {
    cell.formula = String(input);
    cell.value = 0; // the fake does not calculate
    cell.type = "Double";
  } else if (NUMBER.test(String(input).trim())) {
    cell.value = Number(String(input).trim());
    cell.type = "Double";
  } else {
    cell.value = String(input);
    cell.type = "String";
  }
}

/** A 2-D array the size of the rectangle, or one value for all of it (as Office.js allows). */
function valueAt(input: unknown, r: number, c: number): unknown {
  return Array.isArray(input) ? (input as unknown[][])[r]?.[c] : input;
}

export function writeCells(sheet: StoredSheet, rect: Rect, input: unknown): void {
  for (let r = 0; r <= rect.bottom - rect.top; r++)
    for (let c = 0; c <= rect.right - rect.left; c++)
      enter(cellFor(sheet, rect.top + r, rect.left + c), valueAt(input, r, c));
}

export function writeFormats(sheet: StoredSheet, rect: Rect, input: unknown): void {
  for (let r = 0; r <= rect.bottom - rect.top; r++)
    for (let c = 0; c <= rect.right - rect.left; c++)
      cellFor(sheet, rect.top + r, rect.left + c).numberFormat = String(valueAt(input, r, c));
}

export function writeCellStyle(sheet: StoredSheet, rect: Rect, key: "bold" | "indent", value: unknown): void {
  for (let r = rect.top; r <= rect.bottom; r++)
    for (let c = rect.left; c <= rect.right; c++) {
      const cell = cellFor(sheet, r, c);
      if (key === "bold") cell.bold = value === true;
      else cell.indent = Number(value);
    }
}

/** Range.clear("Contents"): values and formulas go, formats stay. */
export function clearContents(sheet: StoredSheet, rect: Rect): void {
  for (const [, , cell] of cellsIn(sheet, rect)) enter(cell, "");
}

/** Worksheet.getUsedRange(true): the box around every cell with a value or formula; undefined when blank. */
export function usedRect(sheet: StoredSheet): Rect | undefined {
  let box: Rect | undefined;
  for (const [row, line] of sheet.cells)
    for (const [column, cell] of line) {
      if (cell.type === "Empty" && !cell.formula) continue;
      if (!box) box = { top: row, left: column, bottom: row, right: column };
      box.top = Math.min(box.top, row);
      box.bottom = Math.max(box.bottom, row);
      box.left = Math.min(box.left, column);
      box.right = Math.max(box.right, column);
    }
  return box;
}

const READERS = {
  values: (cell: StoredCell | undefined) => (cell && cell.type !== "Empty" ? cell.value : ""),
  formulas: (cell: StoredCell | undefined) => cell?.formula ?? (cell && cell.type !== "Empty" ? cell.value : ""),
  numberFormat: (cell: StoredCell | undefined) => cell?.numberFormat ?? "General",
  valueTypes: (cell: StoredCell | undefined) => cell?.type ?? "Empty",
};

/** Range.values, formulas, numberFormat or valueTypes of a rectangle, as Office.js returns them. */
export function readRect(sheet: StoredSheet, rect: Rect, property: keyof typeof READERS): unknown[][] {
  const read = READERS[property];
  const out: unknown[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const line = sheet.cells.get(r);
    const row: unknown[] = new Array(rect.right - rect.left + 1);
    for (let c = rect.left; c <= rect.right; c++) row[c - rect.left] = read(line?.get(c));
    out.push(row);
  }
  return out;
}

/** A sheet's cells from the data of a used range (top-left at `address`), as a test describes it. */
export function loadCells(
  sheet: StoredSheet,
  address: string,
  data: {
    values: unknown[][];
    formulas?: unknown[][];
    valueTypes?: string[][];
    numberFormat?: string[][];
    bold?: boolean[][];
    indent?: number[][];
  }
): void {
  const origin = rectOf(address);
  data.values.forEach((line, r) =>
    line.forEach((value, c) => {
      const type = (data.valueTypes?.[r]?.[c] ??
        (value === "" ? "Empty" : typeof value === "number" ? "Double" : "String")) as ValueType;
      const formula = data.formulas?.[r]?.[c];
      const numberFormat = data.numberFormat?.[r]?.[c];
      const bold = data.bold?.[r]?.[c];
      const indent = data.indent?.[r]?.[c];
      const hasFormula =
        typeof formula === "string" && formula.startsWith("=") && !(type === "String" && formula === value);
      if (type === "Empty" && !hasFormula && (!numberFormat || numberFormat === "General") && !bold && !indent) return;
      const cell = cellFor(sheet, origin.top + r, origin.left + c);
      cell.value = type === "Empty" ? "" : value;
      cell.type = type;
      if (hasFormula) cell.formula = formula as string;
      if (numberFormat && numberFormat !== "General") cell.numberFormat = numberFormat;
      if (bold) cell.bold = true;
      if (indent) cell.indent = indent;
    })
  );
}

export function columnAddress(column: number): string {
  return columnLetter(column + 1);
}
