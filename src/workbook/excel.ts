// WorkbookPort over Office.js: the only module (with its private helpers excelRead, excelGrid,
// excelSheetWriter, excelSettings and excelErrors) that calls Excel.run. It needs ExcelApi 1.14,
// which manifest.xml requires (scripts/host-requirements.js says why), so no branch serves older hosts.
//
// Every batch runs with delayForCellEdit: a read that comes while the user types in a cell waits
// until she leaves the cell instead of failing. Writes the add-in makes raise worksheet change
// events like anyone's; onChanged passes on only the others (triggerSource), so a fix is read once.
import { recordAddinSheet } from "../domain/addinSheets";
import type { UserSettings } from "../domain/finding";
import { uniqueSheetName, type SheetSpec } from "../domain/sheetspec";
import { SETTINGS_SHEET_NAME } from "../domain/settings";
import { excelStrings } from "../domain/strings";
import { officeProblem } from "./excelErrors";
import { readWorkbook } from "./excelRead";
import { EXCEL_READ_LIMITS, type ReadLimits } from "./excelReadPlan";
import {
  findSettingsSheet,
  forgetLegacySettings,
  legacySettings,
  queueSettingsRead,
  queueSettingsWrite,
  settingsFromLoaded,
  type DocumentSettings,
} from "./excelSettings";
import { queueSheetContent, queueSheetCosmetics } from "./excelSheetWriter";
import type { ReadResult, WorkbookPort } from "./port";

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** Excel.run, in the two forms the adapter uses. */
export interface ExcelRun {
  <T>(options: Excel.RunOptions, batch: Batch<T>): Promise<T>;
  <T>(context: OfficeExtension.ClientRequestContext, batch: Batch<T>): Promise<T>;
}

/** The part of the global Office object the adapter uses: the document settings of earlier versions. */
export interface OfficeHost {
  context: { document: { settings: DocumentSettings } };
}

const DECIMAL = /^[+-]?\d+(\.\d+)?$/;
const TEXT_FORMAT = "@";

/** What one user-requested cell write puts into Range.formulas. */
export function cellInput(valueOrFormula: string): string | number {
  const trimmed = valueOrFormula.trim();
  if (trimmed.startsWith("=")) return trimmed;
  if (DECIMAL.test(trimmed)) return Number(trimmed);
  return `'${valueOrFormula}`;
}

export class ExcelWorkbook implements WorkbookPort {
  private readonly run: ExcelRun;
  private readonly office: OfficeHost;
  private readonly limits: ReadLimits;
  /** Worksheet.visibility by sheet name, as of the last read. */
  private visibility = new Map<string, string>();
  /** Sheets this adapter added whose content failed and which could not be removed at once. */
  private readonly leftovers = new Set<string>();

  /** Defaults to the globals Excel.run and Office; tests pass a fake Excel. */
  constructor(run?: ExcelRun, office?: OfficeHost, limits: ReadLimits = EXCEL_READ_LIMITS) {
    this.run = run ?? Excel.run;
    this.office = office ?? Office;
    this.limits = limits;
  }

  private batch<T>(batch: Batch<T>): Promise<T> {
    return this.run({ delayForCellEdit: true }, batch);
  }

  async readSheets(): Promise<ReadResult> {
    try {
      const read = await this.batch((context) => readWorkbook(context, this.limits));
      this.visibility = read.visibility;
      return read.notices.length > 0
        ? { ok: true, grids: read.grids, notices: read.notices }
        : { ok: true, grids: read.grids };
    } catch (error) {
      return { ok: false, error: { kind: "io", message: excelStrings.readFailed(officeProblem(error)) } };
    }
  }

  /**
   * Sync 1 loads the names (the new one never overwrites, and what a failed earlier add left is
   * removed); sync 2 adds the sheet with all its content; sync 3 records it in the settings as the
   * add-in's own; sync 4 makes it look right and shows it, and may fail without undoing the rest.
   */
  async addSheet(spec: SheetSpec): Promise<string> {
    const name = await this.batch(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      await context.sync();
      const names = await this.removeLeftovers(
        context,
        worksheets.items.map((s) => s.name)
      );
      const wanted = uniqueSheetName(spec.name, names);
      const settingsSheet = names.includes(SETTINGS_SHEET_NAME) ? worksheets.getItem(SETTINGS_SHEET_NAME) : undefined;
      const stored = settingsSheet && queueSettingsRead(settingsSheet);
      const sheet = worksheets.add(wanted);
      queueSheetContent(sheet, spec);
      try {
        await context.sync();
      } catch (error) {
        await this.removeHalfWritten(context, wanted);
        throw error;
      }
      const settings = stored ? settingsFromLoaded(stored) : {};
      queueSettingsWrite(context, settingsSheet, recordAddinSheet(settings, wanted, [...names, wanted]));
      await context.sync().catch(() => undefined); // unrecorded, the sheet is still the user's to keep
      queueSheetCosmetics(sheet, spec);
      sheet.activate();
      await context.sync().catch(() => undefined);
      return wanted;
    }).catch((error: unknown) => {
      throw new Error(excelStrings.addSheetFailed(spec.name, officeProblem(error)));
    });
    return name;
  }

  /** Deletes a sheet whose content could not be written, so that a retry gets the same name. */
  private async removeHalfWritten(context: Excel.RequestContext, name: string): Promise<void> {
    try {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      await context.sync();
      if (sheet.isNullObject) return; // the add itself failed: nothing to remove
      sheet.delete();
      await context.sync();
    } catch {
      this.leftovers.add(name); // removed at the next add, before a name is chosen
    }
  }

  /** Deletes what earlier failed adds left behind; returns the names that remain. */
  private async removeLeftovers(context: Excel.RequestContext, names: string[]): Promise<string[]> {
    const found = names.filter((n) => this.leftovers.has(n));
    this.leftovers.clear();
    if (found.length === 0) return names;
    for (const name of found) context.workbook.worksheets.getItem(name).delete();
    await context.sync().catch(() => found.forEach((n) => this.leftovers.add(n)));
    return names.filter((n) => !found.includes(n) || this.leftovers.has(n));
  }

  /** Activates the sheet and selects the cell; a hidden sheet is named instead of failing. */
  async select(sheet: string, address: string): Promise<void> {
    const hidden = async (): Promise<boolean> =>
      this.batch(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.load("visibility");
        await context.sync();
        this.visibility.set(sheet, worksheet.visibility);
        return worksheet.visibility !== "Visible";
      });
    const known = this.visibility.get(sheet);
    if (known !== undefined && known !== "Visible" && (await hidden().catch(() => true))) {
      throw new Error(excelStrings.hiddenSheet(sheet, address));
    }
    try {
      await this.batch(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        worksheet.getRange(address).select();
        await context.sync();
      });
    } catch (error) {
      if (await hidden().catch(() => false)) throw new Error(excelStrings.hiddenSheet(sheet, address));
      throw new Error(excelStrings.selectFailed(sheet, address, officeProblem(error)));
    }
  }

  /**
   * Exactly one cell: a formula as a formula, a decimal string as a number, anything else as text.
   * Sync 1 reads the cell's number format; a number or formula written into a Text-formatted ("@")
   * cell would stay text, so sync 2 sets General first, in the same batch as the write.
   */
  async writeCell(sheet: string, address: string, valueOrFormula: string): Promise<void> {
    const input = cellInput(valueOrFormula);
    try {
      await this.batch(async (context) => {
        const range = context.workbook.worksheets.getItem(sheet).getRange(address);
        range.load("numberFormat");
        await context.sync();
        const text = range.numberFormat?.[0]?.[0] === TEXT_FORMAT;
        if (text && (typeof input === "number" || input.startsWith("="))) range.numberFormat = [["General"]];
        range.formulas = [[input]];
        await context.sync();
      });
    } catch (error) {
      throw new Error(excelStrings.writeCellFailed(sheet, address, officeProblem(error)));
    }
  }

  /**
   * The settings sheet; without one, what an earlier version kept in the document settings, moved
   * into it (a move that fails leaves them where they were, and they are used as they are).
   */
  async loadSettings(): Promise<UserSettings> {
    try {
      return await this.batch(async (context) => {
        const sheet = await findSettingsSheet(context);
        if (sheet) {
          const used = queueSettingsRead(sheet);
          await context.sync();
          return settingsFromLoaded(used);
        }
        const legacy = legacySettings(this.office.context.document.settings);
        if (!legacy) return {};
        queueSettingsWrite(context, undefined, legacy);
        const moved = await context.sync().then(
          () => true,
          () => false // a read-only or protected workbook: use them where they are
        );
        if (moved) await forgetLegacySettings(this.office.context.document.settings);
        return legacy;
      });
    } catch (error) {
      // Without its settings the analysis would drop agreed deviations and keys without a word.
      throw new Error(excelStrings.settingsLoadFailed(officeProblem(error)));
    }
  }

  async saveSettings(settings: UserSettings): Promise<void> {
    try {
      await this.batch(async (context) => {
        const sheet = await findSettingsSheet(context);
        queueSettingsWrite(context, sheet, settings);
        await context.sync();
      });
    } catch (error) {
      throw new Error(excelStrings.settingsSaveFailed(officeProblem(error)));
    }
    if (legacySettings(this.office.context.document.settings)) {
      await forgetLegacySettings(this.office.context.document.settings);
    }
  }

  /**
   * WorksheetCollection.onChanged: one handler for every sheet, new ones included. Events the
   * add-in's own writes raised (triggerSource "ThisLocalAddin", ExcelApi 1.14) are not passed on.
   * The returned function removes the handler; it returns a promise that never rejects.
   */
  async onChanged(callback: () => void): Promise<() => void> {
    const registration = await this.batch(async (context) => {
      const result = context.workbook.worksheets.onChanged.add(async (event) => {
        if (event.triggerSource !== "ThisLocalAddin") callback();
      });
      await context.sync();
      return result;
    });
    return () =>
      this.run(registration.context, async (context) => {
        registration.remove();
        await context.sync();
      }).catch(() => undefined);
  }
}
