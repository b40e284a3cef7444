// The project's former read path, through ExcelJS, kept for the tests only: the same tests run
// against it and the reader in src/workbook/xlsxRead.ts, and readerEquality.test.ts compares the
// two on every fixture, the sample and the ExceLint workbooks. Remove it once nobody needs the proof.
import ExcelJS from "exceljs";
import type { Cell, CellRange, CellValue, Grid } from "../../src/domain/grid";
import { readStrings } from "../../src/domain/strings";
import type { ReadError, ReadResult } from "../../src/workbook/port";
import { SETTINGS_SHEET_NAME, UNRESOLVED_SHARED_FORMULA } from "../../src/workbook/xlsxRead";

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export type LoadResult = { ok: true; workbook: ExcelJS.Workbook } | { ok: false; error: ReadError };

/** Reads every worksheet of an .xlsx file. Never throws: bad input becomes `{ ok: false }`. */
export async function readXlsx(bytes: Uint8Array | ArrayBuffer): Promise<ReadResult> {
  const loaded = await loadWorkbook(bytes);
  if (!loaded.ok) return loaded;
  return gridsOfWorkbook(loaded.workbook);
}

/** Checks the bytes, then lets ExcelJS parse them; every failure is a ReadError. */
export async function loadWorkbook(bytes: Uint8Array | ArrayBuffer): Promise<LoadResult> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const problem = checkContainer(data);
  if (problem) return { ok: false, error: problem };
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS types the argument as its own Buffer alias; JSZip takes a Uint8Array in Node and browsers.
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (e) {
    return { ok: false, error: { kind: "corrupt", message: readStrings.corrupt(errorText(e)) } };
  }
  return { ok: true, workbook };
}

/** The Grids of a loaded workbook (the settings sheet left out), or "empty" when it has none. */
export function gridsOfWorkbook(workbook: ExcelJS.Workbook): ReadResult {
  try {
    const date1904 = Boolean(workbook.properties?.date1904);
    const sheets = workbook.worksheets.filter((ws) => ws.name !== SETTINGS_SHEET_NAME);
    if (sheets.length === 0) return { ok: false, error: { kind: "empty", message: readStrings.noSheets } };
    return { ok: true, grids: sheets.map((ws) => gridOfWorksheet(ws, date1904)) };
  } catch (e) {
    return { ok: false, error: { kind: "corrupt", message: readStrings.corrupt(errorText(e)) } };
  }
}

/** Magic bytes and the zip's directory, before ExcelJS sees anything. */
function checkContainer(data: Uint8Array): ReadError | undefined {
  if (data.length === 0) return { kind: "empty", message: readStrings.emptyFile };
  if (startsWith(data, OLE_MAGIC)) return { kind: "encrypted", message: readStrings.encrypted };
  if (!startsWith(data, ZIP_MAGIC)) return { kind: "not-xlsx", message: readStrings.notXlsx };
  const names = zipEntryNames(data);
  if (names === "truncated") return { kind: "corrupt", message: readStrings.truncated };
  if (names && !names.includes("xl/workbook.xml")) return { kind: "not-xlsx", message: readStrings.zipNotXlsx };
  return undefined;
}

function startsWith(data: Uint8Array, magic: number[]): boolean {
  return data.length >= magic.length && magic.every((b, i) => data[i] === b);
}

/**
 * The file names in a zip's central directory; "truncated" when the end-of-directory record
 * or the directory itself is missing; undefined for ZIP64, which is left to ExcelJS.
 */
function zipEntryNames(data: Uint8Array): string[] | "truncated" | undefined {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const stop = Math.max(0, data.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = data.length - 22; i >= stop; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return "truncated";
  const count = view.getUint16(eocd + 10, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) return undefined;
  const decoder = new TextDecoder("utf-8");
  const names: string[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > data.length || view.getUint32(p, true) !== 0x02014b50) return "truncated";
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    names.push(decoder.decode(data.subarray(p + 46, p + 46 + nameLength)));
    p += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** A sheet as a Grid: values, formulas, formats, merges, hidden and protected state. */
export function gridOfWorksheet(ws: ExcelJS.Worksheet, date1904 = false): Grid {
  const rows: (Cell | undefined)[][] = [];
  const hiddenRows: number[] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row: ExcelJS.Row | undefined = ws.findRow(r);
    if (!row) continue;
    if (row.hidden) hiddenRows.push(r);
    const cells: (Cell | undefined)[] = [];
    row.eachCell((excelCell, c) => {
      const cell = toCell(excelCell, date1904);
      if (cell) cells[c - 1] = cell;
    });
    if (cells.length > 0) rows[r - 1] = cells;
  }
  const grid: Grid = { name: ws.name, rows: fillHoles(rows, () => []), merges: mergesOf(ws) };
  grid.rows = grid.rows.map((row) => fillHoles(row, () => undefined));
  if (ws.state === "hidden" || ws.state === "veryHidden") grid.hidden = true;
  if (isProtected(ws)) grid.protected = true;
  if (hiddenRows.length > 0) grid.hiddenRows = hiddenRows;
  const hiddenColumns = hiddenColumnsOf(ws);
  if (hiddenColumns.length > 0) grid.hiddenColumns = hiddenColumns;
  return grid;
}

/** Dense arrays, so a Grid compares equal however it was built. */
function fillHoles<T>(items: T[], filler: () => T): T[] {
  const out: T[] = new Array<T>(items.length);
  for (let i = 0; i < items.length; i++) out[i] = i in items ? items[i] : filler();
  return out;
}

function toCell(excelCell: ExcelJS.Cell, date1904: boolean): Cell | undefined {
  // The covered cells of a merge echo the master's value in ExcelJS; Excel shows them empty.
  if (excelCell.isMerged && excelCell.master.address !== excelCell.address) return undefined;
  const raw = excelCell.value;
  const cell: Cell = { value: { type: "empty" } };
  if (isFormulaValue(raw)) {
    cell.formula = "=" + (formulaText(excelCell) ?? UNRESOLVED_SHARED_FORMULA.slice(1));
    // cell.result, not raw.result: ExcelJS's value getter drops a cached 0 or FALSE.
    cell.value = plainValue(excelCell.result, date1904);
  } else {
    cell.value = plainValue(raw, date1904);
    if (cell.value.type === "empty") return undefined;
  }
  const numberFormat = excelCell.numFmt;
  if (numberFormat && numberFormat !== "General") cell.numberFormat = numberFormat;
  if (excelCell.font?.bold) cell.bold = true;
  const indent = excelCell.alignment?.indent;
  if (typeof indent === "number" && indent > 0) cell.indent = indent;
  return cell;
}

type FormulaLike = { formula?: string; sharedFormula?: string; result?: unknown };

function isFormulaValue(raw: unknown): raw is FormulaLike {
  return typeof raw === "object" && raw !== null && ("formula" in raw || "sharedFormula" in raw);
}

/** The formula without "=": a shared formula's master translated to this cell by ExcelJS. */
function formulaText(excelCell: ExcelJS.Cell): string | undefined {
  try {
    const text = excelCell.formula;
    return typeof text === "string" && text !== "" ? text : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A value as Excel shows it. Dates become their serial number (what the file stores; the
 * number format says it is a date), rich text and hyperlinks their concatenated text.
 */
function plainValue(raw: unknown, date1904: boolean): CellValue {
  if (raw === null || raw === undefined) return { type: "empty" };
  if (typeof raw === "number") return { type: "number", value: raw };
  if (typeof raw === "string") return { type: "string", value: raw };
  if (typeof raw === "boolean") return { type: "boolean", value: raw };
  if (raw instanceof Date) return { type: "number", value: dateSerial(raw, date1904) };
  if (typeof raw === "object") {
    if ("error" in raw && typeof raw.error === "string") return { type: "error", value: raw.error };
    if ("richText" in raw) return { type: "string", value: richTextOf(raw.richText) };
    if ("text" in raw) {
      const text = raw.text;
      if (typeof text === "string") return { type: "string", value: text };
      if (typeof text === "object" && text !== null && "richText" in text) {
        return { type: "string", value: richTextOf(text.richText) };
      }
    }
  }
  return { type: "empty" };
}

function richTextOf(runs: unknown): string {
  if (!Array.isArray(runs)) return "";
  return runs
    .map((run: unknown) => (typeof run === "object" && run !== null && "text" in run ? String(run.text) : ""))
    .join("");
}

const MS_PER_DAY = 24 * 60 * 60 * 1000;

/** Inverse of ExcelJS's excelToDate: days since 1899-12-30 (or 1904-01-01). */
function dateSerial(date: Date, date1904: boolean): number {
  const serial = 25569 + date.getTime() / MS_PER_DAY - (date1904 ? 1462 : 0);
  const whole = Math.round(serial);
  return Math.abs(serial - whole) < 1e-9 ? whole : serial;
}

interface RangeLike {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Merged areas, from ExcelJS's internal table (cheaper than building worksheet.model). */
function mergesOf(ws: ExcelJS.Worksheet): CellRange[] {
  const internal = (ws as unknown as { _merges?: Record<string, RangeLike> })._merges;
  const ranges = internal ? Object.values(internal) : [];
  return ranges
    .map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right }))
    .sort((a, b) => a.top - b.top || a.left - b.left);
}

function isProtected(ws: ExcelJS.Worksheet): boolean {
  const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
  return Boolean(protection && protection.sheet !== false);
}

function hiddenColumnsOf(ws: ExcelJS.Worksheet): number[] {
  const hidden: number[] = [];
  const columns = (ws.columns ?? []) as Partial<ExcelJS.Column>[];
  columns.forEach((column, i) => {
    if (column.hidden) hidden.push(i + 1);
  });
  return hidden;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
