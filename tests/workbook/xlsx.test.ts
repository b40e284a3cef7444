import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Grid } from "../../src/domain/grid";
import type { SheetSpec } from "../../src/domain/sheetspec";
import { readStrings } from "../../src/domain/strings";
import type { ReadResult } from "../../src/workbook/port";
import { readXlsx, SETTINGS_SHEET_NAME, UNRESOLVED_SHARED_FORMULA, XlsxWorkbook } from "../../src/workbook/xlsx";
import { readXlsx as readXlsxThroughExcelJS } from "../helpers/exceljsReader";

/** The reader, and the former ExcelJS path it replaces: the same reading tests run against both. */
const READERS: [string, (bytes: Uint8Array | ArrayBuffer) => Promise<ReadResult>][] = [
  ["the reader", readXlsx],
  ["the former ExcelJS path", readXlsxThroughExcelJS],
];

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as unknown as ArrayBuffer);
}

async function loadExcel(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** A workbook with one of everything the reader must understand. */
async function sampleWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Budget 2024");
  ws.getCell("A1").value = "BUDGET 2024";
  ws.getCell("A1").font = { bold: true };
  ws.getCell("B1").value = 2024;
  ws.getCell("A2").value = "Medlemsbidrag";
  ws.getCell("A2").alignment = { indent: 1 };
  ws.getCell("B2").value = 4000000;
  ws.getCell("B2").numFmt = "# ##0";
  ws.getCell("A3").value = "Sjuklöneersättning";
  ws.getCell("B3").value = "1 855 250";
  ws.getCell("A4").value = { richText: [{ text: "Summa " }, { text: "intäkter", font: { italic: true } }] };
  ws.getCell("A4").font = { bold: true };
  ws.getCell("B4").value = { formula: "SUM(B2:B3)", result: 4000000 };
  ws.getCell("B4").font = { bold: true };
  // ExcelJS takes shareType/ref for a shared master though its types do not list them.
  ws.getCell("C2").value = {
    formula: "B2/2",
    result: 2000000,
    shareType: "shared",
    ref: "C2:C4",
  } as ExcelJS.CellFormulaValue;
  ws.getCell("C3").value = { sharedFormula: "C2", result: { error: "#VALUE!" } };
  ws.getCell("C4").value = { sharedFormula: "C2", result: 2000000 };
  ws.getCell("D2").value = { error: "#REF!" };
  ws.getCell("D3").value = { formula: "B2/0", result: { error: "#DIV/0!" } };
  ws.getCell("D4").value = { formula: "FOO(B2)", result: { error: "#NAME?" } };
  ws.getCell("D5").value = { formula: "NA()", result: { error: "#N/A" } };
  ws.getCell("D6").value = { error: "#VALUE!" };
  ws.getCell("E1").value = true;
  ws.getCell("E2").value = new Date(Date.UTC(2024, 0, 31));
  ws.getCell("E2").numFmt = "yyyy-mm-dd";
  ws.getCell("E3").value = { formula: "B2-B2", result: 0 };
  ws.getCell("E4").value = { formula: "B2<0", result: false };
  ws.getCell("A5").value = "Dold rad";
  ws.getRow(5).hidden = true;
  ws.getColumn(6).hidden = true;
  ws.getCell("F1").value = "dold kolumn";
  ws.mergeCells("A7:C7");
  ws.getCell("A7").value = "Sammanfogad";
  const hidden = wb.addWorksheet("Dold", { state: "hidden" });
  hidden.getCell("A1").value = 1;
  const protectedSheet = wb.addWorksheet("Skyddad");
  protectedSheet.getCell("B2").value = "- 618";
  await protectedSheet.protect("", {});
  return bytesOf(wb);
}

const sampleGrids: Grid[] = [
  {
    name: "Budget 2024",
    rows: [
      [
        { value: { type: "string", value: "BUDGET 2024" }, bold: true },
        { value: { type: "number", value: 2024 } },
        undefined,
        undefined,
        { value: { type: "boolean", value: true } },
        { value: { type: "string", value: "dold kolumn" } },
      ],
      [
        { value: { type: "string", value: "Medlemsbidrag" }, indent: 1 },
        { value: { type: "number", value: 4000000 }, numberFormat: "# ##0" },
        { value: { type: "number", value: 2000000 }, formula: "=B2/2" },
        { value: { type: "error", value: "#REF!" } },
        { value: { type: "number", value: 45322 }, numberFormat: "yyyy-mm-dd" },
      ],
      [
        { value: { type: "string", value: "Sjuklöneersättning" } },
        { value: { type: "string", value: "1 855 250" } },
        { value: { type: "error", value: "#VALUE!" }, formula: "=B3/2" },
        { value: { type: "error", value: "#DIV/0!" }, formula: "=B2/0" },
        { value: { type: "number", value: 0 }, formula: "=B2-B2" },
      ],
      [
        { value: { type: "string", value: "Summa intäkter" }, bold: true },
        { value: { type: "number", value: 4000000 }, formula: "=SUM(B2:B3)", bold: true },
        { value: { type: "number", value: 2000000 }, formula: "=B4/2" },
        { value: { type: "error", value: "#NAME?" }, formula: "=FOO(B2)" },
        { value: { type: "boolean", value: false }, formula: "=B2<0" },
      ],
      [
        { value: { type: "string", value: "Dold rad" } },
        undefined,
        undefined,
        { value: { type: "error", value: "#N/A" }, formula: "=NA()" },
      ],
      [undefined, undefined, undefined, { value: { type: "error", value: "#VALUE!" } }],
      [{ value: { type: "string", value: "Sammanfogad" } }],
    ],
    merges: [{ top: 7, left: 1, bottom: 7, right: 3 }],
    hiddenRows: [5],
    hiddenColumns: [6],
  },
  { name: "Dold", rows: [[{ value: { type: "number", value: 1 } }]], merges: [], hidden: true },
  {
    name: "Skyddad",
    rows: [[], [undefined, { value: { type: "string", value: "- 618" } }]],
    merges: [],
    protected: true,
  },
];

describe.each(READERS)("readXlsx: %s", (_, readXlsx) => {
  it("reads values, cached results, shared formulas, errors, formats, merges and hidden parts exactly", async () => {
    const result = await readXlsx(await sampleWorkbook());
    expect(result).toEqual({ ok: true, grids: sampleGrids });
  });

  it("takes an ArrayBuffer as well as a Uint8Array", async () => {
    const bytes = await sampleWorkbook();
    const copy = (bytes.buffer as ArrayBuffer).slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    expect(await readXlsx(copy)).toEqual({ ok: true, grids: sampleGrids });
  });

  it("reads a sheet of 2 000 #REF! cells", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Trasig");
    for (let r = 1; r <= 200; r++) {
      for (let c = 1; c <= 10; c++) ws.getCell(r, c).value = { formula: "#REF!+1", result: { error: "#REF!" } };
    }
    const result = await readXlsx(await bytesOf(wb));
    if (!result.ok) throw new Error(result.error.message);
    const cells = result.grids[0].rows.flat();
    expect(cells).toHaveLength(2000);
    expect(cells.every((c) => c?.value.type === "error" && c.value.value === "#REF!" && c.formula === "=#REF!+1")).toBe(
      true
    );
  }, 30_000);

  it("lists a hidden row that has no cells, as Excel writes it", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Rader");
    ws.getCell("A1").value = 1;
    ws.getCell("A5").value = 2;
    // ExcelJS's writer drops empty rows, so put the row in the XML the way Excel does.
    const zip = await JSZip.loadAsync(await bytesOf(wb));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    zip.file("xl/worksheets/sheet1.xml", xml.replace('<row r="5"', '<row r="3" hidden="1"/><row r="5"'));
    const result = await readXlsx(await zip.generateAsync({ type: "uint8array" }));
    expect(result.ok && result.grids[0].hiddenRows).toEqual([3]);
  });
});

describe("readXlsx, where the former path lost the cell", () => {
  it("marks a shared formula whose master is gone and keeps its cached value", async () => {
    // ExcelJS drops such a cell when it loads the file.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = 5;
    ws.getCell("A2").value = 7;
    // A dependent of shared formula 0, whose master cell is not in the file.
    const zip = await JSZip.loadAsync(await bytesOf(wb));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    zip.file(
      "xl/worksheets/sheet1.xml",
      xml.replace(/<c r="A2"([^>]*)><v>7<\/v>/, '<c r="A2"$1><f t="shared" si="0"/><v>7</v>')
    );
    const result = await readXlsx(await zip.generateAsync({ type: "uint8array" }));
    expect(result.ok && result.grids[0].rows[1][0]).toEqual({
      value: { type: "number", value: 7 },
      formula: UNRESOLVED_SHARED_FORMULA,
    });
  });
});

describe.each(READERS)("readXlsx on bad input: %s", (_, readXlsx) => {
  const failure = (kind: string, message: string) => ({ ok: false, error: { kind, message } });

  it("empty bytes", async () => {
    expect(await readXlsx(new Uint8Array(0))).toEqual(failure("empty", readStrings.emptyFile));
  });

  it("a .txt renamed to .xlsx", async () => {
    const text = new TextEncoder().encode("Medlemsbidrag\t4 000 000\n");
    expect(await readXlsx(text)).toEqual(failure("not-xlsx", readStrings.notXlsx));
  });

  it("an OLE file: encrypted .xlsx or old .xls", async () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const result = await readXlsx(ole);
    expect(result).toEqual(failure("encrypted", readStrings.encrypted));
    expect(result.ok || result.error.message.startsWith("Filen är krypterad eller lösenordsskyddad")).toBe(true);
  });

  it("a truncated zip", async () => {
    const bytes = await sampleWorkbook();
    expect(await readXlsx(bytes.slice(0, Math.floor(bytes.length / 2)))).toEqual(
      failure("corrupt", readStrings.truncated)
    );
  });

  it("a zip that is no workbook", async () => {
    const zip = new JSZip();
    zip.file("budget.txt", "4 000 000");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    expect(await readXlsx(bytes)).toEqual(failure("not-xlsx", readStrings.zipNotXlsx));
  });

  it("a zip whose workbook part is garbage", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types");
    zip.file("xl/workbook.xml", "<<<not xml");
    const result = await readXlsx(await zip.generateAsync({ type: "uint8array" }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.kind).toBe("corrupt");
    expect(!result.ok && result.error.message).toMatch(
      /^Filen kunde inte läsas som Excel-arbetsbok; den verkar vara skadad\./
    );
  });

  it("a workbook without sheets", async () => {
    expect(await readXlsx(await bytesOf(new ExcelJS.Workbook()))).toEqual(failure("empty", readStrings.noSheets));
  });
});

const fullSpec: SheetSpec = {
  name: "Prognos 2025–2027",
  cells: [
    {
      address: "A1",
      value: { type: "string", value: "Prognos" },
      style: { bold: true, fill: "DDEBF7", color: "1F4E79" },
    },
    {
      address: "A2",
      value: { type: "string", value: "Medlemsbidrag" },
      style: { indent: 2, italic: true, wrap: true },
    },
    {
      address: "B2",
      value: { type: "number", value: "4000000.5" },
      numberFormat: "# ##0",
      style: { horizontalAlignment: "right" },
    },
    { address: "B3", value: { type: "number", value: "-1828456" }, numberFormat: "# ##0" },
    { address: "B4", formula: "=SUM(B2:B3)", numberFormat: "# ##0", style: { borderTop: true, borderBottom: true } },
    { address: "B5", formula: "=B4*2", value: { type: "number", value: "4343089" } },
    { address: "C1", value: { type: "boolean", value: true } },
  ],
  columnWidths: { 1: 40, 2: 14.5 },
  conditionalFormats: [{ range: "B2:B5", formula: "=B2<0", style: { fill: "FFC7CE", color: "9C0006", bold: true } }],
  freeze: { rows: 1, columns: 1 },
  print: { area: "$A$1:$C$5", fitToWidth: true, landscape: true, repeatRows: "$1:$1", paperSize: "A4" },
};

describe("XlsxWorkbook.addSheet", () => {
  it("writes every SheetSpec feature and leaves the source sheets unchanged", async () => {
    const source = await sampleWorkbook();
    const book = new XlsxWorkbook(source);
    expect(await book.addSheet(fullSpec)).toBe("Prognos 2025–2027");
    const written = await book.toBuffer();

    const reread = await readXlsx(written);
    if (!reread.ok) throw new Error(reread.error.message);
    expect(reread.grids.slice(0, 3)).toEqual(sampleGrids);

    const ws = (await loadExcel(written)).getWorksheet("Prognos 2025–2027");
    if (!ws) throw new Error("sheet missing");
    expect(ws.getCell("A1").value).toBe("Prognos");
    // New cells take the workbook's own default font (here ExcelJS's Calibri 11), with the spec's changes.
    const bookFont = { size: 11, name: "Calibri", family: 2, scheme: "minor" };
    expect(ws.getCell("A1").font).toEqual({ ...bookFont, bold: true, color: { argb: "FF1F4E79" } });
    expect(ws.getCell("A1").fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } });
    expect(ws.getCell("A2").font).toEqual({ ...bookFont, italic: true, color: { theme: 1 } });
    expect(ws.getCell("A2").alignment).toEqual({ indent: 2, wrapText: true });
    expect(ws.getCell("B2").value).toBe(4000000.5);
    expect(ws.getCell("B2").numFmt).toBe("# ##0");
    expect(ws.getCell("B2").alignment).toEqual({ horizontal: "right" });
    expect(ws.getCell("B3").value).toBe(-1828456);
    expect(ws.getCell("B4").value).toEqual({ formula: "SUM(B2:B3)" });
    expect(ws.getCell("B4").border).toEqual({ top: { style: "thin" }, bottom: { style: "thin" } });
    expect(ws.getCell("B5").value).toEqual({ formula: "B4*2", result: 4343089 });
    expect(ws.getCell("C1").value).toBe(true);
    expect(ws.getColumn(1).width).toBe(40);
    expect(ws.getColumn(2).width).toBe(14.5);
    expect((ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings).toMatchObject([
      {
        ref: "B2:B5",
        rules: [
          {
            type: "expression",
            priority: 1,
            formulae: ["B2<0"],
            style: {
              fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } },
              font: { color: { argb: "FF9C0006" }, bold: true },
            },
          },
        ],
      },
    ]);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1, topLeftCell: "B2" });
    expect(ws.pageSetup).toMatchObject({
      printArea: "A1:C5",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      orientation: "landscape",
      paperSize: 9,
      printTitlesRow: "1:1",
    });
  });

  it("never takes an existing name (case-insensitively)", async () => {
    const book = new XlsxWorkbook(await sampleWorkbook());
    expect(await book.addSheet({ name: "budget 2024", cells: [] })).toBe("budget 2024 (2)");
    expect(await book.addSheet({ name: "Budget 2024", cells: [] })).toBe("Budget 2024 (3)");
    const result = await readXlsx(await book.toBuffer());
    expect(result.ok && result.grids.map((g) => g.name)).toEqual([
      "Budget 2024",
      "Dold",
      "Skyddad",
      "budget 2024 (2)",
      "Budget 2024 (3)",
    ]);
  });
});

describe("XlsxWorkbook.writeCell and select", () => {
  it("changes exactly one cell", async () => {
    const book = new XlsxWorkbook(await sampleWorkbook());
    await book.writeCell("Budget 2024", "B3", "1855250");
    await book.writeCell("Skyddad", "B2", "=SUM(B1:B1)");
    const result = await readXlsx(await book.toBuffer());
    if (!result.ok) throw new Error(result.error.message);
    const expected: Grid[] = structuredClone(sampleGrids);
    expected[0].rows[2][1] = { value: { type: "number", value: 1855250 } };
    expected[2].rows[1][1] = { value: { type: "empty" }, formula: "=SUM(B1:B1)" };
    expect(result.grids).toEqual(expected);
  });

  it("remembers the last selection", async () => {
    const book = new XlsxWorkbook(await sampleWorkbook());
    await book.select("Budget 2024", "B4");
    expect(book.lastSelection).toEqual({ sheet: "Budget 2024", address: "B4" });
    await expect(book.select("Finns inte", "A1")).rejects.toThrow();
  });
});

describe("XlsxWorkbook settings", () => {
  const settings = {
    kommunKey: { "Lekebergs kommun": "7500", "Örebro kommun": "160000" },
    agreedDeviations: [{ rule: "sum.rounding", sheet: "Budget 2024", cell: "B41", note: "avrundning" }],
    equityTrappa: [{ allocationUpTo: "5000000", maxPercent: "20" }],
  };

  it("round-trips through a veryHidden sheet that readSheets leaves out", async () => {
    const book = new XlsxWorkbook(await sampleWorkbook());
    expect(await book.loadSettings()).toEqual({});
    await book.saveSettings(settings);
    const bytes = await book.toBuffer();
    expect(await new XlsxWorkbook(bytes).loadSettings()).toEqual(settings);
    const ws = (await loadExcel(bytes)).getWorksheet(SETTINGS_SHEET_NAME);
    expect(ws?.state).toBe("veryHidden");
    expect(ws?.getCell("A1").value).toBe(readStrings.settingsSheetExplanation);
    expect(ws?.getCell("A2").value).toBe(JSON.stringify(settings));
    const grids = await new XlsxWorkbook(bytes).readSheets();
    expect(grids.ok && grids.grids.map((g) => g.name)).toEqual(["Budget 2024", "Dold", "Skyddad"]);
  });

  it("splits long settings into cells under 32 000 characters and replaces them on save", async () => {
    const book = new XlsxWorkbook(await sampleWorkbook());
    const many = {
      agreedDeviations: Array.from({ length: 1500 }, (_, i) => ({
        rule: "sum.mismatch",
        sheet: "Budget 2024",
        cell: `B${i + 1}`,
        note: "överenskommet med revisorn",
      })),
    };
    await book.saveSettings(many);
    await book.saveSettings(settings);
    await book.saveSettings(many);
    const bytes = await book.toBuffer();
    const ws = (await loadExcel(bytes)).getWorksheet(SETTINGS_SHEET_NAME);
    const json = JSON.stringify(many);
    expect(json.length).toBeGreaterThan(100000);
    const chunks: string[] = [];
    for (let r = 2; typeof ws?.getCell(r, 1).value === "string"; r++) chunks.push(ws.getCell(r, 1).value as string);
    expect(chunks).toHaveLength(Math.ceil(json.length / 30000));
    expect(chunks.every((c) => c.length < 32000)).toBe(true);
    expect(chunks.join("") === json).toBe(true);
    expect(await new XlsxWorkbook(bytes).loadSettings()).toEqual(many);
  });
});

describe("XlsxWorkbook on a file it cannot read", () => {
  it("reports the read error from readSheets", async () => {
    const book = new XlsxWorkbook(new Uint8Array(0));
    expect(await book.readSheets()).toEqual({ ok: false, error: { kind: "empty", message: readStrings.emptyFile } });
    await expect(book.addSheet({ name: "X", cells: [] })).rejects.toThrow(readStrings.emptyFile);
  });
});
