// Reading .xlsx bytes into Grids: the zip directory checked against the limits, then the package's
// small parts (workbook, relationships, styles, shared strings), then every worksheet streamed into
// a Grid. Chart sheets and drawings are not read. Bytes in, values out: no file system, so the same
// code runs in the CLI and in the pane's file mode. Never throws: bad input is `{ ok: false }`.
import type { Grid } from "../domain/grid";
import { SETTINGS_SHEET_NAME } from "../domain/settings";
import { readStrings } from "../domain/strings";
import { defaultInflater, type Inflater } from "./inflate";
import type { ReadError, ReadResult } from "./port";
import type { CellContext } from "./xlsxCell";
import { DEFAULT_LIMITS, type ReadLimits } from "./xlsxLimits";
import {
  folderOf,
  parseRelationships,
  parseSharedStrings,
  parseStyles,
  parseWorkbook,
  relsPartOf,
  type Relationship,
} from "./xlsxParts";
import { SheetLimitError, SheetReader, type SheetBudget } from "./xlsxSheet";
import { entryBytes, inflateEntry, readZipDirectory, ZipEntryError, type ZipEntry } from "./zip";

export { UNRESOLVED_SHARED_FORMULA } from "./xlsxCell";
/** The very hidden sheet that keeps the UserSettings (domain/settings.ts); never returned as a Grid. */
export { SETTINGS_SHEET_NAME };

export interface ReadOptions {
  /** How zip entries are inflated; the platform's own by default (the CLI passes zlib's). */
  inflate?: Inflater;
  limits?: ReadLimits;
}

/** The Grids (none when the workbook has only charts or settings) and the settings sheet's text ("" without one). */
export type PackageRead = { ok: true; grids: Grid[]; settingsText: string } | { ok: false; error: ReadError };

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const WORKSHEET = /\/worksheet$/;

/** Reads every worksheet of an .xlsx file; a workbook without one is the "empty" error. */
export async function readXlsx(bytes: Uint8Array | ArrayBuffer, options: ReadOptions = {}): Promise<ReadResult> {
  return sheetsOf(await readWorkbookPackage(bytes, options));
}

export function sheetsOf(read: PackageRead): ReadResult {
  if (!read.ok) return read;
  if (read.grids.length === 0) return { ok: false, error: { kind: "empty", message: readStrings.noSheets } };
  return { ok: true, grids: read.grids };
}

/** Reads every worksheet and the settings sheet's text. */
export async function readWorkbookPackage(
  bytes: Uint8Array | ArrayBuffer,
  options: ReadOptions = {}
): Promise<PackageRead> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const limits = options.limits ?? DEFAULT_LIMITS;
  const problem = checkContainer(data, limits);
  if (problem) return { ok: false, error: problem };
  try {
    const directory = readZipDirectory(data, limits);
    if (!directory.ok) return directory;
    const parts = new PackageParts(data, directory.entries, options.inflate ?? defaultInflater(), limits);
    return await readParts(parts, limits);
  } catch (e) {
    return { ok: false, error: errorOf(e) };
  }
}

/** Magic bytes and the file's size, before anything else. */
function checkContainer(data: Uint8Array, limits: ReadLimits): ReadError | undefined {
  if (data.length === 0) return { kind: "empty", message: readStrings.emptyFile };
  if (startsWith(data, OLE_MAGIC)) return { kind: "encrypted", message: readStrings.encrypted };
  if (!startsWith(data, ZIP_MAGIC)) return { kind: "not-xlsx", message: readStrings.notXlsx };
  if (data.length > limits.fileBytes) {
    return { kind: "too-large", message: readStrings.fileTooLarge(data.length, limits.fileBytes) };
  }
  return undefined;
}

function startsWith(data: Uint8Array, magic: number[]): boolean {
  return data.length >= magic.length && magic.every((b, i) => data[i] === b);
}

/** The package's entries by part name, read whole or streamed. */
class PackageParts {
  constructor(
    private readonly data: Uint8Array,
    private readonly entries: Map<string, ZipEntry>,
    private readonly inflate: Inflater,
    private readonly limits: ReadLimits
  ) {}

  entry(part: string): ZipEntry | undefined {
    return this.entries.get(part.toLowerCase());
  }

  async bytes(part: string): Promise<Uint8Array | undefined> {
    const entry = this.entry(part);
    return entry ? entryBytes(this.data, entry, this.inflate, this.limits) : undefined;
  }

  async stream(entry: ZipEntry, onChunk: (chunk: Uint8Array) => void): Promise<void> {
    await inflateEntry(this.data, entry, this.inflate, onChunk);
  }

  async relationships(part: string): Promise<Map<string, Relationship>> {
    const xml = await this.bytes(relsPartOf(part));
    return xml ? parseRelationships(xml, folderOf(part)) : new Map();
  }
}

async function readParts(parts: PackageParts, limits: ReadLimits): Promise<PackageRead> {
  const root = await parts.relationships("");
  const officeDocument = [...root.values()].find((rel) => rel.type.endsWith("/officeDocument"));
  const workbookPart = officeDocument?.target ?? "xl/workbook.xml";
  const workbookXml = await parts.bytes(workbookPart);
  if (!workbookXml) return { ok: false, error: { kind: "not-xlsx", message: readStrings.zipNotXlsx } };
  const workbook = parseWorkbook(workbookXml);
  const rels = await parts.relationships(workbookPart);
  const context = await cellContext(parts, rels, workbook.date1904);
  const budget: SheetBudget = { cellsLeft: limits.cells };
  const grids: Grid[] = [];
  let settingsText = "";
  for (const sheet of workbook.sheets) {
    const rel = rels.get(sheet.relationshipId);
    if (rel && !WORKSHEET.test(rel.type)) continue; // a chart, dialog or macro sheet: no cells to check
    const entry = rel ? parts.entry(rel.target) : undefined;
    if (!entry) return { ok: false, error: { kind: "corrupt", message: readStrings.missingSheetPart(sheet.name) } };
    const reader = new SheetReader(sheet.name, context, limits, budget);
    await parts.stream(entry, (chunk) => reader.push(chunk));
    const grid = reader.finish(sheet.hidden);
    if (sheet.name === SETTINGS_SHEET_NAME) settingsText = settingsTextOf(grid);
    else grids.push(grid);
  }
  return { ok: true, grids, settingsText };
}

/** Shared strings and styles, found through the workbook's relationships. */
async function cellContext(
  parts: PackageParts,
  rels: Map<string, Relationship>,
  date1904: boolean
): Promise<CellContext> {
  const target = (type: string) => [...rels.values()].find((rel) => rel.type.endsWith(type))?.target;
  const strings = await parts.bytes(target("/sharedStrings") ?? "xl/sharedStrings.xml");
  const styles = await parts.bytes(target("/styles") ?? "xl/styles.xml");
  return {
    sharedStrings: strings ? parseSharedStrings(strings) : [],
    styles: styles ? parseStyles(styles) : [],
    date1904,
  };
}

/** The settings JSON as XlsxWorkbook stores it: column A from row 2, while the cells hold text. */
function settingsTextOf(grid: Grid): string {
  let text = "";
  for (let r = 1; r < grid.rows.length; r++) {
    const value = grid.rows[r]?.[0]?.value;
    if (value?.type !== "string") break;
    text += value.value;
  }
  return text;
}

function errorOf(e: unknown): ReadError {
  if (e instanceof ZipEntryError) return e.error;
  if (e instanceof SheetLimitError) return { kind: "too-large", message: e.message };
  const detail = e instanceof Error ? e.message : String(e);
  return { kind: "corrupt", message: readStrings.corrupt(detail) };
}
