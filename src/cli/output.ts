// Writing OUT safely: never onto the input (same file by any path, hard link or symbolic link),
// never over an existing file without --force, and never half: the bytes go to a temporary file
// beside OUT, are flushed to disk, and only then take OUT's name. A failure leaves OUT as it was.
import * as fs from "fs";
import * as path from "path";
import { terminalSafe } from "../domain/report/text";
import { cliStrings } from "../domain/strings";
import type { XlsxWorkbook } from "../workbook/xlsx";

export type WriteOutcome = { ok: true; replaced: boolean } | { ok: false; message: string };

function codeOf(err: unknown): string | undefined {
  return typeof err === "object" && err !== null && "code" in err ? String((err as { code: unknown }).code) : undefined;
}

/** Swedish words for a failed read or write, never the system's English text. */
export function fileErrorReason(err: unknown, writing: boolean): string {
  return cliStrings.fileError(codeOf(err), writing);
}

function statOf(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch (err) {
    if (codeOf(err) === "ENOENT") return undefined;
    throw err;
  }
}

/**
 * Whether OUT may be written for this input: undefined when it may, else the Swedish reason.
 * Checked before any work, and again when writing.
 */
export function checkOutput(input: string, out: string, force: boolean, sameFileMessage: string): string | undefined {
  try {
    const target = statOf(out);
    if (!target) return undefined;
    if (target.isDirectory()) return cliStrings.outputIsFolder(out);
    const source = statOf(input);
    if (source && source.dev === target.dev && source.ino === target.ino) return sameFileMessage;
    return force ? undefined : cliStrings.outputExists(out);
  } catch (err) {
    return cliStrings.cannotWrite(out, fileErrorReason(err, true));
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let written = 0; written < bytes.length;) {
    written += fs.writeSync(fd, bytes, written, bytes.length - written);
  }
}

/** A temporary name beside OUT: same folder, so that the final rename cannot cross disks. */
function temporaryName(out: string): string {
  const random = Math.random().toString(36).slice(2, 10);
  return path.join(path.dirname(out), `.finsam-${process.pid}-${random}.tmp`);
}

/** Moves the finished file to OUT: without --force never over a file that appeared meanwhile. */
function moveIntoPlace(temporary: string, out: string, force: boolean): boolean {
  const existed = fs.existsSync(out);
  if (force) {
    fs.renameSync(temporary, out);
    return existed;
  }
  try {
    // A hard link fails if OUT exists, where a rename would replace it.
    fs.linkSync(temporary, out);
    fs.unlinkSync(temporary);
    return false;
  } catch (err) {
    const code = codeOf(err);
    if (code === "EEXIST") throw Object.assign(new Error("exists"), { code: "EEXIST" });
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "EXDEV" && code !== "EMLINK")
      throw err;
    // A file system without hard links (FAT, some network shares): check, then rename.
    if (fs.existsSync(out)) throw Object.assign(new Error("exists"), { code: "EEXIST" });
    fs.renameSync(temporary, out);
    return false;
  }
}

/** Writes OUT from bytes; on failure removes its temporary file and leaves OUT untouched. */
export function writeOutput(
  input: string,
  out: string,
  bytes: Uint8Array,
  force: boolean,
  sameFileMessage: string
): WriteOutcome {
  const refused = checkOutput(input, out, force, sameFileMessage);
  if (refused) return { ok: false, message: refused };
  const temporary = temporaryName(out);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temporary, "wx", 0o666);
    writeAll(fd, bytes);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    const mode = statOf(out)?.mode;
    if (mode !== undefined) fs.chmodSync(temporary, mode & 0o777);
    return { ok: true, replaced: moveIntoPlace(temporary, out, force) };
  } catch (err) {
    try {
      if (fd !== undefined) fs.closeSync(fd);
      fs.rmSync(temporary, { force: true });
    } catch {
      // The temporary file could not be removed either; OUT itself is untouched.
    }
    if (codeOf(err) === "EEXIST") return { ok: false, message: cliStrings.outputExists(out) };
    return { ok: false, message: cliStrings.cannotWrite(out, fileErrorReason(err, true)) };
  }
}

/** A Swedish message on stderr (controls shown as markers) and exit code 2. */
export function fail(message: string): number {
  process.stderr.write(terminalSafe(message) + "\n");
  return 2;
}

/** The opened workbook, with what was added to it, written as a copy at OUT. */
export async function writeWorkbookCopy(
  input: string,
  out: string,
  workbook: XlsxWorkbook,
  force: boolean,
  sameFileMessage: string
): Promise<WriteOutcome> {
  // Excel opens a macro workbook only as .xlsm, and an .xlsx one only as .xlsx.
  const macro = await workbook.isMacroEnabled();
  if (macro && !/\.xlsm$/i.test(out)) return { ok: false, message: cliStrings.macroNeedsXlsm(out) };
  if (!macro && /\.xlsm$/i.test(out)) return { ok: false, message: cliStrings.xlsxNeedsXlsx(out) };
  let bytes: Uint8Array;
  try {
    bytes = await workbook.toBuffer();
  } catch (err) {
    return { ok: false, message: cliStrings.cannotWrite(out, err instanceof Error ? err.message : String(err)) };
  }
  return writeOutput(input, out, bytes, force, sameFileMessage);
}
