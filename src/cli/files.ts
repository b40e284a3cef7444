// Opening a workbook file for the CLI: bytes from disk, Grids and settings from the xlsx adapter.
import * as fs from "fs";
import type { Grid } from "../domain/grid";
import type { UserSettings } from "../domain/finding";
import { XlsxWorkbook } from "../workbook/xlsx";
import { zlibInflater } from "../workbook/inflateNode";
import { DEFAULT_LIMITS, type ReadLimits } from "../workbook/xlsxLimits";
import { cliStrings, readStrings } from "../domain/strings";
import { fileErrorReason } from "./output";

export type OpenedFile =
  { ok: true; grids: Grid[]; settings: UserSettings; workbook: XlsxWorkbook } | { ok: false; message: string };

export async function openWorkbookFile(file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<OpenedFile> {
  const bytes = readRegularFile(file, limits);
  if (typeof bytes === "string") return { ok: false, message: bytes };
  const workbook = new XlsxWorkbook(bytes, { inflate: zlibInflater, limits });
  const read = await workbook.readSheets();
  if (!read.ok) return { ok: false, message: read.error.message };
  const settings = await workbook.loadSettings();
  return { ok: true, grids: read.grids, settings, workbook };
}

/**
 * The bytes of a regular file within the size limit, or a Swedish reason. A device, FIFO or socket
 * is refused from its stat, before it is opened (reading /dev/zero never ends; opening a FIFO waits
 * for a writer); the file is opened non-blocking and checked again, in case it changed in between.
 */
function readRegularFile(file: string, limits: ReadLimits): Buffer | string {
  let fd: number | undefined;
  try {
    const problem = regularFileProblem(fs.statSync(file), limits);
    if (problem) return problem;
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const stat = fs.fstatSync(fd);
    const changed = regularFileProblem(stat, limits);
    if (changed) return changed;
    const bytes = Buffer.alloc(stat.size);
    let length = 0;
    while (length < bytes.length) {
      const read = fs.readSync(fd, bytes, length, bytes.length - length, length);
      if (read === 0) break;
      length += read;
    }
    return length === bytes.length ? bytes : bytes.subarray(0, length);
  } catch (err) {
    return fileErrorReason(err, false);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function regularFileProblem(stat: fs.Stats, limits: ReadLimits): string | undefined {
  if (!stat.isFile()) return cliStrings.notRegularFile;
  if (stat.size > limits.fileBytes) return readStrings.fileTooLarge(stat.size, limits.fileBytes);
  return undefined;
}
