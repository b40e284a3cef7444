// WorkbookPort over Office.js: the only module (with its private helpers excelGrid, excelSheetWriter
// and excelSettings) that calls Excel.run. Reads are batched: one load of every sheet's used range,
// and at most two context.sync() calls whatever the number of sheets.
import { uniqueSheetName, type SheetSpec } from "../domain/sheetspec";
import type { UserSettings } from "../domain/finding";
import { excelStrings } from "../domain/strings";
import { sheetToGrid, type LoadedCellFormat } from "./excelGrid";
import { queueSheetSpec } from "./excelSheetWriter";
import { loadDocumentSettings, saveDocumentSettings, type DocumentSettings } from "./excelSettings";
import type { ReadResult, WorkbookPort } from "./port";

/** Excel.run, in the two forms the adapter uses. */
export interface ExcelRun {
  <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  <T>(context: OfficeExtension.ClientRequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

type AsyncCallback = (result: Office.AsyncResult<void>) => void;

/** The part of the global Office object the adapter uses. */
export interface OfficeHost {
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    document: {
      settings: DocumentSettings;
      addHandlerAsync(eventType: Office.EventType, handler: () => void, callback?: AsyncCallback): void;
      removeHandlerAsync(
        eventType: Office.EventType,
        options?: { handler?: () => void },
        callback?: AsyncCallback
      ): void;
    };
  };
  AsyncResultStatus: typeof Office.AsyncResultStatus;
  EventType: typeof Office.EventType;
}

const DECIMAL = /^[+-]?\d+(\.\d+)?$/;

/** An Office error → a short detail for a Swedish message ("ItemNotFound: …"). */
function errorDetail(error: unknown): string {
  if (typeof error === "object" && error !== null) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    if (typeof code === "string" && typeof message === "string") return `${code}: ${message}`;
    if (typeof message === "string" && message !== "") return message;
  }
  return excelStrings.unknownError;
}

/** What one user-requested cell write puts into Range.formulas. */
export function cellInput(valueOrFormula: string): string | number {
  const trimmed = valueOrFormula.trim();
  if (trimmed.startsWith("=")) return trimmed;
  if (DECIMAL.test(trimmed)) return Number(trimmed);
  return `'${valueOrFormula}`;
}

interface QueuedSheet {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  cells?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  rows?: OfficeExtension.ClientResult<Excel.RowProperties[]>;
  columns?: OfficeExtension.ClientResult<Excel.ColumnProperties[]>;
  merged?: Excel.RangeAreas;
}

function cellFormats(properties: Excel.CellProperties[][]): LoadedCellFormat[][] {
  return properties.map((row) => row.map((p) => ({ bold: p.format?.font?.bold, indent: p.format?.indentLevel })));
}

export class ExcelWorkbook implements WorkbookPort {
  private readonly run: ExcelRun;
  private readonly office: OfficeHost;

  /** Defaults to the globals Excel.run and Office; tests pass office-addin-mock objects. */
  constructor(run?: ExcelRun, office?: OfficeHost) {
    this.run = run ?? Excel.run;
    this.office = office ?? Office;
  }

  private supports(version: string): boolean {
    try {
      return this.office.context.requirements.isSetSupported("ExcelApi", version);
    } catch {
      return false;
    }
  }

  /**
   * Sync 1 loads the sheet list (name, visibility, protection); sync 2 loads every used range,
   * queued for all sheets before it. Worksheet.getUsedRange(true) is used rather than the
   * OrNullObject variant: on a blank sheet it returns A1 instead of a null object, so the
   * per-cell queries below never run on a null object; a blank A1 reads as an empty Grid.
   * valuesOnly = true: cells with only formatting do not widen the range.
   */
  async readSheets(): Promise<ReadResult> {
    const withCellProperties = this.supports("1.9");
    const withMerges = this.supports("1.13");
    try {
      const grids = await this.run(async (context) => {
        const worksheets = context.workbook.worksheets;
        worksheets.load("items/name,items/visibility,items/protection/protected");
        await context.sync();
        const queued = worksheets.items.map((sheet): QueuedSheet => {
          const used = sheet.getUsedRange(true);
          used.load("address,values,formulas,numberFormat,valueTypes");
          const q: QueuedSheet = { sheet, used };
          if (withCellProperties) {
            q.cells = used.getCellProperties({ format: { font: { bold: true }, indentLevel: true } });
            q.rows = used.getRowProperties({ rowHidden: true });
            q.columns = used.getColumnProperties({ columnHidden: true });
          }
          if (withMerges) {
            q.merged = used.getMergedAreasOrNullObject();
            q.merged.load("address");
          }
          return q;
        });
        await context.sync();
        return queued.map((q) =>
          sheetToGrid({
            name: q.sheet.name,
            visibility: q.sheet.visibility,
            protected: q.sheet.protection.protected,
            address: q.used.address,
            values: q.used.values,
            formulas: q.used.formulas,
            numberFormat: q.used.numberFormat,
            valueTypes: q.used.valueTypes,
            cellFormats: q.cells && cellFormats(q.cells.value),
            rowHidden: q.rows?.value.map((r) => r.rowHidden === true),
            columnHidden: q.columns?.value.map((c) => c.columnHidden === true),
            mergedAddress: q.merged && !q.merged.isNullObject ? q.merged.address : undefined,
          })
        );
      });
      return { ok: true, grids };
    } catch (error) {
      return { ok: false, error: { kind: "io", message: excelStrings.readFailed(errorDetail(error)) } };
    }
  }

  /** Sync 1 loads the existing names (for a name that never overwrites); sync 2 writes the whole sheet. */
  async addSheet(spec: SheetSpec): Promise<string> {
    const api19 = this.supports("1.9");
    try {
      return await this.run(async (context) => {
        const worksheets = context.workbook.worksheets;
        worksheets.load("items/name");
        await context.sync();
        const name = uniqueSheetName(
          spec.name,
          worksheets.items.map((s) => s.name)
        );
        const sheet = worksheets.add(name);
        queueSheetSpec(sheet, spec, { api19 });
        sheet.activate();
        await context.sync();
        return name;
      });
    } catch (error) {
      throw new Error(excelStrings.addSheetFailed(spec.name, errorDetail(error)));
    }
  }

  async select(sheet: string, address: string): Promise<void> {
    try {
      await this.run(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        worksheet.getRange(address).select();
        await context.sync();
      });
    } catch (error) {
      throw new Error(excelStrings.selectFailed(sheet, address, errorDetail(error)));
    }
  }

  /** Exactly one cell: a formula as a formula, a decimal string as a number, anything else as text. */
  async writeCell(sheet: string, address: string, valueOrFormula: string): Promise<void> {
    try {
      await this.run(async (context) => {
        const range = context.workbook.worksheets.getItem(sheet).getRange(address);
        range.formulas = [[cellInput(valueOrFormula)]];
        await context.sync();
      });
    } catch (error) {
      throw new Error(excelStrings.writeCellFailed(sheet, address, errorDetail(error)));
    }
  }

  async loadSettings(): Promise<UserSettings> {
    try {
      return loadDocumentSettings(this.office.context.document.settings);
    } catch {
      return {};
    }
  }

  async saveSettings(settings: UserSettings): Promise<void> {
    try {
      await saveDocumentSettings(this.office.context.document.settings, settings, this.office.AsyncResultStatus.Failed);
    } catch (error) {
      throw new Error(excelStrings.settingsSaveFailed(errorDetail(error)));
    }
  }

  /**
   * ExcelApi 1.9: WorksheetCollection.onChanged, one handler for every sheet, new ones included.
   * Older hosts: the common API's DocumentSelectionChanged, which fires as the user moves on from
   * an edited cell (Enter, Tab, a click); coarser, and the caller debounces either way.
   * The returned function removes the handler; it returns a promise that never rejects.
   */
  async onChanged(callback: () => void): Promise<() => void> {
    if (this.supports("1.9")) {
      const registration = await this.run(async (context) => {
        const result = context.workbook.worksheets.onChanged.add(async () => callback());
        await context.sync();
        return result;
      });
      return () =>
        this.run(registration.context, async (context) => {
          registration.remove();
          await context.sync();
        }).catch(() => undefined);
    }
    const document = this.office.context.document;
    const eventType = this.office.EventType.DocumentSelectionChanged;
    const handler = (): void => callback();
    await new Promise<void>((resolve) => document.addHandlerAsync(eventType, handler, () => resolve()));
    return () => new Promise<void>((resolve) => document.removeHandlerAsync(eventType, { handler }, () => resolve()));
  }
}
