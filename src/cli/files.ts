// Opening a workbook file for the CLI: bytes from disk, Grids and settings from the xlsx adapter.
import * as fs from "fs";
import type { Grid } from "../domain/grid";
import type { UserSettings } from "../domain/finding";
import { XlsxWorkbook } from "../workbook/xlsx";
import { fileErrorReason } from "./output";

export type OpenedFile =
  { ok: true; grids: Grid[]; settings: UserSettings; workbook: XlsxWorkbook } | { ok: false; message: string };

export async function openWorkbookFile(file: string): Promise<OpenedFile> {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    return { ok: false, message: fileErrorReason(err, false) };
  }
  const workbook = new XlsxWorkbook(bytes);
  const read = await workbook.readSheets();
  if (!read.ok) return { ok: false, message: read.error.message };
  const settings = await workbook.loadSettings();
  return { ok: true, grids: read.grids, settings, workbook };
}
