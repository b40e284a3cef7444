// The ExcelJS adapter behind WorkbookPort: for the CLI and for files opened outside Excel.
// It takes and gives bytes; reading and writing files is the caller's business.
import ExcelJS from "exceljs";
import type { UserSettings } from "../domain/finding";
import type { SheetSpec } from "../domain/sheetspec";
import { uniqueSheetName } from "../domain/sheetspec";
import { evaluateFormulas } from "../domain/formulaEval";
import type { ReadResult, WorkbookPort } from "./port";
import { gridsOfWorkbook, loadWorkbook, SETTINGS_SHEET_NAME, type LoadResult } from "./xlsxRead";
import { readSettingsSheet, writeSettingsSheet, writeSpec } from "./xlsxWrite";

export { readXlsx, SETTINGS_SHEET_NAME, UNRESOLVED_SHARED_FORMULA } from "./xlsxRead";

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** A workbook held in memory: from the bytes of an .xlsx file, or new and empty without them. */
export class XlsxWorkbook implements WorkbookPort {
  private readonly loading: Promise<LoadResult>;
  private selection: { sheet: string; address: string } | undefined;

  constructor(bytes?: Uint8Array | ArrayBuffer) {
    this.loading =
      bytes === undefined ? Promise.resolve({ ok: true, workbook: new ExcelJS.Workbook() }) : loadWorkbook(bytes);
  }

  async readSheets(): Promise<ReadResult> {
    const loaded = await this.loading;
    if (!loaded.ok) return loaded;
    return gridsOfWorkbook(loaded.workbook);
  }

  async addSheet(spec: SheetSpec): Promise<string> {
    const workbook = await this.workbook();
    const name = uniqueSheetName(
      spec.name,
      workbook.worksheets.map((ws) => ws.name)
    );
    writeSpec(workbook.addWorksheet(name), spec);
    if (spec.cells.some((cell) => cell.formula)) workbook.calcProperties.fullCalcOnLoad = true;
    return name;
  }

  async select(sheet: string, address: string): Promise<void> {
    await this.worksheet(sheet);
    this.selection = { sheet, address };
  }

  /** The last cell or range passed to select(); a file has no live selection to show. */
  get lastSelection(): { sheet: string; address: string } | undefined {
    return this.selection;
  }

  /** "=…" writes a formula (computed when Excel opens the file); a decimal string a number; anything else text. */
  async writeCell(sheet: string, address: string, valueOrFormula: string): Promise<void> {
    const ws = await this.worksheet(sheet);
    const cell = ws.getCell(address);
    if (valueOrFormula.startsWith("=")) {
      cell.value = { formula: valueOrFormula.slice(1) };
      ws.workbook.calcProperties.fullCalcOnLoad = true;
    } else if (DECIMAL.test(valueOrFormula.trim())) {
      cell.value = Number(valueOrFormula.trim());
    } else {
      cell.value = valueOrFormula;
    }
    await this.recalculate();
  }

  /**
   * Every formula's cached result computed again, as Excel recalculates after an edit: file mode's
   * next read must see the figures Excel will show, not results left from before the change.
   */
  private async recalculate(): Promise<void> {
    const workbook = await this.workbook();
    const read = gridsOfWorkbook(workbook);
    if (!read.ok) return;
    for (const [key, value] of evaluateFormulas(read.grids)) {
      const bang = key.lastIndexOf("!");
      const [row, column] = key
        .slice(bang + 1)
        .split(",")
        .map(Number);
      const cell = workbook.getWorksheet(key.slice(0, bang))?.getCell(row, column);
      const current = cell?.value;
      const result =
        value.type === "number" || value.type === "string" || value.type === "boolean" ? value.value : undefined;
      if (!cell || result === undefined || !current || typeof current !== "object") continue;
      if ("formula" in current || "sharedFormula" in current) cell.value = { ...current, result } as ExcelJS.CellValue;
    }
  }

  async loadSettings(): Promise<UserSettings> {
    return readSettingsSheet(await this.workbook(), SETTINGS_SHEET_NAME);
  }

  async saveSettings(settings: UserSettings): Promise<void> {
    writeSettingsSheet(await this.workbook(), SETTINGS_SHEET_NAME, settings);
  }

  /** The workbook as .xlsx bytes. */
  async toBuffer(): Promise<Uint8Array> {
    const buffer = await (await this.workbook()).xlsx.writeBuffer();
    const bytes = buffer as unknown as Uint8Array;
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** The loaded workbook; a file that could not be read is an error for every call but readSheets. */
  private async workbook(): Promise<ExcelJS.Workbook> {
    const loaded = await this.loading;
    if (!loaded.ok) throw new Error(loaded.error.message);
    return loaded.workbook;
  }

  private async worksheet(sheet: string): Promise<ExcelJS.Worksheet> {
    const ws = (await this.workbook()).getWorksheet(sheet);
    if (!ws) throw new Error(`No sheet named "${sheet}"`);
    return ws;
  }
}
