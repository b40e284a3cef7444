// UserSettings in the veryHidden settings sheet: A1 explains the sheet, A2 onward hold the JSON in
// chunks under Excel's 32 767 characters a cell. Written as a SheetSpec, read back from ExcelJS.
import type ExcelJS from "exceljs";
import type { UserSettings } from "../domain/finding";
import { parseStoredSettings, settingsSheetColumn, SETTINGS_SHEET_NAME } from "../domain/settings";
import type { SheetSpec } from "../domain/sheetspec";

/** The settings sheet as a SheetSpec. */
export function settingsSheetSpec(settings: UserSettings): SheetSpec {
  const cells: SheetSpec["cells"] = settingsSheetColumn(settings).map((text, i) => ({
    address: `A${i + 1}`,
    value: { type: "string", value: text },
  }));
  return { name: SETTINGS_SHEET_NAME, cells };
}

/**
 * The settings stored in the settings sheet of a loaded workbook; empty settings when there are
 * none or they are unreadable. Values out of their bounds are dropped, each with a notice.
 */
export function readSettingsSheet(workbook: ExcelJS.Workbook, sheetName: string, notices?: string[]): UserSettings {
  const ws = workbook.getWorksheet(sheetName);
  if (!ws) return {};
  let json = "";
  for (let row = 2; row <= ws.rowCount; row++) {
    const value = ws.getCell(row, 1).value;
    if (typeof value !== "string") break;
    json += value;
  }
  return parseStoredSettings(json, notices);
}
