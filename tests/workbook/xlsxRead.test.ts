// The reader on shapes of the file format that a library rarely writes but Excel and other tools do:
// chart sheets, text and errors in date-formatted cells, shared formulas, inline and rich strings,
// escapes, styles, and a sheet of 150 000 rows.
import type { Cell, Grid } from "../../src/domain/grid";
import { readStrings } from "../../src/domain/strings";
import { fflateInflater } from "../../src/workbook/inflate";
import { zlibInflater } from "../../src/workbook/inflateNode";
import { readXlsx, readWorkbookPackage, UNRESOLVED_SHARED_FORMULA } from "../../src/workbook/xlsxRead";
import { readXlsx as readXlsxThroughExcelJS } from "../helpers/exceljsReader";
import { bytesOfPackage, packageOf, type PackageOptions, type SheetPart } from "../helpers/xlsxPackage";

async function gridsOf(sheets: SheetPart[], options?: PackageOptions): Promise<Grid[]> {
  const result = await readXlsx(await bytesOfPackage(packageOf(sheets, options)));
  if (!result.ok) throw new Error(result.error.message);
  return result.grids;
}

async function cellsOf(body: string, options?: PackageOptions): Promise<(Cell | undefined)[][]> {
  return (await gridsOf([{ name: "Blad1", body }], options))[0].rows;
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

describe("a workbook with charts", () => {
  // Excel writes a chart sheet as a chartsheet part with a drawing anchored absolutely; shapes drawn
  // on a chart (a text box, a logo) are a userShapes drawing of the chart. ExcelJS fails on those.
  const chartXml =
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart/></c:chartSpace>';
  const drawing = (anchor: string) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
    `<xdr:${anchor}><xdr:pos x="0" y="0"/><xdr:ext cx="8582025" cy="5838825"/><xdr:graphicFrame macro="">` +
    '<xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Diagram 1"/><xdr:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></xdr:cNvGraphicFramePr></xdr:nvGraphicFramePr>' +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:${anchor}></xdr:wsDr>`;
  const rels = (type: string, target: string) =>
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/${type}" Target="${target}"/></Relationships>`;

  async function chartWorkbook(): Promise<Uint8Array> {
    const zip = packageOf([{ name: "Budget", body: '<row r="1"><c r="A1"><v>4000000</v></c></row>', head: "" }]);
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    zip.file("xl/worksheets/sheet1.xml", sheet.replace("</worksheet>", '<drawing r:id="rId1"/></worksheet>'));
    zip.file("xl/worksheets/_rels/sheet1.xml.rels", rels("drawing", "../drawings/drawing1.xml"));
    zip.file("xl/drawings/drawing1.xml", drawing("absoluteAnchor"));
    zip.file("xl/drawings/_rels/drawing1.xml.rels", rels("chart", "../charts/chart1.xml"));
    zip.file("xl/charts/chart1.xml", chartXml);
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    zip.file(
      "xl/workbook.xml",
      workbook.replace("</sheets>", '<sheet name="Diagram" sheetId="2" r:id="rId2"/></sheets>')
    );
    const wbRels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    zip.file(
      "xl/_rels/workbook.xml.rels",
      wbRels.replace(
        "</Relationships>",
        `<Relationship Id="rId2" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`
      )
    );
    zip.file(
      "xl/chartsheets/sheet1.xml",
      `<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><drawing r:id="rId1"/></chartsheet>`
    );
    zip.file("xl/chartsheets/_rels/sheet1.xml.rels", rels("drawing", "../drawings/drawing2.xml"));
    zip.file("xl/drawings/drawing2.xml", drawing("absoluteAnchor"));
    zip.file("xl/drawings/_rels/drawing2.xml.rels", rels("chart", "../charts/chart2.xml"));
    zip.file("xl/charts/chart2.xml", chartXml);
    zip.file("xl/charts/_rels/chart2.xml.rels", rels("chartUserShapes", "../drawings/drawing3.xml"));
    zip.file(
      "xl/drawings/drawing3.xml",
      '<c:userShapes xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><cdr:relSizeAnchor xmlns:cdr="http://schemas.openxmlformats.org/drawingml/2006/chartDrawing">' +
        '<cdr:from><cdr:x>0.5</cdr:x><cdr:y>0.03</cdr:y></cdr:from><cdr:to><cdr:x>0.98</cdr:x><cdr:y>0.46</cdr:y></cdr:to><cdr:graphicFrame macro="">' +
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
        `<c:chart xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic></cdr:graphicFrame></cdr:relSizeAnchor></c:userShapes>`
    );
    zip.file("xl/drawings/_rels/drawing3.xml.rels", rels("chart", "../charts/chart1.xml"));
    return bytesOfPackage(zip);
  }

  it("is read: the worksheet's cells, the chart sheet and the drawings left out", async () => {
    const result = await readXlsx(await chartWorkbook());
    expect(result).toEqual({
      ok: true,
      grids: [{ name: "Budget", rows: [[{ value: { type: "number", value: 4000000 } }]], merges: [] }],
    });
  });

  it("could not be read through ExcelJS (the bug this reader removes)", async () => {
    const result = await readXlsxThroughExcelJS(await chartWorkbook());
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toContain("Cannot read properties of undefined (reading 'anchors')");
  });
});

describe("dates and date formats", () => {
  const styles =
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts><fonts count="1"><font/></fonts>' +
    '<cellXfs count="3"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="0"/><xf numFmtId="164" fontId="0"/></cellXfs>';

  it("keeps a number in a date format as the serial number the cell holds", async () => {
    const rows = await cellsOf('<row r="1"><c r="A1" s="1"><v>45322</v></c><c r="B1" s="2"><v>45322.5</v></c></row>', {
      styles,
    });
    expect(rows[0]).toEqual([
      { value: { type: "number", value: 45322 }, numberFormat: "mm-dd-yy" },
      { value: { type: "number", value: 45322.5 }, numberFormat: "yyyy\\-mm\\-dd" },
    ]);
  });

  it("keeps a formula's text result in a date-formatted cell as text", async () => {
    const rows = await cellsOf('<row r="3"><c r="A3" s="2" t="str"><f>Blad2!A3</f><v>November 30, 2002</v></c></row>', {
      styles,
    });
    expect(rows[2][0]).toEqual({
      value: { type: "string", value: "November 30, 2002" },
      formula: "=Blad2!A3",
      numberFormat: "yyyy\\-mm\\-dd",
    });
  });

  it("keeps a cached #REF! in a date-formatted cell as the error", async () => {
    const rows = await cellsOf('<row r="1"><c r="A1" s="1" t="e"><f>SUM(#REF!)</f><v>#REF!</v></c></row>', { styles });
    expect(rows[0][0]).toEqual({
      value: { type: "error", value: "#REF!" },
      formula: "=SUM(#REF!)",
      numberFormat: "mm-dd-yy",
    });
  });

  it('turns an ISO date cell (t="d") into its serial number', async () => {
    const rows = await cellsOf('<row r="1"><c r="A1" t="d"><v>2024-01-31</v></c></row>');
    expect(rows[0][0]).toEqual({ value: { type: "number", value: 45322 } });
  });
});

describe("shared formulas", () => {
  it("moves the master's relative references to each cell and keeps absolute ones", async () => {
    const f = (cell: string, attrs: string, text = "") =>
      `<c r="${cell}"><f ${attrs}${text ? `>${text}</f>` : "/>"}<v>1</v></c>`;
    const rows = await cellsOf(
      `<row r="2">${f("C2", 't="shared" ref="C2:D4" si="0"', "B2/$B$1+SUM(B:B)+IF(A2=\"A1\",Sheet2!A2,'My Sheet'!B$2)")}</row>` +
        `<row r="3">${f("C3", 't="shared" si="0"')}${f("D3", 't="shared" si="0"')}</row>` +
        `<row r="4">${f("C4", 't="shared" si="1"')}${f("D4", 't="shared" ref="D4" si="1"', "C4*2")}</row>`
    );
    expect(rows[1][2]?.formula).toBe("=B2/$B$1+SUM(B:B)+IF(A2=\"A1\",Sheet2!A2,'My Sheet'!B$2)");
    expect(rows[2][2]?.formula).toBe("=B3/$B$1+SUM(B:B)+IF(A3=\"A1\",Sheet2!A3,'My Sheet'!B$2)");
    expect(rows[2][3]?.formula).toBe("=C3/$B$1+SUM(C:C)+IF(B3=\"A1\",Sheet2!B3,'My Sheet'!C$2)");
    // A dependent before its master (the file's order) is resolved once the master is read.
    expect(rows[3][2]?.formula).toBe("=B4*2");
    expect(rows[3][3]?.formula).toBe("=C4*2");
  });

  it("marks a dependent whose master is missing and keeps its cached value", async () => {
    const rows = await cellsOf('<row r="1"><c r="A1"><f t="shared" si="7"/><v>0</v></c></row>');
    expect(rows[0][0]).toEqual({ value: { type: "number", value: 0 }, formula: UNRESOLVED_SHARED_FORMULA });
  });

  it("keeps an array formula on its master cell", async () => {
    const rows = await cellsOf(
      '<row r="1"><c r="A1"><f t="array" ref="A1:A2">B1:B2*2</f><v>4</v></c></row><row r="2"><c r="A2"><v>6</v></c></row>'
    );
    expect(rows.map((row) => row[0])).toEqual([
      { value: { type: "number", value: 4 }, formula: "=B1:B2*2" },
      { value: { type: "number", value: 6 } },
    ]);
  });

  it("keeps a cached 0 and FALSE", async () => {
    const rows = await cellsOf(
      '<row r="1"><c r="A1"><f>B1-B1</f><v>0</v></c><c r="B1" t="b"><f>B1&lt;0</f><v>0</v></c></row>'
    );
    expect(rows[0]).toEqual([
      { value: { type: "number", value: 0 }, formula: "=B1-B1" },
      { value: { type: "boolean", value: false }, formula: "=B1<0" },
    ]);
  });
});

describe("strings", () => {
  it("reads shared strings with rich text runs, escapes and line ends, and leaves phonetic runs out", async () => {
    const rows = await cellsOf(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>',
      {
        sharedStrings: [
          '<r><t xml:space="preserve">Summa </t></r><r><rPr><i/></rPr><t>intäkter</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh>',
          "<t>Rad 1_x000D_\nRad 2</t>",
          "<t>_x005F_x000D_ står kvar</t>",
          "<t>A\r\nB&#13;C &amp; D</t>",
        ],
      }
    );
    expect(rows[0].map((c) => c?.value)).toEqual([
      { type: "string", value: "Summa intäkter" },
      { type: "string", value: "Rad 1\r\nRad 2" },
      { type: "string", value: "_x000D_ står kvar" },
      { type: "string", value: "A\nB\rC & D" },
    ]);
  });

  it("reads inline strings, plain and rich", async () => {
    const rows = await cellsOf(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Medlemsbidrag</t></is></c>' +
        '<c r="B1" t="inlineStr"><is><r><t>Region </t></r><r><rPr><b/></rPr><t>Örebro</t></r></is></c></row>'
    );
    expect(rows[0].map((c) => c?.value)).toEqual([
      { type: "string", value: "Medlemsbidrag" },
      { type: "string", value: "Region Örebro" },
    ]);
  });

  it("reads a sheet whose elements carry a namespace prefix and cells without addresses", async () => {
    const xml =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row><x:c t="inlineStr"><x:is><x:t>Kansli</x:t></x:is></x:c><x:c><x:v>1500</x:v></x:c></x:row>' +
      "<x:row/><x:row><x:c/><x:c><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>";
    const grids = await gridsOf([{ name: "Blad1", body: "" }], { sheetXml: [xml] });
    expect(grids[0].rows).toEqual([
      [{ value: { type: "string", value: "Kansli" } }, { value: { type: "number", value: 1500 } }],
      [],
      [undefined, { value: { type: "number", value: 7 } }],
    ]);
  });
});

describe("styles and sheet properties", () => {
  const styles =
    '<fonts count="3"><font><sz val="11"/></font><font><b/></font><font><b val="0"/></font></fonts>' +
    '<cellXfs count="4"><xf numFmtId="3" fontId="1"/><xf numFmtId="0" fontId="0"><alignment indent="2"/></xf>' +
    '<xf numFmtId="0" fontId="2"/><xf numFmtId="0" fontId="0"/></cellXfs>';

  it("reads number formats, bold and indent from the cell's style", async () => {
    const rows = await cellsOf(
      '<row r="1"><c r="A1" s="0"><v>1</v></c><c r="B1" s="1"><v>2</v></c><c r="C1" s="2"><v>3</v></c><c r="D1" s="3"/></row>',
      { styles }
    );
    expect(rows[0]).toEqual([
      { value: { type: "number", value: 1 }, numberFormat: "#,##0", bold: true },
      { value: { type: "number", value: 2 }, indent: 2 },
      { value: { type: "number", value: 3 } },
    ]);
  });

  it("reads hidden and very hidden sheets, hidden rows and columns, merges and protection", async () => {
    const grids = await gridsOf([
      {
        name: "Budget",
        head: '<cols><col min="2" max="3" hidden="1"/></cols>',
        body:
          '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2" hidden="1"/></sheetData>' +
          '<sheetProtection sheet="1"/><mergeCells><mergeCell ref="A1:B1"/></mergeCells><sheetData>',
      },
      { name: "Dold", state: "hidden", body: '<row r="1"><c r="A1"><v>1</v></c></row>' },
      { name: "Mycket dold", state: "veryHidden", body: "" },
    ]);
    expect(grids).toEqual([
      {
        name: "Budget",
        rows: [[{ value: { type: "number", value: 1 } }]],
        merges: [{ top: 1, left: 1, bottom: 1, right: 2 }],
        protected: true,
        hiddenRows: [2],
        hiddenColumns: [2, 3],
      },
      { name: "Dold", rows: [[{ value: { type: "number", value: 1 } }]], merges: [], hidden: true },
      { name: "Mycket dold", rows: [], merges: [], hidden: true },
    ]);
  });

  it("says which sheet's part is missing instead of dropping the sheet", async () => {
    const zip = packageOf([
      { name: "Budget", body: "" },
      { name: "Plan 2025", body: "" },
    ]);
    zip.remove("xl/worksheets/sheet2.xml");
    expect(await readXlsx(await bytesOfPackage(zip))).toEqual({
      ok: false,
      error: { kind: "corrupt", message: readStrings.missingSheetPart("Plan 2025") },
    });
  });

  it("returns the settings sheet's text apart from the Grids", async () => {
    const bytes = await bytesOfPackage(
      packageOf([
        { name: "Budget", body: '<row r="1"><c r="A1"><v>1</v></c></row>' },
        {
          name: "FinsamKontroll_inställningar",
          state: "veryHidden",
          body: '<row r="1"><c r="A1" t="inlineStr"><is><t>förklaring</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>{"kommunKey":</t></is></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>{}}</t></is></c></row>',
        },
      ])
    );
    const read = await readWorkbookPackage(bytes);
    expect(read.ok && read.grids.map((g) => g.name)).toEqual(["Budget"]);
    expect(read.ok && read.settingsText).toBe('{"kommunKey":{}}');
  });
});

describe("inflaters", () => {
  it.each([
    ["zlib (the CLI)", zlibInflater],
    ["fflate (a browser without DecompressionStream)", fflateInflater],
  ])("%s reads the same Grids", async (_, inflate) => {
    const bytes = await bytesOfPackage(
      packageOf([{ name: "Blad1", body: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>12.5</v></c></row>' }], {
        sharedStrings: ["<t>Kansli</t>"],
      })
    );
    expect(await readXlsx(bytes, { inflate })).toEqual({
      ok: true,
      grids: [
        {
          name: "Blad1",
          rows: [[{ value: { type: "string", value: "Kansli" } }, { value: { type: "number", value: 12.5 } }]],
          merges: [],
        },
      ],
    });
  });
});

describe("a sheet of 150 000 rows", () => {
  it("is read cell for cell", async () => {
    const ROWS = 150_000;
    const parts: string[] = [];
    for (let r = 1; r <= ROWS; r++) {
      parts.push(
        `<row r="${r}"><c r="A${r}" t="s"><v>${r % 3}</v></c><c r="B${r}"><v>${r * 7}</v></c>` +
          `<c r="C${r}"><f>B${r}*2</f><v>${r * 14}</v></c></row>`
      );
    }
    const bytes = await bytesOfPackage(
      packageOf([{ name: "Stor", body: parts.join("") }], {
        sharedStrings: ["<t>Noll</t>", "<t>Ett</t>", "<t>Två</t>"],
      })
    );
    const result = await readXlsx(bytes, { inflate: zlibInflater });
    if (!result.ok) throw new Error(result.error.message);
    const rows = result.grids[0].rows;
    expect(rows).toHaveLength(ROWS);
    expect(rows[0]).toEqual([
      { value: { type: "string", value: "Ett" } },
      { value: { type: "number", value: 7 } },
      { value: { type: "number", value: 14 }, formula: "=B1*2" },
    ]);
    expect(rows[ROWS - 1][2]).toEqual({ value: { type: "number", value: ROWS * 14 }, formula: `=B${ROWS}*2` });
    let sum = 0;
    let formulas = 0;
    rows.forEach((row, i) => {
      const b = row[1]?.value;
      if (b?.type === "number") sum += b.value;
      if (row[2]?.formula === `=B${i + 1}*2`) formulas++;
    });
    expect(sum).toBe((7 * ROWS * (ROWS + 1)) / 2);
    expect(formulas).toBe(ROWS);
  }, 60_000);
});
