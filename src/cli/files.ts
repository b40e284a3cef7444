// Opening a workbook file for the CLI: bytes from disk, Grids and settings from the xlsx adapter.
import * as fs from "fs";
import * as path from "path";
import type { Grid } from "../domain/grid";
import type { UserSettings } from "../domain/finding";
import { XlsxWorkbook } from "../workbook/xlsx";
import { cliStrings } from "../domain/strings";

export type OpenedFile =
  { ok: true; grids: Grid[]; settings: UserSettings; workbook: XlsxWorkbook } | { ok: false; message: string };

export async function openWorkbookFile(file: string): Promise<OpenedFile> {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, message: code === "ENOENT" ? cliStrings.notFound : String((err as Error).message) };
  }
  const workbook = new XlsxWorkbook(bytes);
  const read = await workbook.readSheets();
  if (!read.ok) return { ok: false, message: read.error.message };
  const settings = await workbook.loadSettings();
  return { ok: true, grids: read.grids, settings, workbook };
}

/** True when two paths name the same file (after links), so a copy never lands on its source. */
export function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
}

/** A Swedish message on stderr and exit code 2. */
export function fail(message: string): number {
  process.stderr.write(message + "\n");
  return 2;
}

/** Writes the opened workbook, with what was added to it, as a copy at out; undefined or the error's text. */
export async function writeCopy(workbook: XlsxWorkbook, out: string): Promise<string | undefined> {
  try {
    fs.writeFileSync(out, await workbook.toBuffer());
    return undefined;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}
