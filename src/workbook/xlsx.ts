// The .xlsx adapter behind WorkbookPort: for the CLI and for files opened outside Excel. It takes
// and gives bytes; reading and writing files is the caller's business. Reading is the reader in
// xlsxRead.ts; ExcelJS is loaded (lazily: it is large) only when something is written.
import type ExcelJS from "exceljs";
import type { UserSettings } from "../domain/finding";
import { parseStoredSettings } from "../domain/settings";
import type { SheetSpec } from "../domain/sheetspec";
import { uniqueSheetName } from "../domain/sheetspec";
import type { ReadResult, WorkbookPort } from "./port";
import { readWorkbookPackage, SETTINGS_SHEET_NAME, sheetsOf, type PackageRead, type ReadOptions } from "./xlsxRead";

export { readXlsx, SETTINGS_SHEET_NAME, UNRESOLVED_SHARED_FORMULA } from "./xlsxRead";

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** A workbook held in memory: from the bytes of an .xlsx file, or new and empty without them. */
export class XlsxWorkbook implements WorkbookPort {
  private readonly source: Uint8Array | undefined;
  /** The package as read: from the source bytes, or after an edit from what would be written. */
  private reading: Promise<PackageRead> | undefined;
  /** The ExcelJS model, made on the first edit. */
  private editing: Promise<ExcelJS.Workbook> | undefined;
  private selection: { sheet: string; address: string } | undefined;

  constructor(
    bytes?: Uint8Array | ArrayBuffer,
    private readonly options: ReadOptions = {}
  ) {
    this.source = bytes === undefined ? undefined : bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  }

  async readSheets(): Promise<ReadResult> {
    return sheetsOf(await this.read());
  }

  async addSheet(spec: SheetSpec): Promise<string> {
    const workbook = await this.edit();
    const name = uniqueSheetName(
      spec.name,
      workbook.worksheets.map((ws) => ws.name)
    );
    const { writeSpec } = await import(/* webpackChunkName: "writer" */ "./xlsxWrite");
    writeSpec(workbook.addWorksheet(name), spec);
    if (spec.cells.some((cell) => cell.formula)) workbook.calcProperties.fullCalcOnLoad = true;
    this.changed();
    return name;
  }

  async select(sheet: string, address: string): Promise<void> {
    const read = await this.readOrThrow();
    if (!read.grids.some((grid) => grid.name === sheet)) throw new Error(`No sheet named "${sheet}"`);
    this.selection = { sheet, address };
  }

  /** The last cell or range passed to select(); a file has no live selection to show. */
  get lastSelection(): { sheet: string; address: string } | undefined {
    return this.selection;
  }

  /** "=…" writes a formula (computed when Excel opens the file); a decimal string a number; anything else text. */
  async writeCell(sheet: string, address: string, valueOrFormula: string): Promise<void> {
    const ws = (await this.edit()).getWorksheet(sheet);
    if (!ws) throw new Error(`No sheet named "${sheet}"`);
    const cell = ws.getCell(address);
    if (valueOrFormula.startsWith("=")) {
      cell.value = { formula: valueOrFormula.slice(1) };
      ws.workbook.calcProperties.fullCalcOnLoad = true;
    } else if (DECIMAL.test(valueOrFormula.trim())) {
      cell.value = Number(valueOrFormula.trim());
    } else {
      cell.value = valueOrFormula;
    }
    this.changed();
  }

  async loadSettings(): Promise<UserSettings> {
    return parseStoredSettings((await this.readOrThrow()).settingsText);
  }

  async saveSettings(settings: UserSettings): Promise<void> {
    const workbook = await this.edit();
    const { writeSettingsSheet } = await import(/* webpackChunkName: "writer" */ "./xlsxWrite");
    writeSettingsSheet(workbook, SETTINGS_SHEET_NAME, settings);
    this.changed();
  }

  /** The workbook as .xlsx bytes: the source itself until something was written. */
  async toBuffer(): Promise<Uint8Array> {
    if (!this.editing && this.source) return this.source;
    return this.serialize("DEFLATE");
  }

  /** What ExcelJS writes; stored uncompressed when it is only read back here. */
  private async serialize(compression: "DEFLATE" | "STORE"): Promise<Uint8Array> {
    const options = { zip: { compression } } as unknown as Partial<ExcelJS.XlsxWriteOptions>;
    const buffer = await (await this.model()).xlsx.writeBuffer(options);
    const bytes = buffer as unknown as Uint8Array;
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  private read(): Promise<PackageRead> {
    this.reading ??= this.editing
      ? this.serialize("STORE").then((bytes) => readWorkbookPackage(bytes, this.options))
      : this.source
        ? readWorkbookPackage(this.source, this.options)
        : Promise.resolve({ ok: true, grids: [], settingsText: "" });
    return this.reading;
  }

  private async readOrThrow(): Promise<PackageRead & { ok: true }> {
    const read = await this.read();
    if (!read.ok) throw new Error(read.error.message);
    return read;
  }

  private edit(): Promise<ExcelJS.Workbook> {
    return this.model();
  }

  /** After an edit, what is read is read from the edited workbook. */
  private changed(): void {
    this.reading = undefined;
  }

  /** A file that could not be read is an error for every edit, as for readSheets. */
  private model(): Promise<ExcelJS.Workbook> {
    this.editing ??= (async () => {
      if (this.source) await this.readOrThrow();
      const { default: ExcelJSModule } = await import(/* webpackChunkName: "exceljs" */ "exceljs");
      const workbook = new ExcelJSModule.Workbook();
      // ExcelJS types the argument as its own Buffer alias; JSZip takes a Uint8Array in Node and browsers.
      if (this.source) await workbook.xlsx.load(this.source as unknown as ArrayBuffer);
      return workbook;
    })();
    return this.editing;
  }
}
