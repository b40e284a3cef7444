// Workbook packages built part by part, with what ExcelJS cannot be trusted to carry over: a chart,
// a macro project (.xlsm), an external link, comments, data validation, a pivot table, a shared
// formula, a calculation chain, control characters in the shared strings, a custom XML part.
import JSZip from "jszip";

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";

export interface PackageOptions {
  /** A macro-enabled workbook: vbaProject.bin and the .xlsm content type. */
  macro?: boolean;
  /** Every SpreadsheetML element written with an "x:" prefix, as the Open XML SDK may write them. */
  prefixed?: boolean;
  /** The workbook lists a third sheet whose part is missing from the zip. */
  missingSheetPart?: boolean;
  /** No styles part at all. */
  noStyles?: boolean;
}

function rels(entries: [string, string, string, string?][]): string {
  const items = entries.map(
    ([id, type, target, mode]) =>
      `<Relationship Id="${id}" Type="${type.startsWith("http") ? type : `${R}/${type}`}" Target="${target}"${mode ? ` TargetMode="${mode}"` : ""}/>`
  );
  return `${DECL}<Relationships xmlns="${PKG_RELS}">${items.join("")}</Relationships>`;
}

/** Adds "x:" to every element of a SpreadsheetML part and binds x to the main namespace. */
function prefix(xml: string): string {
  return xml
    .replace(/<(\/?)(?![?!])([A-Za-z][\w]*)(?=[\s/>])/g, "<$1x:$2")
    .replace(` xmlns="${MAIN}"`, ` xmlns:x="${MAIN}"`);
}

function workbookXml(o: PackageOptions): string {
  const third = o.missingSheetPart ? '<sheet name="Saknas" sheetId="7" r:id="rId20"/>' : "";
  return (
    `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${R}">` +
    '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/>' +
    '<workbookPr defaultThemeVersion="166925"/>' +
    '<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840" activeTab="1"/></bookViews>' +
    `<sheets><sheet name="Budget 2024" sheetId="1" r:id="rId1"/><sheet name="Pivot" sheetId="4" r:id="rId2"/>${third}</sheets>` +
    '<externalReferences><externalReference r:id="rId7"/></externalReferences>' +
    '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">\'Budget 2024\'!$A$1:$C$6</definedName>' +
    "<definedName name=\"Totalt\">'Budget 2024'!$B$5</definedName></definedNames>" +
    '<calcPr calcId="191029"/>' +
    '<pivotCaches><pivotCache cacheId="3" r:id="rId8"/></pivotCaches>' +
    "</workbook>"
  );
}

function sheet1Xml(): string {
  return (
    `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${R}">` +
    '<dimension ref="A1:D6"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="1" width="30" customWidth="1"/></cols>' +
    "<sheetData>" +
    '<row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>2024</v></c></row>' +
    '<row r="2" spans="1:4"><c r="A2" t="s"><v>1</v></c><c r="B2" s="2"><v>4000000</v></c>' +
    '<c r="C2"><f t="shared" ref="C2:C4" si="0">B2/2</f><v>2000000</v></c></row>' +
    '<row r="3" spans="1:4"><c r="A3" t="s"><v>2</v></c><c r="B3" s="2"><v>1855250</v></c>' +
    '<c r="C3"><f t="shared" si="0"/><v>927625</v></c></row>' +
    '<row r="4" spans="1:4"><c r="C4"><f t="shared" si="0"/><v>0</v></c><c r="D4"><f>[1]Blad1!A1</f><v>12</v></c></row>' +
    '<row r="5" spans="1:4"><c r="A5" t="s"><v>3</v></c><c r="B5" s="3"><f>SUM(B2:B4)</f><v>5855250</v></c></row>' +
    '<row r="6" spans="1:4"><c r="A6" t="s"><v>4</v></c></row>' +
    "</sheetData>" +
    '<dataValidations count="1"><dataValidation type="whole" allowBlank="1" showErrorMessage="1" sqref="B2:B4">' +
    "<formula1>0</formula1><formula2>100000000</formula2></dataValidation></dataValidations>" +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '<drawing r:id="rId1"/><legacyDrawing r:id="rId3"/>' +
    "</worksheet>"
  );
}

function stylesXml(): string {
  return (
    `${DECL}<styleSheet xmlns="${MAIN}">` +
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="#\\ ##0"/></numFmts>' +
    '<fonts count="2"><font><sz val="10"/><name val="Arial"/><family val="2"/></font><font><b/><sz val="10"/><name val="Arial"/><family val="2"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
    '<xf numFmtId="1" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
    '<xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '<dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font></dxf></dxfs>' +
    '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
    "</styleSheet>"
  );
}

/** The package's parts, in the order Excel writes them. */
function parts(o: PackageOptions): [string, string | Uint8Array][] {
  const xlsm = o.macro ? `application/vnd.ms-excel.sheet.macroEnabled.main+xml` : `${CT}.spreadsheetml.sheet.main+xml`;
  const sml = (xml: string) => (o.prefixed ? prefix(xml) : xml);
  const workbookRels: [string, string, string, string?][] = [
    ["rId1", "worksheet", "worksheets/sheet1.xml"],
    ["rId2", "worksheet", "worksheets/sheet2.xml"],
    ["rId4", "theme", "theme/theme1.xml"],
    ["rId6", "sharedStrings", "sharedStrings.xml"],
    ["rId7", "externalLink", "externalLinks/externalLink1.xml"],
    ["rId8", "pivotCacheDefinition", "pivotCache/pivotCacheDefinition1.xml"],
    ["rId9", "calcChain", "calcChain.xml"],
  ];
  if (!o.noStyles) workbookRels.push(["rId5", "styles", "styles.xml"]);
  if (o.macro)
    workbookRels.push(["rId10", "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin"]);
  if (o.missingSheetPart) workbookRels.push(["rId20", "worksheet", "worksheets/sheet3.xml"]);
  const overrides = [
    ["/xl/workbook.xml", xlsm],
    ["/xl/worksheets/sheet1.xml", `${CT}.spreadsheetml.worksheet+xml`],
    ["/xl/worksheets/sheet2.xml", `${CT}.spreadsheetml.worksheet+xml`],
    ["/xl/theme/theme1.xml", `${CT}.theme+xml`],
    ...(o.noStyles ? [] : [["/xl/styles.xml", `${CT}.spreadsheetml.styles+xml`]]),
    ["/xl/sharedStrings.xml", `${CT}.spreadsheetml.sharedStrings+xml`],
    ["/xl/drawings/drawing1.xml", `${CT}.drawing+xml`],
    ["/xl/charts/chart1.xml", `${CT}.drawingml.chart+xml`],
    ["/xl/comments1.xml", `${CT}.spreadsheetml.comments+xml`],
    ["/xl/externalLinks/externalLink1.xml", `${CT}.spreadsheetml.externalLink+xml`],
    ["/xl/pivotTables/pivotTable1.xml", `${CT}.spreadsheetml.pivotTable+xml`],
    ["/xl/pivotCache/pivotCacheDefinition1.xml", `${CT}.spreadsheetml.pivotCacheDefinition+xml`],
    ["/xl/pivotCache/pivotCacheRecords1.xml", `${CT}.spreadsheetml.pivotCacheRecords+xml`],
    ["/xl/calcChain.xml", `${CT}.spreadsheetml.calcChain+xml`],
    ["/docProps/app.xml", `${CT}.extended-properties+xml`],
  ];
  const types =
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Default Extension="vml" ContentType="${CT}.vmlDrawing"/>` +
    overrides.map(([name, type]) => `<Override PartName="${name}" ContentType="${type}"/>`).join("") +
    "</Types>";
  const macro = new Uint8Array(512).map((_, i) => (i * 37 + 11) % 256);
  const list: [string, string | Uint8Array][] = [
    ["[Content_Types].xml", types],
    [
      "_rels/.rels",
      rels([
        ["rId1", "officeDocument", "xl/workbook.xml"],
        ["rId2", "extended-properties", "docProps/app.xml"],
      ]),
    ],
    ["xl/workbook.xml", sml(workbookXml(o))],
    ["xl/_rels/workbook.xml.rels", rels(workbookRels)],
    ["xl/worksheets/sheet1.xml", sml(sheet1Xml())],
    [
      "xl/worksheets/sheet2.xml",
      sml(
        `${DECL}<worksheet xmlns="${MAIN}"><sheetData><row r="3"><c r="A3"><v>1</v></c></row></sheetData></worksheet>`
      ),
    ],
    [
      "xl/worksheets/_rels/sheet1.xml.rels",
      rels([
        ["rId1", "drawing", "../drawings/drawing1.xml"],
        ["rId2", "comments", "../comments1.xml"],
        ["rId3", "vmlDrawing", "../drawings/vmlDrawing1.vml"],
      ]),
    ],
    ["xl/worksheets/_rels/sheet2.xml.rels", rels([["rId1", "pivotTable", "../pivotTables/pivotTable1.xml"]])],
    [
      "xl/theme/theme1.xml",
      `${DECL}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"><a:themeElements/></a:theme>`,
    ],
    [
      "xl/sharedStrings.xml",
      sml(
        `${DECL}<sst xmlns="${MAIN}" count="5" uniqueCount="5"><si><t>BUDGET 2024 _x001B_[2J</t></si><si><t>Medlemsbidrag</t></si><si><t xml:space="preserve">Sjuklöneersättning _x0007_ </t></si><si><t>Summa intäkter</t></si><si><t>Not: se bilaga</t></si></sst>`
      ),
    ],
    [
      "xl/drawings/drawing1.xml",
      `${DECL}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${R}"><xdr:twoCellAnchor><xdr:from><xdr:col>5</xdr:col><xdr:row>1</xdr:row></xdr:from><xdr:to><xdr:col>12</xdr:col><xdr:row>15</xdr:row></xdr:to><xdr:graphicFrame><c:chart r:id="rId1"/></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
    ],
    ["xl/drawings/_rels/drawing1.xml.rels", rels([["rId1", "chart", "../charts/chart1.xml"]])],
    [
      "xl/charts/chart1.xml",
      `${DECL}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:barChart><c:ser><c:val><c:numRef><c:f>'Budget 2024'!$B$2:$B$4</c:f></c:numRef></c:val></c:ser></c:barChart></c:plotArea></c:chart></c:chartSpace>`,
    ],
    [
      "xl/comments1.xml",
      sml(
        `${DECL}<comments xmlns="${MAIN}"><authors><author>Revisorn</author></authors><commentList><comment ref="B5" authorId="0"><text><t>Stämmer mot bokslutet?</t></text></comment></commentList></comments>`
      ),
    ],
    [
      "xl/drawings/vmlDrawing1.vml",
      '<xml xmlns:v="urn:schemas-microsoft-com:vml"><v:shape id="_x0000_s1025" type="#_x0000_t202"></v:shape></xml>',
    ],
    [
      "xl/externalLinks/externalLink1.xml",
      sml(
        `${DECL}<externalLink xmlns="${MAIN}" xmlns:r="${R}"><externalBook r:id="rId1"><sheetNames><sheetName val="Blad1"/></sheetNames></externalBook></externalLink>`
      ),
    ],
    [
      "xl/externalLinks/_rels/externalLink1.xml.rels",
      rels([["rId1", "externalLinkPath", "file:///C:/Budget/budget-2023.xlsx", "External"]]),
    ],
    [
      "xl/pivotTables/pivotTable1.xml",
      sml(
        `${DECL}<pivotTableDefinition xmlns="${MAIN}" name="Pivot1" cacheId="3" dataCaption="Värden"><location ref="A3:B5" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/></pivotTableDefinition>`
      ),
    ],
    [
      "xl/pivotTables/_rels/pivotTable1.xml.rels",
      rels([["rId1", "pivotCacheDefinition", "../pivotCache/pivotCacheDefinition1.xml"]]),
    ],
    [
      "xl/pivotCache/pivotCacheDefinition1.xml",
      sml(
        `${DECL}<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${R}" r:id="rId1"><cacheSource type="worksheet"><worksheetSource ref="A1:B5" sheet="Budget 2024"/></cacheSource></pivotCacheDefinition>`
      ),
    ],
    [
      "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels",
      rels([["rId1", "pivotCacheRecords", "pivotCacheRecords1.xml"]]),
    ],
    ["xl/pivotCache/pivotCacheRecords1.xml", sml(`${DECL}<pivotCacheRecords xmlns="${MAIN}" count="0"/>`)],
    [
      "xl/calcChain.xml",
      sml(
        `${DECL}<calcChain xmlns="${MAIN}"><c r="C2" i="1"/><c r="C3"/><c r="C4"/><c r="D4"/><c r="B5"/></calcChain>`
      ),
    ],
    [
      "docProps/app.xml",
      `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>`,
    ],
    [
      "customXml/item1.xml",
      '<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/>',
    ],
  ];
  if (!o.noStyles) list.splice(4, 0, ["xl/styles.xml", sml(stylesXml())]);
  if (o.macro) list.push(["xl/vbaProject.bin", macro]);
  return list;
}

/** The package as .xlsx (.xlsm with `macro`) bytes. */
export async function buildPackage(options: PackageOptions = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of parts(options)) zip.file(name, content, { createFolders: false });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Every entry of a zip: name → uncompressed bytes, in the zip's order. */
export async function entriesOf(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const name of Object.keys(zip.files)) {
    if (!zip.files[name].dir) out.set(name, await zip.files[name].async("uint8array"));
  }
  return out;
}
