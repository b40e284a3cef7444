// UserSettings in Excel: the same very hidden sheet the file adapter and the CLI read and write
// (domain/settings.ts), reached through worksheets. Settings that an older version of the add-in
// kept in Office.context.document.settings (visible to this add-in only) are moved into the sheet
// once, then removed there. Private helper of the Excel adapter.
import type { UserSettings } from "../domain/finding";
import { parseStoredSettings, settingsFromColumn, settingsSheetColumn, SETTINGS_SHEET_NAME } from "../domain/settings";

type Context = Excel.RequestContext;

/** The key under which earlier versions kept the settings as JSON in the document settings. */
export const LEGACY_SETTINGS_KEY = "finsamKontroll";

/** The part of Office.Settings the migration uses. */
export interface DocumentSettings {
  get(name: string): unknown;
  remove(name: string): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

/** The settings sheet, or a null object (one sync). */
export async function findSettingsSheet(context: Context): Promise<Excel.Worksheet | undefined> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET_NAME);
  await context.sync();
  return sheet.isNullObject ? undefined : sheet;
}

/** Queues a load of the settings sheet's column A; read it with settingsFromLoaded after the next sync. */
export function queueSettingsRead(sheet: Excel.Worksheet): Excel.Range {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values,rowIndex,columnIndex");
  return used;
}

/** The settings from a range queued by queueSettingsRead, after its sync. */
export function settingsFromLoaded(used: Excel.Range): UserSettings {
  if (used.isNullObject || used.columnIndex !== 0) return {};
  const column: unknown[] = Array.from({ length: used.rowIndex }, () => "");
  for (const row of used.values) column.push(row[0]);
  return settingsFromColumn(column);
}

/**
 * Queues the writes of the settings into the sheet (a new very hidden one when `sheet` is absent):
 * column A cleared, formatted as text (a JSON piece that starts with a digit or "=" stays text),
 * then A1 the explanation and A2 onward the JSON. No sync.
 */
export function queueSettingsWrite(context: Context, sheet: Excel.Worksheet | undefined, settings: UserSettings): void {
  let target = sheet;
  if (!target) {
    target = context.workbook.worksheets.add(SETTINGS_SHEET_NAME);
    target.visibility = "VeryHidden";
  } else {
    target.getRange("A:A").clear("Contents");
  }
  const column = settingsSheetColumn(settings);
  const range = target.getRange(`A1:A${column.length}`);
  range.numberFormat = column.map(() => ["@"]);
  range.values = column.map((text) => [text]);
}

/** The settings an earlier version left in the document settings, if any. */
export function legacySettings(document: DocumentSettings): UserSettings | undefined {
  let stored: unknown;
  try {
    stored = document.get(LEGACY_SETTINGS_KEY);
  } catch {
    return undefined;
  }
  return stored === null || stored === undefined ? undefined : parseStoredSettings(stored);
}

/** Removes the migrated settings from the document settings; a failure leaves them, harmlessly, in place. */
export function forgetLegacySettings(document: DocumentSettings): Promise<void> {
  return new Promise((resolve) => {
    try {
      document.remove(LEGACY_SETTINGS_KEY);
      document.saveAsync(() => resolve());
    } catch {
      resolve();
    }
  });
}
