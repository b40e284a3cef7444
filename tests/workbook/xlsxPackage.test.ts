// A copy is the user's file plus our sheets: every part of the package that the add-in has no
// reason to touch comes out byte for byte, on packages with a chart, a macro project, an external
// link, comments, data validation, a pivot table, a shared formula and a calculation chain.
import { validateXML } from "xmllint-wasm";
import type { SheetSpec } from "../../src/domain/sheetspec";
import { parseXml, type XmlElement } from "../../src/workbook/xlsxWriteXml";
import { XlsxPackageEditor } from "../../src/workbook/xlsxWrite";
import { readXlsx, SETTINGS_SHEET_NAME, XlsxWorkbook } from "../../src/workbook/xlsx";
import { buildPackage, entriesOf, type PackageOptions } from "./packages";

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

/** The parts a new sheet must change: where sheets, relationships, content types and styles are listed. */
const LISTS = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"];

const spec: SheetSpec = {
  name: "Prognos 2025–2027",
  cells: [
    {
      address: "A1",
      value: { type: "string", value: "Prognos _x0041_ och \u001b[8m dolt" },
      style: { bold: true, fill: "DDEBF7" },
    },
    { address: "B2", value: { type: "number", value: "4000000.5" }, numberFormat: "# ##0" },
    { address: "B3", formula: "=SUM(B2:B2)", numberFormat: "#,##0", style: { borderTop: true } },
    { address: "C3", formula: "=B3>0", value: { type: "boolean", value: true } },
  ],
  columnWidths: { 1: 40 },
  conditionalFormats: [{ range: "B2:B3", formula: "=B2<0", style: { fill: "FFC7CE", color: "9C0006" } }],
  freeze: { rows: 1, columns: 1 },
  print: { area: "A1:C3", fitToWidth: true, landscape: true, repeatRows: "1:1", paperSize: "A4" },
};

/** Two sheets and the settings (saved twice), through the package writer alone: no reader involved. */
async function copyWithOurSheets(original: Uint8Array): Promise<Uint8Array> {
  const book = await XlsxPackageEditor.open(original);
  expect(await book.addSheet(spec)).toBe("Prognos 2025–2027");
  await book.saveSettings({ kommunKey: { Lekeberg: "7500" } });
  expect(await book.addSheet(spec)).toBe("Prognos 2025–2027 (2)");
  await book.saveSettings({ kommunKey: { Lekeberg: "7600" } });
  return book.toBytes();
}

/** Every element of `before` is in `after` with the same children first, in order (only appended to). */
function expectOnlyAppended(before: string, after: string, ignoreAttributes: string[] = []): void {
  const walk = (a: XmlElement, b: XmlElement) => {
    expect(b.name).toBe(a.name);
    const attrs = (e: XmlElement) => [...e.attrs].filter(([k]) => !ignoreAttributes.includes(k));
    expect(attrs(b)).toEqual(attrs(a));
    expect(b.children.length).toBeGreaterThanOrEqual(a.children.length);
    a.children.forEach((child, i) => {
      const twin = b.children[i];
      const plain = [child, twin].every(
        (e) => e.children.length === 0 && ignoreAttributes.every((k) => !e.attrs.has(k))
      );
      if (plain) expect(after.slice(twin.start, twin.end)).toBe(before.slice(child.start, child.end));
      else walk(child, twin);
    });
  };
  walk(parseXml(before), parseXml(after));
}

const variants: [string, PackageOptions][] = [
  ["a workbook with a chart, comments, validation, a pivot table and an external link", {}],
  ["a macro-enabled workbook (.xlsm)", { macro: true }],
  ["a workbook whose elements carry a namespace prefix", { prefixed: true }],
  ["a workbook that lists a sheet whose part is missing", { missingSheetPart: true }],
  ["a workbook without a styles part", { noStyles: true }],
];

describe.each(variants)("%s", (_, options) => {
  let before: Map<string, Uint8Array>;
  let after: Map<string, Uint8Array>;
  let copy: Uint8Array;
  beforeAll(async () => {
    const original = await buildPackage(options);
    before = await entriesOf(original);
    copy = await copyWithOurSheets(original);
    after = await entriesOf(copy);
  });

  it("keeps every other part byte for byte, in its place in the zip", () => {
    const kept = [...before.keys()].filter((name) => !LISTS.includes(name));
    for (const name of kept)
      expect([name, Buffer.from(after.get(name) ?? []).equals(Buffer.from(before.get(name) as Uint8Array))]).toEqual([
        name,
        true,
      ]);
    const order = [...after.keys()].filter((name) => before.has(name));
    expect(order).toEqual([...before.keys()]);
  });

  it("adds exactly three sheet parts (two sheets and the settings), the styles part only where there was none", () => {
    const added = [...after.keys()].filter((name) => !before.has(name));
    const sheets = options.missingSheetPart
      ? ["xl/worksheets/sheet4.xml", "xl/worksheets/sheet5.xml", "xl/worksheets/sheet6.xml"]
      : ["xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml", "xl/worksheets/sheet5.xml"];
    expect(added).toEqual(options.noStyles ? ["xl/styles.xml", ...sheets] : sheets);
  });

  it("only appends to the lists of sheets, relationships, content types and styles", () => {
    for (const name of LISTS.filter((n) => before.has(n))) {
      const ignore = name === "xl/styles.xml" ? ["count"] : name === "xl/workbook.xml" ? ["fullCalcOnLoad"] : [];
      expectOnlyAppended(text(before.get(name)), text(after.get(name)), ignore);
    }
  });

  it("writes well-formed XML with unique names, sheet ids and relationship ids", async () => {
    const written = [...after.keys()].filter((n) => !before.has(n) || LISTS.includes(n));
    const lint = await validateXML({
      xml: written.map((fileName) => ({ fileName: fileName.replace(/\W/g, "_"), contents: text(after.get(fileName)) })),
      normalization: "c14n",
    });
    expect(lint.errors).toEqual([]);
    const workbook = parseXml(text(after.get("xl/workbook.xml")));
    const sheets = workbook.children.find((c) => c.name.endsWith("sheets"))?.children ?? [];
    const names = sheets.map((s) => s.attrs.get("name") as string);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names.every((n) => n.length <= 31 && !/[[\]:*?/\\]/.test(n))).toBe(true);
    const ids = sheets.map((s) => s.attrs.get("sheetId"));
    expect(new Set(ids).size).toBe(ids.length);
    const relIds = parseXml(text(after.get("xl/_rels/workbook.xml.rels"))).children.map((r) => r.attrs.get("Id"));
    expect(new Set(relIds).size).toBe(relIds.length);
    const settings = sheets.find((s) => s.attrs.get("name") === SETTINGS_SHEET_NAME);
    expect(settings?.attrs.get("state")).toBe("veryHidden");
  });

  it("gives the new sheets their content type, relationship and print names", () => {
    const types = text(after.get("[Content_Types].xml"));
    const rels = text(after.get("xl/_rels/workbook.xml.rels"));
    for (const part of [...after.keys()].filter((n) => !before.has(n) && n.includes("worksheets/"))) {
      expect(types).toContain(
        `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
      );
      expect(rels).toContain(`Target="${part.slice(3)}"/>`);
    }
    const workbook = text(after.get("xl/workbook.xml"));
    const p = options.prefixed ? "x:" : "";
    const first = options.missingSheetPart ? 3 : 2;
    expect(workbook).toContain(
      `<${p}definedName name="_xlnm.Print_Area" localSheetId="${first}">&apos;Prognos 2025–2027&apos;!$A$1:$C$3</${p}definedName>`
    );
    expect(workbook).toContain(
      `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${first + 2}">&apos;Prognos 2025–2027 (2)&apos;!$1:$1</${p}definedName>`
    );
  });

  it("reads back: the user's sheets as they were, ours as written, the settings kept", async () => {
    // ExcelJS reads neither a missing sheet part nor prefixed elements: the reader's concern, not the writer's.
    if (options.missingSheetPart || options.prefixed) return;
    const read = await readXlsx(copy);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.grids.map((g) => g.name)).toEqual([
      "Budget 2024",
      "Pivot",
      "Prognos 2025–2027",
      "Prognos 2025–2027 (2)",
    ]);
    const ours = read.grids[2];
    expect(ours.rows[1][1]).toEqual({ value: { type: "number", value: 4000000.5 }, numberFormat: "# ##0" });
    expect(ours.rows[2][1]).toMatchObject({ formula: "=SUM(B2:B2)", numberFormat: "#,##0" });
    expect(await new XlsxWorkbook(copy).loadSettings()).toEqual({ kommunKey: { Lekeberg: "7600" } });
  });
});

test("text that XML cannot carry is written as Excel writes it: _xHHHH_, and a literal _xHHHH_ protected", async () => {
  const book = new XlsxWorkbook(await buildPackage());
  await book.addSheet(spec);
  const sheet = text((await entriesOf(await book.toBuffer())).get("xl/worksheets/sheet3.xml"));
  expect(sheet).toContain(
    '<c r="A1" s="4" t="inlineStr"><is><t>Prognos _x005F_x0041_ och _x001B_[8m dolt</t></is></c>'
  );
});

test("the file adapter (the CLI's and the pane's file mode) writes through the same package writer", async () => {
  const original = await buildPackage({ macro: true });
  const book = new XlsxWorkbook(original);
  await book.addSheet(spec);
  await book.saveSettings({ kommunKey: { Lekeberg: "7500" } });
  const before = await entriesOf(original);
  const after = await entriesOf(await book.toBuffer());
  for (const [name, bytes] of before)
    if (!LISTS.includes(name)) expect(Buffer.from(after.get(name) ?? []).equals(Buffer.from(bytes))).toBe(true);
});

test("a macro-enabled package says so, so that its copy keeps the .xlsm extension", async () => {
  expect(await new XlsxWorkbook(await buildPackage({ macro: true })).isMacroEnabled()).toBe(true);
  expect(await new XlsxWorkbook(await buildPackage()).isMacroEnabled()).toBe(false);
});

test("saving the settings again changes our settings part and nothing else", async () => {
  const first = await XlsxPackageEditor.open(await buildPackage());
  await first.saveSettings({ kommunKey: { Lekeberg: "7500" } });
  const saved = await first.toBytes();
  const again = await XlsxPackageEditor.open(saved);
  const note = "avrundning _x0041_ enligt revisorn";
  await again.saveSettings({ agreedDeviations: [{ rule: "sum.rounding", sheet: "Budget 2024", cell: "B5", note }] });
  const before = await entriesOf(saved);
  const after = await entriesOf(await again.toBytes());
  expect([...after.keys()]).toEqual([...before.keys()]);
  const changed = [...before.keys()].filter(
    (n) => !Buffer.from(after.get(n) ?? []).equals(Buffer.from(before.get(n) as Uint8Array))
  );
  expect(changed).toEqual(["xl/worksheets/sheet3.xml"]);
  // A note that looks like Excel's _xHHHH_ escape comes back as it was written.
  expect(await new XlsxWorkbook(await again.toBytes()).loadSettings()).toEqual({
    agreedDeviations: [{ rule: "sum.rounding", sheet: "Budget 2024", cell: "B5", note }],
  });
});

test("changes asked for at the same time are made one after the other", async () => {
  const book = await XlsxPackageEditor.open(await buildPackage());
  const names = await Promise.all([
    book.addSheet(spec),
    book.saveSettings({}),
    book.addSheet(spec),
    book.addSheet(spec),
  ]);
  expect(names).toEqual(["Prognos 2025–2027", undefined, "Prognos 2025–2027 (2)", "Prognos 2025–2027 (3)"]);
  const after = await entriesOf(await book.toBytes());
  const sheets = parseXml(text(after.get("xl/workbook.xml"))).children.find((c) => c.name === "sheets")?.children ?? [];
  expect(sheets.map((s) => [s.attrs.get("sheetId"), s.attrs.get("r:id")])).toEqual([
    ["1", "rId1"],
    ["4", "rId2"],
    ["5", "rId3"],
    ["6", "rId10"],
    ["7", "rId11"],
    ["8", "rId12"],
  ]);
});
