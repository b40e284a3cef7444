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
import { openWorkbookFile } from "./files";
import { checkOutput, fail, writeWorkbookCopy } from "./output";
import { localIsoNow } from "../domain/localTime";
import { terminalSafe } from "../domain/report/text";

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
export async function writeReport(file: string, out: string, force = false): Promise<number> {
  const refused = checkOutput(file, out, force, reportStrings.reportSameFile);
  if (refused) return fail(refused);
  const opened = await openWorkbookFile(file);
  if (!opened.ok) return fail(cliStrings.cannotRead(file, opened.message));
  for (const notice of opened.workbook.settingsNotices)
    process.stderr.write(terminalSafe(cliStrings.settingsNotice(file, notice)) + "\n");
  const analysis = analyzeWorkbook(opened.grids, opened.settings);
  const report = reportFor(path.basename(file), opened.grids, analysis, opened.settings);
  const name = await opened.workbook.addSheet(
    reportSheetSpec(
      report,
      opened.grids.map((g) => g.name)
    )
  );
  const written = await writeWorkbookCopy(file, out, opened.workbook, force, reportStrings.reportSameFile);
  if (!written.ok) return fail(written.message);
  process.stdout.write(terminalSafe(reportStrings.reportWritten(out, name)) + "\n");
  if (written.replaced) process.stdout.write(terminalSafe(cliStrings.outputReplaced(out)) + "\n");
  return countBySeverity(analysis.findings).error > 0 ? 1 : 0;
}
