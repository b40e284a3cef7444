// A sheet seen by recognition: every cell present classified once (empty, amount, text,
// error), kept per row, so that memory and time follow the cells present, not rows × columns
// (one stray cell in XFD1048576 costs one row). Amounts become Decimals only when asked for.
import { cellAmount, type CellAmount } from "../amount";
import { unitFromNumberFormat } from "../amountText";
import { cellAt, cellText, isEmptyCell, type Cell, type Grid } from "../grid";
import type { StatedUnit } from "../table";
import { isDateFormat, serialDate } from "./dates";
import { headerOfText, type HeaderInfo } from "./headers";

export { headerOfText, type HeaderInfo } from "./headers";

export type CellKind = "empty" | "amount" | "text" | "error";

export interface SheetView {
  grid: Grid;
  /** The last row and column with a cell (bounds only: loop over rowList and cellsOf). */
  rows: number;
  columns: number;
  kind(row: number, column: number): CellKind;
  amount(row: number, column: number): CellAmount | undefined;
  /** The unit a cell states (its number format or its text), without making a Decimal. */
  unit(row: number, column: number): StatedUnit | undefined;
  text(row: number, column: number): string;
  cell(row: number, column: number): Cell | undefined;
  /** The header meaning of a cell, or undefined when it cannot be a column header. */
  header(row: number, column: number): HeaderInfo | undefined;
  hiddenRow(row: number): boolean;
  /** Rows with at least one non-empty cell, ascending. */
  rowList(): readonly number[];
  /** The non-empty columns of a row, ascending. */
  cellsOf(row: number): readonly number[];
  /** The non-empty columns of a row from left to right (inclusive), ascending. */
  cellsIn(row: number, left: number, right: number): number[];
  /** The index in rowList of the first row at or after `row`. */
  rowIndexFrom(row: number): number;
}

const KIND_CODES: CellKind[] = ["empty", "amount", "text", "error"];
const AMOUNT = 1;
const TEXT = 2;
const ERROR = 3;

/** One row's cells: their columns in order, and a kind code per column of the grid's row. */
interface RowCells {
  columns: number[];
  kinds: Uint8Array;
}

/** Text that could be an amount: a digit, or a dash alone (Swedish tables write "–" for zero). */
const MAYBE_AMOUNT = /[\d\-\u2010-\u2015\u2212]/;

/** The date a date-formatted number shows, as ISO text ("2017-12-31"); undefined for any other cell. */
function dateTextOf(cell: Cell | undefined): string | undefined {
  if (!cell || cell.value.type !== "number" || !isDateFormat(cell.numberFormat)) return undefined;
  return serialDate(cell.value.value)?.iso;
}

/** The kind of a cell; an amount written as text is parsed once, here, and kept in `parsed`. */
function kindCode(cell: Cell, parsed: Map<Cell, CellAmount | null>): number {
  const v = cell.value;
  switch (v.type) {
    case "error":
      return ERROR;
    case "number":
      if (!Number.isFinite(v.value)) return TEXT;
      return isDateFormat(cell.numberFormat) ? TEXT : AMOUNT;
    case "string": {
      const amount = MAYBE_AMOUNT.test(v.value) ? cellAmount(cell) : undefined;
      if (!amount) return TEXT;
      parsed.set(cell, amount);
      return AMOUNT;
    }
    case "boolean":
      return TEXT;
    default:
      return 0;
  }
}

function indexRow(src: (Cell | undefined)[], parsed: Map<Cell, CellAmount | null>): RowCells | undefined {
  let columns: number[] | undefined;
  let kinds: Uint8Array | undefined;
  for (let i = 0; i < src.length; i++) {
    const cell = src[i];
    if (cell === undefined || isEmptyCell(cell)) continue;
    const code = kindCode(cell, parsed);
    if (code === 0) continue;
    kinds ??= new Uint8Array(src.length + 1);
    (columns ??= []).push(i + 1);
    kinds[i + 1] = code;
  }
  return columns && kinds ? { columns, kinds } : undefined;
}

/** First index in a sorted list whose value is at least `value`. */
function lowerBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const formatUnits = new Map<string, StatedUnit | undefined>();
function formatUnit(format: string | undefined): StatedUnit | undefined {
  if (!format) return undefined;
  if (!formatUnits.has(format)) formatUnits.set(format, unitFromNumberFormat(format));
  return formatUnits.get(format);
}

export function makeSheetView(grid: Grid): SheetView {
  // What a cell says depends on the cell alone: kept by the grid's own Cell objects (the
  // amounts written as text, parsed once when classified; the header meanings of texts).
  const amounts = new Map<Cell, CellAmount | null>();
  const headers = new Map<Cell, HeaderInfo | null>();
  const byRow: (RowCells | undefined)[] = [];
  const rowList: number[] = [];
  let columns = 0;
  for (let r = 0; r < grid.rows.length; r++) {
    const src = grid.rows[r];
    const cells = src && src.length > 0 ? indexRow(src, amounts) : undefined;
    if (!cells) continue;
    byRow[r + 1] = cells;
    rowList.push(r + 1);
    const last = cells.columns[cells.columns.length - 1];
    if (last > columns) columns = last;
  }
  const rows = rowList.length ? rowList[rowList.length - 1] : 0;
  const hidden = new Set(grid.hiddenRows ?? []);
  const code = (r: number, c: number) => byRow[r]?.kinds[c] ?? 0;
  const view: SheetView = {
    grid,
    rows,
    columns,
    kind: (r, c) => KIND_CODES[code(r, c)],
    amount(r, c) {
      if (code(r, c) !== AMOUNT) return undefined;
      const cell = cellAt(grid, r, c)!;
      // A number becomes a Decimal when asked for (rows ask once); text was parsed when classified.
      if (cell.value.type === "number") return cellAmount(cell);
      return amounts.get(cell) ?? undefined;
    },
    unit(r, c) {
      if (code(r, c) !== AMOUNT) return undefined;
      const cell = cellAt(grid, r, c);
      return cell?.value.type === "number" ? formatUnit(cell.numberFormat) : view.amount(r, c)?.unit;
    },
    text: (r, c) => {
      const cell = cellAt(grid, r, c);
      return dateTextOf(cell) ?? cellText(cell);
    },
    cell: (r, c) => cellAt(grid, r, c),
    hiddenRow: (r) => hidden.has(r),
    rowList: () => rowList,
    cellsOf: (r) => byRow[r]?.columns ?? [],
    cellsIn(r, left, right) {
      const list = byRow[r]?.columns;
      if (!list) return [];
      const out: number[] = [];
      for (let i = lowerBound(list, left); i < list.length && list[i] <= right; i++) out.push(list[i]);
      return out;
    },
    rowIndexFrom: (r) => lowerBound(rowList, r),
    header(r, c) {
      const k = code(r, c);
      if (!k) return undefined;
      const cell = cellAt(grid, r, c)!;
      // A number is a year or nothing: cheap to say again, not worth a cache entry per figure.
      if (k === AMOUNT && cell.value.type === "number") return headerOf(view, r, c);
      const cached = headers.get(cell);
      if (cached !== undefined) return cached ?? undefined;
      const info = headerOf(view, r, c);
      headers.set(cell, info ?? null);
      return info;
    },
  };
  return view;
}

/** What a cell says as a column header: a year as a number, or a header text. */
function headerOf(view: SheetView, r: number, c: number): HeaderInfo | undefined {
  const k = view.kind(r, c);
  if (k === "text") return headerOfText(view.text(r, c));
  if (k !== "amount") return undefined;
  const cell = view.cell(r, c);
  const v = cell?.value;
  if (v?.type === "number") return isYearNumber(v.value) ? { year: v.value } : undefined;
  // A year typed as text ("2024", "'2024") heads a column as a number would.
  if (!/^\s*'?\d{4}\s*$/.test(cellText(cell))) return undefined;
  const a = view.amount(r, c);
  const n = a && !a.unit ? Number(a.value.toString()) : NaN;
  return isYearNumber(n) ? { year: n } : undefined;
}

function isYearNumber(n: number): boolean {
  return Number.isInteger(n) && n >= 1990 && n <= 2100;
}
