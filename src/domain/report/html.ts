// The Kontrollrapport as one self-contained HTML file: Swedish, lang="sv", inline CSS (print included),
// no script, nothing fetched. Every text from the workbook is escaped.
import Decimal from "decimal.js";
import { formatAmount } from "../amount";
import { reportStrings as S } from "../strings";
import type { Unit } from "../table";
import type { Kontrollrapport, ReportCheck, ReportFinding } from "./kontrollrapport";
import { reportDate } from "./kontrollrapport";

const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif; font-size: 10.5pt;
  color: #1b1b1b; background: #fff; margin: 0; padding: 24px 32px; line-height: 1.4; }
h1 { font-size: 18pt; margin: 0 0 4px; }
h2 { font-size: 13pt; margin: 24px 0 8px; border-bottom: 2px solid #1f4e79; padding-bottom: 2px; }
section.file + section.file { margin-top: 40px; border-top: 3px double #1f4e79; padding-top: 16px; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; }
.digest { font-family: "Cascadia Mono", Consolas, "DejaVu Sans Mono", monospace; overflow-wrap: anywhere; }
.note { color: #444; font-size: 9.5pt; }
.wide { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 8px; }
nav.contents li, p.total { overflow-wrap: anywhere; }
th, td { border: 1px solid #c8c8c8; padding: 3px 6px; vertical-align: top; text-align: left; }
th { background: #d9e1f2; font-weight: 600; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.code, td.cell { white-space: nowrap; }
.sev-error, .verdict-errors { color: #c00000; font-weight: 600; }
.sev-warning, .verdict-warnings { color: #9c5700; font-weight: 600; }
.sev-info { color: #1f4e79; }
.verdict-passed { color: #107c10; }
.verdict-not-applicable { color: #666; }
.error { color: #c00000; font-weight: 600; }
table.figures { width: auto; }
table.figures td { font-family: "Cascadia Mono", Consolas, "DejaVu Sans Mono", monospace; font-size: 9pt; }
@media screen and (max-width: 640px) {
  body { padding: 12px; }
  dl.meta { grid-template-columns: 1fr; }
  dl.meta dd { margin-bottom: 6px; }
}
@page { size: A4 landscape; margin: 14mm 12mm; }
@media print {
  body { padding: 0; font-size: 9pt; }
  h2 { break-after: avoid; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  section.file + section.file { break-before: page; border-top: none; margin-top: 0; }
  nav.contents { display: none; }
  .wide { overflow: visible; }
}
`;

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c
  );
}

function money(value: string | undefined, unit: Unit | undefined): string {
  if (value === undefined) return "";
  return escapeHtml(formatAmount(new Decimal(value), unit));
}

function row(cells: string[]): string {
  return `<tr>${cells.join("")}</tr>`;
}

function td(html: string, className?: string): string {
  return className ? `<td class="${className}">${html}</td>` : `<td>${html}</td>`;
}

function thead(labels: string[]): string {
  return `<thead><tr>${labels.map((l) => `<th scope="col">${escapeHtml(l)}</th>`).join("")}</tr></thead>`;
}

function metaBlock(report: Kontrollrapport): string {
  const when = reportDate(report.createdAt);
  const t = report.totals;
  const items: [string, string][] = [
    [S.workbook, escapeHtml(report.workbook)],
    [S.createdAt, escapeHtml(when.dateTime)],
    [S.version, escapeHtml(report.version)],
    [
      S.fingerprint,
      `<span class="digest">${escapeHtml(report.fingerprint.digest)}</span><br><span class="note">${escapeHtml(S.fingerprintNote(report.fingerprint.figures.length))}</span>`,
    ],
    [S.summary, `${escapeHtml(summaryOf(report))}<br>${escapeHtml(S.checksLine(t.checks, t.passed, t.notApplicable))}`],
  ];
  return `<dl class="meta">${items.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`).join("")}</dl>`;
}

function tablesBlock(report: Kontrollrapport): string {
  const heading = `<h2>${escapeHtml(S.tablesHeading)}</h2>`;
  if (report.tables.length === 0) return `${heading}<p>${escapeHtml(S.noTables)}</p>`;
  const H = S.tableHeaders;
  const body = report.tables.map((t, i) =>
    row([
      td(escapeHtml(S.tableNumber(i + 1)), "code"),
      td(escapeHtml(t.sheet)),
      td(escapeHtml(t.range), "cell"),
      td(escapeHtml(t.periods.map((p) => S.period(p.year, p.kind)).join(", "))),
      td(escapeHtml(t.unit)),
      td(String(t.figures), "num"),
      td(escapeHtml(t.title ?? "")),
    ])
  );
  return `${heading}${wide(`<table>${thead([H.table, H.sheet, H.range, H.years, H.unit, H.figures, H.title])}<tbody>${body.join("")}</tbody></table>`)}`;
}

function checkCells(check: ReportCheck): string {
  if (check.cells.length === 0) return escapeHtml(S.noCells);
  return check.cells.map((c) => `${escapeHtml(c.sheet)}: ${escapeHtml(c.ranges.join(", "))}`).join("<br>");
}

function checksBlock(report: Kontrollrapport): string {
  const H = S.checkHeaders;
  const body = report.checks.map((c) =>
    row([
      td(escapeHtml(S.verdict(c.verdict, c.errors, c.warnings, c.infos)), `verdict-${c.verdict}`),
      td(escapeHtml(c.description)),
      td(checkCells(c)),
      td(escapeHtml(c.rule), "code"),
    ])
  );
  const table = `<table>${thead([H.verdict, H.description, H.cells, H.rule])}<tbody>${body.join("")}</tbody></table>`;
  return `<h2>${escapeHtml(S.checksHeading)}</h2>${wide(table)}`;
}

function findingRow(f: ReportFinding): string {
  return row([
    td(escapeHtml(S.severity[f.severity]), `sev-${f.severity}`),
    td(escapeHtml(f.message)),
    td(escapeHtml(f.sheet)),
    td(escapeHtml(f.cell), "cell"),
    td(f.period === undefined ? "" : String(f.period), "num"),
    td(money(f.expected, f.unit), "num"),
    td(money(f.actual, f.unit), "num"),
    td(money(f.difference, f.unit), "num"),
    td(escapeHtml(f.rule), "code"),
  ]);
}

function findingsBlock(report: Kontrollrapport): string {
  const heading = `<h2>${escapeHtml(S.findingsHeading)}</h2>`;
  if (report.findings.length === 0) return `${heading}<p>${escapeHtml(S.noFindings)}</p>`;
  const H = S.findingHeaders;
  const head = thead([H.severity, H.message, H.sheet, H.cell, H.period, H.expected, H.actual, H.difference, H.rule]);
  const table = `<table>${head}<tbody>${report.findings.map(findingRow).join("")}</tbody></table>`;
  return `${heading}<p class="note">${escapeHtml(S.differenceNote)}</p>${wide(table)}`;
}

function figuresBlock(report: Kontrollrapport): string {
  const H = S.figureHeaders;
  const body = report.fingerprint.figures.map((f) =>
    row([td(escapeHtml(f.sheet)), td(escapeHtml(f.address)), td(escapeHtml(f.value), "num")])
  );
  return (
    `<h2>${escapeHtml(S.figuresHeading)}</h2><p class="note">${escapeHtml(S.figuresNote)}</p>` +
    wide(`<table class="figures">${thead([H.sheet, H.cell, H.value])}<tbody>${body.join("")}</tbody></table>`)
  );
}

/** A table that may scroll sideways on a narrow screen instead of widening the page. */
function wide(table: string): string {
  return `<div class="wide">${table}</div>`;
}

/** "C:\budgetar\Älv 2020.xlsx" or "budgetar/Älv 2020.xlsx" → "Älv 2020.xlsx": titles name the file, not the path. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

/** "3 fel, 0 varningar, 8 upplysningar", or that nothing was checked: a workbook with no budget is no clean pass. */
function summaryOf(report: Kontrollrapport): string {
  const t = report.totals;
  return report.checked ? S.summaryLine(t.errors, t.warnings, t.infos) : S.nothingChecked;
}

/** One workbook's report as a section (an h1 and its parts). */
export function renderReportSection(report: Kontrollrapport, id?: string): string {
  return (
    `<section class="file"${id ? ` id="${escapeHtml(id)}"` : ""}><h1>${escapeHtml(S.htmlTitle(fileName(report.workbook)))}</h1>` +
    metaBlock(report) +
    tablesBlock(report) +
    checksBlock(report) +
    findingsBlock(report) +
    figuresBlock(report) +
    `</section>`
  );
}

function documentOf(title: string, body: string): string {
  return (
    `<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">\n` +
    `<title>${escapeHtml(title)}</title>\n<style>${CSS}</style>\n</head>\n<body>\n${body}\n</body>\n</html>\n`
  );
}

export function renderReportHtml(report: Kontrollrapport): string {
  return documentOf(S.htmlTitle(fileName(report.workbook)), renderReportSection(report));
}

export type ReportEntry = { report: Kontrollrapport } | { file: string; error: string };

/** Several workbooks in one document: a table of contents, then a section per file. */
export function renderReportsHtml(entries: ReportEntry[]): string {
  if (entries.length === 1 && "report" in entries[0]) return renderReportHtml(entries[0].report);
  const sections = entries.map((e, i) =>
    "report" in e
      ? renderReportSection(e.report, `fil-${i + 1}`)
      : `<section class="file" id="fil-${i + 1}"><h1>${escapeHtml(fileName(e.file))}</h1><p class="error">${escapeHtml(S.htmlReadError(e.file, e.error))}</p></section>`
  );
  const contents = entries.map((e, i) => {
    // The contents keep the path: two files of one name in different folders stay apart.
    const name = "report" in e ? e.report.workbook : e.file;
    const summary = "report" in e ? summaryOf(e.report) : S.unreadable;
    return `<li><a href="#fil-${i + 1}">${escapeHtml(name)}</a> – ${escapeHtml(summary)}</li>`;
  });
  const title = S.htmlCollectionTitle(entries.length);
  const nav = `<nav class="contents" aria-labelledby="innehall"><h2 id="innehall">${escapeHtml(S.htmlContents)}</h2><ol>${contents.join("")}</ol></nav>`;
  const head = `<header><h1>${escapeHtml(title)}</h1><p class="total">${escapeHtml(collectionTotal(entries))}</p></header>`;
  return documentOf(title, head + nav + sections.join("\n"));
}

/** The folder's totals: findings over the workbooks checked, and those with no budget or unreadable. */
function collectionTotal(entries: ReportEntry[]): string {
  const reports = entries.flatMap((e) => ("report" in e ? [e.report] : []));
  const checked = reports.filter((r) => r.checked);
  const sum = (key: "errors" | "warnings" | "infos") => checked.reduce((n, r) => n + r.totals[key], 0);
  return S.htmlCollectionTotal(
    entries.length,
    sum("errors"),
    sum("warnings"),
    sum("infos"),
    reports.length - checked.length,
    entries.length - reports.length
  );
}
