// The Kontrollrapport as a new sheet, formatted for printing: A4 landscape, one page wide, the page
// header row repeated on every page, bold headings, wrapped descriptions. Never an existing name.
import { addinMarkerCell } from "../addinSheets";
import type { CellStyle, SheetSpec, SpecCell } from "../sheetspec";
import { figureValue, uniqueSheetName } from "../sheetspec";
import { address } from "../grid";
import { UNKNOWN_UNIT } from "../table";
import { reportStrings as S } from "../strings";
import type { Kontrollrapport, ReportCheck } from "./kontrollrapport";
import { reportDate } from "./kontrollrapport";

// The board reads the Swedish first: A severity/verdict, B what was found or checked (wrapped),
// C sheet or cells, D cell or range, E year or unit, F–H amounts, I the rule id for the record.
const WIDTHS: Record<number, number> = { 1: 16, 2: 64, 3: 30, 4: 10, 5: 12, 6: 14, 7: 14, 8: 14, 9: 26 };
const LAST_COLUMN = 9;
const HEADING: CellStyle = { bold: true };
const COLUMN_HEADER: CellStyle = { bold: true, fill: "D9E1F2", borderBottom: true, wrap: true };
const TEXT: CellStyle = { wrap: true };
const SEVERITY_COLOUR: Record<string, string> = { error: "C00000", warning: "9C5700", info: "1F4E79" };

class SheetWriter {
  readonly cells: SpecCell[] = [];
  row = 1;

  text(column: number, value: string, style?: CellStyle): void {
    if (value !== "")
      this.cells.push({
        address: address(this.row, column),
        value: { type: "string", value },
        ...(style ? { style } : {}),
      });
  }

  amount(column: number, value: string | undefined, unit: string | undefined): void {
    if (value === undefined) return;
    const whole = !value.includes(".");
    // A unit nothing states ("okänd") is no unit word after the figure.
    const word = unit && unit !== UNKNOWN_UNIT ? ` "${unit}"` : "";
    const format = `#,##0${whole ? "" : ".00"}${word};-#,##0${whole ? "" : ".00"}${word}`;
    this.cells.push({ address: address(this.row, column), value: figureValue(value), numberFormat: format });
  }

  headerRow(labels: [number, string][]): void {
    for (let c = 1; c <= LAST_COLUMN; c++) {
      const label = labels.find(([column]) => column === c)?.[1] ?? "";
      this.cells.push({
        address: address(this.row, c),
        ...(label ? { value: { type: "string", value: label } } : {}),
        style: COLUMN_HEADER,
      });
    }
    this.row++;
  }

  next(rows = 1): void {
    this.row += rows;
  }
}

/** The report sheet; existingSheets keeps the name from overwriting anything. */
export function reportSheetSpec(report: Kontrollrapport, existingSheets: readonly string[] = []): SheetSpec {
  const when = reportDate(report.createdAt);
  const w = new SheetWriter();
  w.text(1, S.pageHeader(report.workbook, when.dateTime), { bold: true, borderBottom: true });
  w.next();
  w.cells.push(addinMarkerCell(address(w.row, 1)));
  w.next();
  w.text(1, S.title, HEADING);
  w.next();
  for (const [label, value] of [
    [S.workbook, report.workbook],
    [S.createdAt, when.dateTime],
    [S.version, report.version],
    [S.fingerprint, report.fingerprint.digest],
  ]) {
    w.text(1, label, HEADING);
    w.text(2, value);
    w.next();
  }
  w.text(2, S.fingerprintNote(report.fingerprint.figures.length), TEXT);
  w.next();
  w.text(1, S.summary, HEADING);
  const t = report.totals;
  w.text(2, report.checked ? S.summaryLine(t.errors, t.warnings, t.infos) : S.nothingChecked);
  w.next();
  w.text(2, S.checksLine(t.checks, t.passed, t.notApplicable));
  w.next(2);
  writeTables(w, report);
  w.next();
  writeChecks(w, report.checks);
  w.next();
  writeFindings(w, report);
  w.next();
  writeFigures(w, report);
  const name = uniqueSheetName(S.sheetName(when.date), existingSheets);
  return {
    name,
    cells: w.cells,
    columnWidths: WIDTHS,
    print: { area: `A1:I${w.row}`, fitToWidth: true, landscape: true, repeatRows: "1:1", paperSize: "A4" },
  };
}

function writeTables(w: SheetWriter, report: Kontrollrapport): void {
  w.text(1, S.tablesHeading, HEADING);
  w.next();
  if (report.tables.length === 0) {
    w.text(1, S.noTables);
    w.next();
    return;
  }
  const H = S.tableHeaders;
  w.headerRow([
    [1, H.table],
    [2, `${H.years}; ${H.title.toLowerCase()}`],
    [3, H.sheet],
    [4, H.range],
    [5, H.unit],
    [6, H.figures],
  ]);
  report.tables.forEach((table, i) => {
    w.text(1, S.tableNumber(i + 1));
    const years = table.periods.map((p) => S.period(p.year, p.kind)).join(", ");
    w.text(2, table.title ? `${years}; ${table.title}` : years, TEXT);
    w.text(3, table.sheet, TEXT);
    w.text(4, table.range);
    w.text(5, table.unit);
    w.cells.push({ address: address(w.row, 6), value: { type: "number", value: String(table.figures) } });
    w.next();
  });
}

function cellsText(check: ReportCheck): string {
  if (check.cells.length === 0) return S.noCells;
  return check.cells.map((c) => `${c.sheet}: ${c.ranges.join(", ")}`).join("; ");
}

function writeChecks(w: SheetWriter, checks: ReportCheck[]): void {
  w.text(1, S.checksHeading, HEADING);
  w.next();
  const H = S.checkHeaders;
  w.headerRow([
    [1, H.verdict],
    [2, H.description],
    [3, H.cells],
    [9, H.rule],
  ]);
  for (const check of checks) {
    const colour =
      check.verdict === "errors"
        ? SEVERITY_COLOUR.error
        : check.verdict === "warnings"
          ? SEVERITY_COLOUR.warning
          : undefined;
    w.text(
      1,
      S.verdict(check.verdict, check.errors, check.warnings, check.infos),
      colour ? { bold: true, color: colour } : undefined
    );
    w.text(2, check.description, TEXT);
    w.text(3, cellsText(check), TEXT);
    w.text(9, check.rule);
    w.next();
  }
}

function writeFindings(w: SheetWriter, report: Kontrollrapport): void {
  w.text(1, S.findingsHeading, HEADING);
  w.next();
  if (report.findings.length === 0) {
    w.text(1, S.noFindings);
    w.next();
    return;
  }
  w.text(1, S.differenceNote);
  w.next();
  const H = S.findingHeaders;
  w.headerRow([
    [1, H.severity],
    [2, H.message],
    [3, H.sheet],
    [4, H.cell],
    [5, H.period],
    [6, H.expected],
    [7, H.actual],
    [8, H.difference],
    [9, H.rule],
  ]);
  for (const f of report.findings) {
    w.text(1, S.severity[f.severity], { bold: f.severity !== "info", color: SEVERITY_COLOUR[f.severity] });
    w.text(2, f.message, TEXT);
    w.text(3, f.sheet, TEXT);
    w.text(4, f.cell);
    if (f.period !== undefined)
      w.cells.push({ address: address(w.row, 5), value: { type: "number", value: String(f.period) } });
    w.amount(6, f.expected, f.unit);
    w.amount(7, f.actual, f.unit);
    w.amount(8, f.difference, f.unit);
    w.text(9, f.rule);
    w.next();
  }
}

/** The hashed lines, as text cells, so a tab-separated export of C:E is exactly what was hashed. */
function writeFigures(w: SheetWriter, report: Kontrollrapport): void {
  w.text(1, S.figuresHeading, HEADING);
  w.next();
  w.text(1, S.figuresNote);
  w.next();
  const H = S.figureHeaders;
  w.headerRow([
    [3, H.sheet],
    [4, H.cell],
    [5, H.value],
  ]);
  for (const f of report.fingerprint.figures) {
    w.text(3, f.sheet);
    w.text(4, f.address);
    w.text(5, f.value);
    w.next();
  }
}
