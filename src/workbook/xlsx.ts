// The file adapter behind WorkbookPort: for the CLI and for files opened outside Excel. It takes
// and gives bytes; reading and writing files is the caller's business. Reading goes through
// xlsxRead (no ExcelJS); every change (a sheet added, the settings, one cell) is made in the user's
// own package by xlsxWrite, loaded only when something is changed, so the copy is the user's file
// plus what was asked for, byte for byte.
import type { UserSettings } from "../domain/finding";
import { parseStoredSettings } from "../domain/settings";
import { recalculated } from "../domain/formulaEval";
import type { SheetSpec } from "../domain/sheetspec";
import type { ReadResult, WorkbookPort } from "./port";
import type { XlsxPackageEditor } from "./xlsxWrite";
import { readWorkbookPackage, sheetsOf, type PackageRead, type ReadOptions } from "./xlsxRead";

export { readXlsx, SETTINGS_SHEET_NAME, UNRESOLVED_SHARED_FORMULA } from "./xlsxRead";

/** A workbook held in memory: from the bytes of an .xlsx file, or new and empty without them. */
export class XlsxWorkbook implements WorkbookPort {
  private readonly source: Uint8Array | undefined;
  /** What reading the current bytes gave (the original's until something is changed). */
  private reading: Promise<PackageRead> | undefined;
  private editing: Promise<XlsxPackageEditor> | undefined;
  private changed = false;
  private selection: { sheet: string; address: string } | undefined;
  private notices: string[] = [];

  constructor(
    bytes?: Uint8Array | ArrayBuffer,
    private readonly options: ReadOptions = {}
  ) {
    this.source = bytes === undefined ? undefined : bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  }

  /**
   * The sheets as Excel would show them. After a change the pane made, the formulas' cached results
   * in the file are from before it (the package keeps them byte for byte; Excel recalculates on
   * opening): the sheets read back are recalculated in memory, or file mode's next analysis would
   * take the stale figures for new errors.
   */
  async readSheets(): Promise<ReadResult> {
    const read = sheetsOf(await this.read());
    return this.changed && read.ok ? { ...read, grids: recalculated(read.grids) } : read;
  }

  async addSheet(spec: SheetSpec): Promise<string> {
    const name = await (await this.editor()).addSheet(spec);
    this.touch();
    return name;
  }

  async select(sheet: string, address: string): Promise<void> {
    const read = await this.readSheets();
    if (!read.ok || !read.grids.some((g) => g.name === sheet)) throw new Error(`No sheet named "${sheet}"`);
    this.selection = { sheet, address };
  }

  /** The last cell or range passed to select(); a file has no live selection to show. */
  get lastSelection(): { sheet: string; address: string } | undefined {
    return this.selection;
  }

  /** "=…" writes a formula (computed when Excel opens the file); a decimal string a number; anything else text. */
  async writeCell(sheet: string, address: string, valueOrFormula: string): Promise<void> {
    await (await this.editor()).writeCell(sheet, address, valueOrFormula);
    this.touch();
  }

  async loadSettings(): Promise<UserSettings> {
    this.notices = [];
    const { settingsText } = await this.readOrThrow();
    return settingsText === "" ? {} : parseStoredSettings(settingsText, this.notices);
  }

  /** What loadSettings left out because it was out of bounds (Swedish, one line each). */
  get settingsNotices(): readonly string[] {
    return this.notices;
  }

  async saveSettings(settings: UserSettings): Promise<void> {
    await (await this.editor()).saveSettings(settings);
    this.touch();
  }

  /** Whether the file is a macro-enabled workbook, which must keep the extension .xlsm. */
  async isMacroEnabled(): Promise<boolean> {
    return (await this.editor()).macroEnabled();
  }

  /** The workbook as bytes: the original file, with what was added to it. */
  async toBuffer(): Promise<Uint8Array> {
    if (!this.changed && this.source) {
      await this.readOrThrow();
      return this.source.slice();
    }
    return (await this.editor()).toBytes();
  }

  /** The package, opened for changes once the file has been read successfully. */
  private editor(): Promise<XlsxPackageEditor> {
    const source = this.source;
    this.editing ??= (async () => {
      // A file is opened for changes only once it has been read; a new workbook starts empty.
      if (source) await this.readOrThrow();
      const { XlsxPackageEditor } = await import(/* webpackChunkName: "writer" */ "./xlsxWrite");
      return XlsxPackageEditor.open(source);
    })();
    return this.editing;
  }

  /** After a change, reading starts again from the changed package. */
  private touch(): void {
    this.changed = true;
    this.reading = undefined;
  }

  private read(): Promise<PackageRead> {
    this.reading ??= this.currentBytes().then((bytes) =>
      bytes ? readWorkbookPackage(bytes, this.options) : { ok: true, grids: [], settingsText: "" }
    );
    return this.reading;
  }

  private async currentBytes(): Promise<Uint8Array | undefined> {
    if (this.changed) return (await this.editor()).toBytes();
    return this.source;
  }

  /** The read package; a file that could not be read is an error for every call but readSheets. */
  private async readOrThrow(): Promise<PackageRead & { ok: true }> {
    const read = await this.read();
    if (!read.ok) throw new Error(read.error.message);
    return read;
  }
}
