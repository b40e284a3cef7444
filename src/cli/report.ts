// --report OUT.xlsx and --format html: the Kontrollrapport from the CLI. The CLI owns the clock and
// reads the version from package.json; the engine gets both passed in. The input is never modified.
import * as fs from "fs";
import * as path from "path";
import { analyzeWorkbook, countBySeverity, type Analysis } from "../domain/analyze";
import type { UserSettings } from "../domain/finding";
import type { Grid } from "../domain/grid";
import { buildKontrollrapport, type Kontrollrapport } from "../domain/report/kontrollrapport";
import { reportSheetSpec } from "../domain/report/sheet";
import { cliStrings, reportStrings } from "../domain/strings";
import { fail, openWorkbookFile, samePath, writeCopy } from "./files";
import { localIsoNow } from "../domain/localTime";

/** The add-in's version from package.json (two levels up from src/cli and from lib/cli). */
export function packageVersion(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, "..", "..", "package.json"), "utf8")) as {
      version?: string;
    };
    return pkg.version ?? "";
  } catch {
    return "";
  }
}

export function reportFor(
  workbookName: string,
  grids: Grid[],
  analysis: Analysis,
  settings: UserSettings
): Kontrollrapport {
  return buildKontrollrapport({
    workbookName,
    createdAt: localIsoNow(new Date()),
    version: packageVersion(),
    grids,
    tables: analysis.tables,
    findings: analysis.findings,
    settings,
  });
}

/** Writes a copy of file with the report sheet added; exits as a check does (0, or 1 with an error). */
export async function writeReport(file: string, out: string): Promise<number> {
  if (samePath(file, out)) return fail(reportStrings.reportSameFile);
  const opened = await openWorkbookFile(file);
  if (!opened.ok) return fail(cliStrings.cannotRead(file, opened.message));
  const analysis = analyzeWorkbook(opened.grids, opened.settings);
  const report = reportFor(path.basename(file), opened.grids, analysis, opened.settings);
  const name = await opened.workbook.addSheet(
    reportSheetSpec(
      report,
      opened.grids.map((g) => g.name)
    )
  );
  const writeError = await writeCopy(opened.workbook, out);
  if (writeError) return fail(reportStrings.reportCannotWrite(out, writeError));
  process.stdout.write(reportStrings.reportWritten(out, name) + "\n");
  return countBySeverity(analysis.findings).error > 0 ? 1 : 0;
}
