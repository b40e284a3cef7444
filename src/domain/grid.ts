// A sheet as read from a workbook, and A1 addressing. Knows nothing of Office or files.

/** What a cell shows: numbers as Excel stores them (convert with amount.toDecimal before any sum). */
export type CellValue =
  | { type: "empty" }
  | { type: "number"; value: number }
  | { type: "string"; value: string }
  | { type: "boolean"; value: boolean }
  | { type: "error"; value: string };

export interface Cell {
  value: CellValue;
  /** The formula as written, with its leading "=", e.g. "=SUM(B3:B9)". */
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  indent?: number;
}

/** A rectangle, 1-based and inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  name: string;
  /** rows[r][c] is Excel row r+1, column c+1. Ragged; a missing entry is an empty cell. */
  rows: (Cell | undefined)[][];
  merges: CellRange[];
  hidden?: boolean;
  protected?: boolean;
  /** 1-based numbers of hidden rows and columns. */
  hiddenRows?: number[];
  hiddenColumns?: number[];
}

export const EMPTY: CellValue = { type: "empty" };

export function cellAt(grid: Grid, row: number, column: number): Cell | undefined {
  return grid.rows[row - 1]?.[column - 1];
}

export function valueAt(grid: Grid, row: number, column: number): CellValue {
  return cellAt(grid, row, column)?.value ?? EMPTY;
}

export function rowCount(grid: Grid): number {
  return grid.rows.length;
}

export function columnCount(grid: Grid): number {
  let max = 0;
  for (const row of grid.rows) if (row && row.length > max) max = row.length;
  return max;
}

export function isEmptyCell(cell: Cell | undefined): boolean {
  if (!cell) return true;
  const v = cell.value;
  return !cell.formula && (v.type === "empty" || (v.type === "string" && v.value.trim() === ""));
}

/** 1 → "A", 27 → "AA". */
export function columnLetter(column: number): string {
  let n = column;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "AA" → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function address(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** "$B$12" or "b12" → { row: 12, column: 2 }; undefined when not an address. */
export function parseAddress(a1: string): { row: number; column: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m) return undefined;
  return { row: Number(m[2]), column: columnNumber(m[1]) };
}

export function rangeAddress(range: CellRange): string {
  const a = address(range.top, range.left);
  const b = address(range.bottom, range.right);
  return a === b ? a : `${a}:${b}`;
}

/** "B3:D9" or "B3" → CellRange; undefined when not a range. */
export function parseRange(a1: string): CellRange | undefined {
  const [first, second] = a1.split(":");
  const a = parseAddress(first);
  const b = second === undefined ? a : parseAddress(second);
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

export function rangeContains(range: CellRange, row: number, column: number): boolean {
  return row >= range.top && row <= range.bottom && column >= range.left && column <= range.right;
}

/** The smallest rectangle holding every non-empty cell, or undefined for an empty sheet. */
export function usedRange(grid: Grid): CellRange | undefined {
  let top = 0;
  let bottom = 0;
  let left = Number.MAX_SAFE_INTEGER;
  let right = 0;
  grid.rows.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (isEmptyCell(cell)) return;
      if (!top) top = r + 1;
      bottom = r + 1;
      if (c + 1 < left) left = c + 1;
      if (c + 1 > right) right = c + 1;
    });
  });
  return top ? { top, left, bottom, right } : undefined;
}

/** The text a cell shows, for labels: strings trimmed, numbers as written, errors as their code. */
export function cellText(cell: Cell | undefined): string {
  if (!cell) return "";
  const v = cell.value;
  switch (v.type) {
    case "string":
      return v.value.trim();
    case "number":
      return String(v.value);
    case "boolean":
      return v.value ? "SANT" : "FALSKT";
    case "error":
      return v.value;
    default:
      return "";
  }
}
