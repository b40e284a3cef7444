// UserSettings in the veryHidden settings sheet: A1 explains the sheet, A2 onward hold the JSON in
// chunks under Excel's 32 767 characters a cell. Written as a SheetSpec, read back from ExcelJS.
import type ExcelJS from "exceljs";
import type { UserSettings } from "../domain/finding";
import { parseStoredSettings } from "../domain/settings";
import type { SheetSpec } from "../domain/sheetspec";
import { readStrings } from "../domain/strings";
import { SETTINGS_SHEET_NAME } from "./xlsxRead";

/** Characters per settings cell: under Excel's limit of 32 767 a cell. */
export const SETTINGS_CHUNK = 30000;

/** Splits text into pieces of at most `size` characters, never between the halves of a surrogate pair. */
export function chunksOf(text: string, size: number): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < text.length;) {
    let end = Math.min(i + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    chunks.push(text.slice(i, end));
    i = end;
  }
  return chunks;
}

/**
 * The settings as JSON with "_x" written "_\u0078": the same JSON value, and no text that a reader
 * could take for Excel's _xHHHH_ character escape (a note may well contain "_x0041_").
 */
export function settingsJson(settings: UserSettings): string {
  return JSON.stringify(settings).replace(/_x/g, "_\\u0078");
}

/** The settings sheet as a SheetSpec. */
export function settingsSheetSpec(settings: UserSettings): SheetSpec {
  const cells: SheetSpec["cells"] = [
    { address: "A1", value: { type: "string", value: readStrings.settingsSheetExplanation } },
  ];
  chunksOf(settingsJson(settings), SETTINGS_CHUNK).forEach((chunk, i) =>
    cells.push({ address: `A${i + 2}`, value: { type: "string", value: chunk } })
  );
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
