// The report sheet: what it says, how it prints, and that adding it changes nothing else.
import ExcelJS from "exceljs";
import { analyzeWorkbook } from "../../../src/domain/analyze";
import { cellText, parseAddress, type Grid } from "../../../src/domain/grid";
import type { SheetSpec, SpecCell } from "../../../src/domain/sheetspec";
import { buildKontrollrapport } from "../../../src/domain/report/kontrollrapport";
import { reportSheetSpec } from "../../../src/domain/report/sheet";
import { fingerprintOf } from "../../../src/domain/report/fingerprint";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { gridsToXlsxBuffer, loadFixtureGrids } from "../../helpers/fixture";

const grids = loadFixtureGrids("seed000.built");
const analysis = analyzeWorkbook(grids);
const report = buildKontrollrapport({
  workbookName: "SOFINT VP 2018.xlsx",
  createdAt: "2024-11-05T14:32:07+01:00",
  version: "0.1.0",
  grids,
  ...analysis,
});
const spec = reportSheetSpec(
  report,
  grids.map((g) => g.name)
);

function rowOf(s: SheetSpec, row: number): Record<string, SpecCell> {
  const out: Record<string, SpecCell> = {};
  for (const cell of s.cells) {
    const at = parseAddress(cell.address);
    if (at?.row === row) out[cell.address.replace(/\d+$/, "")] = cell;
  }
  return out;
}

function rowWith(s: SheetSpec, column: string, text: string): Record<string, SpecCell> {
  const hit = s.cells.find((c) => c.address.startsWith(column) && c.value?.type === "string" && c.value.value === text);
  if (!hit) throw new Error(`no ${text} in column ${column}`);
  return rowOf(s, parseAddress(hit.address)!.row);
}

const value = (cell: SpecCell | undefined) => (cell?.value && "value" in cell.value ? cell.value.value : undefined);

test("named for the date, never an existing sheet", () => {
  expect(spec.name).toBe("Kontrollrapport 2024-11-05");
  expect(reportSheetSpec(report, ["Budget 2018", "kontrollrapport 2024-11-05"]).name).toBe(
    "Kontrollrapport 2024-11-05 (2)"
  );
});

test("set up for printing: A4 landscape, one page wide, the header row on every page", () => {
  expect(spec.print).toEqual({
    area: expect.stringMatching(/^A1:I\d+$/),
    fitToWidth: true,
    landscape: true,
    repeatRows: "1:1",
    paperSize: "A4",
  });
  expect(spec.columnWidths).toEqual({ 1: 16, 2: 64, 3: 30, 4: 10, 5: 12, 6: 14, 7: 14, 8: 14, 9: 26 });
  expect(value(rowOf(spec, 1).A)).toBe("Kontrollrapport för SOFINT VP 2018.xlsx, 2024-11-05 14:32 (UTC+01:00)");
});

test("the header block: workbook, date, version and fingerprint", () => {
  expect(value(rowWith(spec, "A", "Arbetsbok").B)).toBe("SOFINT VP 2018.xlsx");
  expect(value(rowWith(spec, "A", "Skapad").B)).toBe("2024-11-05 14:32 (UTC+01:00)");
  expect(value(rowWith(spec, "A", "Finsam Budgetkontroll, version").B)).toBe("0.1.0");
  expect(value(rowWith(spec, "A", "Fingeravtryck (SHA-256)").B)).toBe(report.fingerprint.digest);
  expect(value(rowWith(spec, "A", "Sammanfattning").B)).toBe("3 fel, 0 varningar, 8 upplysningar");
});

test("a check line and a finding line: the Swedish first, the rule id last", () => {
  const check = rowWith(spec, "I", "sum.mismatch");
  expect([value(check.A), value(check.B)]).toEqual(["1 fel", "En summa skiljer sig från summan av sina poster."]);
  expect(value(check.C)).toBe(
    "Budget 2018: B3:C10, B14:B17, B20:B22, B24:B25, B27:B29, B31:B32, B34, B36, B38:B39, B41:B42, B44:B45, B47:B50, B54:D54, B56:D63"
  );
  const finding = rowWith(spec, "D", "B49");
  expect([value(finding.A), value(finding.C), value(finding.E), value(finding.I)]).toEqual([
    "Fel",
    "Budget 2018",
    "2018",
    "sum.mismatch",
  ]);
  expect([value(finding.F), value(finding.G), value(finding.H)]).toEqual(["3212075", "4286000", "1073925"]);
  expect(finding.F.value?.type).toBe("number");
  expect(finding.F.numberFormat).toBe('#,##0 "kr";-#,##0 "kr"');
  // The difference stands in its own column (H), signed: the message does not repeat it unsigned.
  expect(value(finding.B)).toBe(
    "Summa kostnader 2018 är 4\u00a0286\u00a0000\u00a0kr men posterna summerar till 3\u00a0212\u00a0075\u00a0kr."
  );
});

test("the appendix holds the hashed lines, one a row, as text", () => {
  const first = report.fingerprint.figures[0];
  const line = rowWith(spec, "D", first.address);
  expect([value(line.C), value(line.D), value(line.E)]).toEqual([first.sheet, first.address, first.value]);
  expect(line.E.value?.type).toBe("string");
  const appendix = spec.cells.filter(
    (c) => c.address.startsWith("E") && parseAddress(c.address)!.row > parseAddress(line.E.address)!.row - 1
  );
  expect(appendix).toHaveLength(report.fingerprint.figures.length);
});

test("headings are bold", () => {
  expect(rowWith(spec, "A", "Anmärkningar").A.style?.bold).toBe(true);
  expect(rowWith(spec, "A", "Allvar").I.style).toMatchObject({ bold: true });
  expect(value(rowWith(spec, "A", "Allvar").B)).toBe("Beskrivning");
});

describe("written into a copy of the workbook", () => {
  let back: Grid[];
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    const workbook = new XlsxWorkbook(await gridsToXlsxBuffer(grids));
    const name = await workbook.addSheet(spec);
    expect(name).toBe("Kontrollrapport 2024-11-05");
    const bytes = await workbook.toBuffer();
    const read = await new XlsxWorkbook(bytes).readSheets();
    if (!read.ok) throw new Error(read.error.message);
    back = read.grids;
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    sheet = excel.getWorksheet(name)!;
  });

  test("the page setup reaches the file", () => {
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:1",
    });
    expect(sheet.getCell("A1").font?.bold).toBe(true);
  });

  test("the budget sheet is unchanged, cell for cell", () => {
    const before = grids[0].rows.map((r) => (r ?? []).map(cellText));
    const after = back[0].rows.map((r) => (r ?? []).map(cellText));
    expect(after).toEqual(before);
  });

  test("checking the copy again finds the same tables, findings and fingerprint: the report is no budget", () => {
    const again = analyzeWorkbook(back);
    expect(again.tables.map((t) => `${t.sheet}!${t.range}`)).toEqual(
      analysis.tables.map((t) => `${t.sheet}!${t.range}`)
    );
    expect(again.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual(
      analysis.findings.map((f) => `${f.rule} ${f.cell}`)
    );
    expect(fingerprintOf(again.tables, back).digest).toBe(report.fingerprint.digest);
  });
});
