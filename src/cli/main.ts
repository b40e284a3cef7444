// finsam-check: the CLI face of the engine. Reads .xlsx files and folders, prints tables and findings.
import * as fs from "fs";
import * as path from "path";
import { cliStrings, reportStrings } from "../domain/strings";
import { analyzeWorkbook, countBySeverity, type Analysis } from "../domain/analyze";
import { usedRange, rangeAddress } from "../domain/grid";
import { fileToText, terminalSafe } from "../domain/report/text";
import { filesToJson, tableToJson, otherTableToJson, findingToJson, type FileJson } from "../domain/report/json";
import { parseArgs, type CliOptions } from "./args";
import { openWorkbookFile, type OpenedFile } from "./files";
import { fingerprintOf } from "../domain/report/fingerprint";
import { fileErrorReason } from "./output";
import type { ReportEntry } from "../domain/report/html";
// Writing (--report, --prognosis) and the HTML report are loaded only by the runs that need them.

/** A line on stderr, with control and bidi characters shown as markers. */
function warn(message: string): void {
  process.stderr.write(terminalSafe(message) + "\n");
}

/** The libraries' own console warnings (English) go out in Swedish while the CLI runs, each once. */
function translateLibraryWarnings(): () => void {
  const original = console.warn;
  const said = new Set<string>();
  console.warn = (...args: unknown[]) => {
    const message = cliStrings.libraryWarning(args.map(String).join(" "));
    if (!said.has(message)) warn(message);
    said.add(message);
  };
  return () => {
    console.warn = original;
  };
}

export async function main(argv: string[]): Promise<number> {
  const restore = translateLibraryWarnings();
  try {
    return await run(argv);
  } finally {
    restore();
  }
}

async function run(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if ("error" in parsed) {
    warn(parsed.error);
    return 2;
  }
  if (parsed.help) {
    process.stdout.write(cliStrings.usage + "\n");
    return 0;
  }
  if (parsed.inputs.length === 0) {
    process.stderr.write(cliStrings.noFiles + "\n\n" + cliStrings.usage + "\n");
    return 2;
  }
  try {
    if (parsed.prognosis) return await runPrognosis(parsed);
    return parsed.report ? await runReport(parsed) : await runChecks(parsed);
  } catch (err) {
    // Last line of defence: a clear message, never a stack trace.
    warn(cliStrings.unexpected(err instanceof Error ? err.message : String(err)));
    return 2;
  }
}

async function runChecks(options: CliOptions): Promise<number> {
  const files = expandInputs(options.inputs);
  const results: FileJson[] = [];
  let unreadable = files.missing.length;
  for (const missing of files.missing) warn(missing);
  const texts: string[] = [];
  const reports: ReportEntry[] = [];
  const overview: string[] = [];
  for (const file of files.paths) {
    const opened = await openWorkbookFile(file);
    if (!opened.ok) {
      unreadable++;
      warn(cliStrings.cannotRead(file, opened.message));
      results.push({ file, error: opened.message, tables: [], findings: [] });
      if (options.format === "text")
        texts.push(fileToText({ file, error: opened.message, sheets: [], tables: [], findings: [] }));
      if (options.format === "html") reports.push({ file, error: opened.message });
      overview.push(reportStrings.overviewUnreadable(file));
      continue;
    }
    for (const notice of opened.workbook.settingsNotices) warn(cliStrings.settingsNotice(file, notice));
    const result = checkOpened(file, opened);
    results.push(result.json);
    if (options.format === "text") texts.push(result.text);
    if (options.format === "html") {
      const { reportFor } = await import("./report");
      reports.push({ report: reportFor(file, opened.grids, result.analysis, opened.settings) });
    }
    overview.push(overviewLine(file, result.analysis));
  }
  const findings = results.flatMap((r) => r.findings);
  const counts = countBySeverity(findings);
  if (options.format === "json") {
    process.stdout.write(filesToJson(results) + "\n");
  } else if (options.format === "html") {
    const { renderReportsHtml } = await import("../domain/report/html");
    process.stdout.write(renderReportsHtml(reports));
  } else {
    if (files.paths.length > 1) texts.push([reportStrings.overviewHeading, ...overview.map(terminalSafe)].join("\n"));
    if (files.paths.length > 1)
      texts.push(cliStrings.totalSummary(files.paths.length, unreadable, counts.error, counts.warning));
    process.stdout.write(texts.join("\n\n") + "\n");
  }
  if (unreadable > 0) return 2;
  return counts.error > 0 ? 1 : 0;
}

/** One line per file for the overview after several files. */
function overviewLine(file: string, analysis: Analysis): string {
  if (analysis.tables.length === 0) return reportStrings.overviewNoTables(file);
  const c = countBySeverity(analysis.findings);
  return reportStrings.overviewLine(file, c.error, c.warning, c.info);
}

function checkOpened(
  file: string,
  opened: OpenedFile & { ok: true }
): { json: FileJson; text: string; analysis: Analysis } {
  const analysis = analyzeWorkbook(opened.grids, opened.settings);
  const sheets = opened.grids.map((g) => {
    const used = usedRange(g);
    return { name: g.name, range: used ? rangeAddress(used) : null, hidden: Boolean(g.hidden) };
  });
  const fingerprint = fingerprintOf(analysis.tables, opened.grids);
  const json: FileJson = {
    file,
    checked: analysis.tables.length > 0,
    fingerprint: { algorithm: fingerprint.algorithm, digest: fingerprint.digest, figures: fingerprint.figures.length },
    sheets,
    tables: [...analysis.tables.map(tableToJson), ...analysis.others.map(otherTableToJson)],
    findings: analysis.findings.map(findingToJson),
  };
  const text = fileToText({ file, sheets, tables: analysis.tables, findings: analysis.findings });
  return { json, text, analysis };
}

/** Files named and every .xlsx under folders named, sorted, each once. */
export function expandInputs(inputs: string[]): { paths: string[]; missing: string[] } {
  const paths: string[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch (err) {
      missing.push(cliStrings.cannotRead(input, fileErrorReason(err, false)));
      continue;
    }
    if (stat.isDirectory()) {
      const found = walkXlsx(input);
      if (found.length === 0) missing.push(cliStrings.isEmptyFolder(input));
      paths.push(...found);
    } else {
      paths.push(input);
    }
  }
  return { paths: [...new Set(paths)], missing };
}

/**
 * Every .xlsx under dir. Directory links are not followed (no loops); an entry that is no regular
 * file (a FIFO named b.xlsx) is listed like the others, and openWorkbookFile refuses it from its
 * stat, so the rest of the folder is still checked.
 */
function walkXlsx(dir: string): string[] {
  const out: string[] = [];
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name, "sv"));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walkXlsx(full));
    else if (/\.xlsx$/i.test(entry.name) && !entry.name.startsWith("~$")) out.push(full);
  }
  return out;
}

async function runReport(options: CliOptions): Promise<number> {
  if (options.inputs.length !== 1) {
    warn(reportStrings.reportNeedsOneFile);
    return 2;
  }
  const { writeReport } = await import("./report");
  return writeReport(options.inputs[0], options.report ?? "", options.force);
}

async function runPrognosis(options: CliOptions): Promise<number> {
  if (options.inputs.length !== 1) {
    warn(cliStrings.prognosisNeedsOneFile);
    return 2;
  }
  const { writePrognosis } = await import("./prognosis");
  return writePrognosis(options.inputs[0], options);
}
