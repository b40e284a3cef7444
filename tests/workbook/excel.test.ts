// The Office.js adapter against office-addin-mock (extended in excelMock.ts where the mock cannot
// model Office.js): exact Grids, sync counts, the writes of a SheetSpec, settings and events.
import { ExcelWorkbook } from "../../src/workbook/excel";
import type { Grid } from "../../src/domain/grid";
import type { SheetSpec } from "../../src/domain/sheetspec";
import type { UserSettings } from "../../src/domain/finding";
import { fakeExcel, formatAt, writtenCells, type FakeSheet } from "./excelMock";
import { asReadBack, gridToFakeSheet } from "./excelFixtureSheets";
import { fixtureNames, loadFixtureGrids } from "../helpers/fixture";

const KR = '#,##0 "kr"';

// Seed 000, table 6.1.1 Medelstilldelning 2018/2017, built in Excel from B2, after a row
// deletion left the 2017 Summa as "=SUM(D4:D9)+#REF!".
const budget: FakeSheet = {
  name: "Budget 2018",
  used: {
    address: "'Budget 2018'!B2:D11",
    values: [
      ["6.1.1 Medelstilldelning", "", ""],
      ["", 2018, 2017],
      ["Försäkringskassan/Arbetsförmedlingen", 2059000, 1448710],
      ["Region Örebro län", 1029500, 724355],
      ["Lindesbergs kommun", 525045, 370680],
      ["Nora kommun", 236785, 164910],
      ["Hällefors kommun", 154425, 110500],
      ["Ljusnarsbergs kommun", 113245, 78265],
      ["Summa intäkter", 4118000, "#REF!"],
      ["Preliminärt beräknat eget kapital", 474000, 642000],
    ],
    formulas: [
      ["6.1.1 Medelstilldelning", "", ""],
      ["", 2018, 2017],
      ["Försäkringskassan/Arbetsförmedlingen", 2059000, 1448710],
      ["Region Örebro län", 1029500, 724355],
      ["Lindesbergs kommun", 525045, 370680],
      ["Nora kommun", 236785, 164910],
      ["Hällefors kommun", 154425, 110500],
      ["Ljusnarsbergs kommun", 113245, 78265],
      ["Summa intäkter", "=SUM(C4:C9)", "=SUM(D4:D9)+#REF!"],
      ["Preliminärt beräknat eget kapital", 474000, 642000],
    ],
    valueTypes: [
      ["String", "Empty", "Empty"],
      ["Empty", "Double", "Double"],
      ...Array.from({ length: 6 }, () => ["String", "Double", "Double"]),
      ["String", "Double", "Error"],
      ["String", "Double", "Double"],
    ],
    numberFormat: [
      ["General", "General", "General"],
      ["General", "0", "0"],
      ...Array.from({ length: 8 }, () => ["General", KR, KR]),
    ],
    bold: [[true], [false, true, true], [], [], [], [], [], [], [true, true, true]],
    indent: [[], [], [1], [1], [1], [1], [1], [1]],
    rowHidden: [false, false, false, false, false, false, false, false, false, true],
    merges: "'Budget 2018'!B2:D2",
  },
};
const blank: FakeSheet = { name: "Tom" };
const old: FakeSheet = {
  name: "Gammal",
  visibility: "Hidden",
  protected: true,
  used: {
    address: "Gammal!A1:B2",
    values: [
      ["Budget 2017", ""],
      ["Summa", 2897420],
    ],
    formulas: [
      ["Budget 2017", ""],
      ["Summa", 2897420],
    ],
    valueTypes: [
      ["String", "Empty"],
      ["String", "Double"],
    ],
  },
};

const member = (label: string, y2018: number, y2017: number) => [
  undefined,
  { value: { type: "string", value: label }, indent: 1 },
  { value: { type: "number", value: y2018 }, numberFormat: KR },
  { value: { type: "number", value: y2017 }, numberFormat: KR },
];

const expectedBudget: Grid = {
  name: "Budget 2018",
  rows: [
    [],
    [undefined, { value: { type: "string", value: "6.1.1 Medelstilldelning" }, bold: true }],
    [
      undefined,
      undefined,
      { value: { type: "number", value: 2018 }, numberFormat: "0", bold: true },
      { value: { type: "number", value: 2017 }, numberFormat: "0", bold: true },
    ],
    member("Försäkringskassan/Arbetsförmedlingen", 2059000, 1448710),
    member("Region Örebro län", 1029500, 724355),
    member("Lindesbergs kommun", 525045, 370680),
    member("Nora kommun", 236785, 164910),
    member("Hällefors kommun", 154425, 110500),
    member("Ljusnarsbergs kommun", 113245, 78265),
    [
      undefined,
      { value: { type: "string", value: "Summa intäkter" }, bold: true },
      { value: { type: "number", value: 4118000 }, formula: "=SUM(C4:C9)", numberFormat: KR, bold: true },
      { value: { type: "error", value: "#REF!" }, formula: "=SUM(D4:D9)+#REF!", numberFormat: KR, bold: true },
    ],
    [
      undefined,
      { value: { type: "string", value: "Preliminärt beräknat eget kapital" } },
      { value: { type: "number", value: 474000 }, numberFormat: KR },
      { value: { type: "number", value: 642000 }, numberFormat: KR },
    ],
  ] as Grid["rows"],
  merges: [{ top: 2, left: 2, bottom: 2, right: 4 }],
  hiddenRows: [11],
};
const expectedBlank: Grid = { name: "Tom", rows: [], merges: [] };
const expectedOld: Grid = {
  name: "Gammal",
  rows: [
    [{ value: { type: "string", value: "Budget 2017" } }],
    [{ value: { type: "string", value: "Summa" } }, { value: { type: "number", value: 2897420 } }],
  ],
  merges: [],
  hidden: true,
  protected: true,
};

describe("ExcelWorkbook.readSheets", () => {
  it("reads every sheet at its true position, errors, bold, indent, merges and hidden rows, in two syncs", async () => {
    const fake = fakeExcel([budget, blank, old]);
    const result = await new ExcelWorkbook(fake.run, fake.office).readSheets();
    expect(result).toStrictEqual({ ok: true, grids: [expectedBudget, expectedBlank, expectedOld] });
    expect(fake.syncs()).toBe(2);
    expect(fake.calls.filter((c) => c.startsWith("usedRange"))).toEqual([
      "usedRange Budget 2018 valuesOnly=true",
      "usedRange Tom valuesOnly=true",
      "usedRange Gammal valuesOnly=true",
    ]);
  });

  it("still syncs twice for forty sheets", async () => {
    const sheets: FakeSheet[] = Array.from({ length: 40 }, (_, i) => ({
      ...old,
      name: `Blad ${i + 1}`,
      used: { ...old.used!, address: `'Blad ${i + 1}'!A1:B2` },
    }));
    const fake = fakeExcel(sheets);
    const result = await new ExcelWorkbook(fake.run, fake.office).readSheets();
    expect(result.ok && result.grids.map((g) => g.name)).toEqual(sheets.map((s) => s.name));
    expect(fake.syncs()).toBe(2);
  });

  it("leaves out bold, indent, hidden rows and merges on a host without ExcelApi 1.9 and 1.13", async () => {
    const fake = fakeExcel([budget], { api: "1.8" });
    const result = await new ExcelWorkbook(fake.run, fake.office).readSheets();
    expect(fake.calls.some((c) => c.startsWith("cellProperties") || c.startsWith("merges"))).toBe(false);
    expect(result.ok && result.grids[0].rows[9]).toStrictEqual([
      undefined,
      { value: { type: "string", value: "Summa intäkter" } },
      { value: { type: "number", value: 4118000 }, formula: "=SUM(C4:C9)", numberFormat: KR },
      { value: { type: "error", value: "#REF!" }, formula: "=SUM(D4:D9)+#REF!", numberFormat: KR },
    ]);
    expect(result.ok && result.grids[0].merges).toEqual([]);
    expect(result.ok && result.grids[0].hiddenRows).toBeUndefined();
    expect(fake.syncs()).toBe(2);
  });

  it("turns an Office failure into a read error with a Swedish message", async () => {
    const fake = fakeExcel([budget]);
    const failing = async () => {
      throw Object.assign(new Error("The request failed"), { code: "GeneralException" });
    };
    const result = await new ExcelWorkbook(failing, fake.office).readSheets();
    expect(result).toEqual({
      ok: false,
      error: {
        kind: "io",
        message:
          "Kunde inte läsa arbetsboken i Excel (GeneralException: The request failed). Försök igen, eller spara och öppna filen på nytt.",
      },
    });
  });
});

const prognosis: SheetSpec = {
  name: "Prognos 2025–2027",
  cells: [
    { address: "A1", value: { type: "string", value: "Prognos 2025–2027" }, style: { bold: true } },
    { address: "B2", value: { type: "string", value: "2025" }, style: { bold: true, horizontalAlignment: "right" } },
    { address: "C2", value: { type: "string", value: "2026" }, style: { bold: true, horizontalAlignment: "right" } },
    { address: "A3", value: { type: "string", value: "Medlemsbidrag" } },
    { address: "B3", value: { type: "number", value: "4000000" }, numberFormat: "#,##0" },
    { address: "C3", formula: "=B3*(1+$F$1)", numberFormat: "#,##0" },
    { address: "A4", value: { type: "string", value: "Resultat" }, style: { bold: true, borderTop: true } },
    { address: "B4", formula: "=B3-1828456", numberFormat: "#,##0", style: { bold: true, borderTop: true } },
    { address: "C4", formula: "=C3-1828456", numberFormat: "#,##0", style: { bold: true, borderTop: true } },
    { address: "E1", value: { type: "string", value: "Ökning" } },
    { address: "F1", value: { type: "number", value: "0.025" }, numberFormat: "0.0%", style: { fill: "FFF2CC" } },
  ],
  columnWidths: { 1: 30, 2: 12 },
  conditionalFormats: [{ range: "B4:C4", formula: "=B4<0", style: { color: "C00000", bold: true } }],
  freeze: { rows: 2, columns: 1 },
  print: { area: "A1:F4", landscape: true, fitToWidth: true, paperSize: "A4", repeatRows: "$1:$2" },
};

describe("ExcelWorkbook.addSheet", () => {
  it("picks a free name, writes every cell, format, rule and pane, and activates the sheet, in two syncs", async () => {
    const fake = fakeExcel([{ name: "Budget 2024" }, { name: "Prognos 2025–2027" }]);
    const name = await new ExcelWorkbook(fake.run, fake.office).addSheet(prognosis);
    const sheet = "Prognos 2025–2027 (2)";
    expect(name).toBe(sheet);
    expect(fake.syncs()).toBe(2);
    expect(Object.fromEntries(writtenCells(fake, sheet, "formulas"))).toEqual({
      A1: "'Prognos 2025–2027",
      B2: "'2025",
      C2: "'2026",
      A3: "'Medlemsbidrag",
      B3: 4000000,
      C3: "=B3*(1+$F$1)",
      A4: "'Resultat",
      B4: "=B3-1828456",
      C4: "=C3-1828456",
      E1: "'Ökning",
      F1: 0.025,
    });
    const formats = writtenCells(fake, sheet, "numberFormat");
    expect([...formats].filter(([, f]) => f !== "General")).toEqual([
      ["F1", "0.0%"],
      ["B3", "#,##0"],
      ["C3", "#,##0"],
      ["B4", "#,##0"],
      ["C4", "#,##0"],
    ]);
    const total = formatAt(fake, sheet, "C4");
    expect(total?.address).toBe("A4:C4");
    expect(total?.range.format.font.bold).toBe(true);
    expect(total?.range.borderEdges).toEqual({ EdgeTop: { style: "Continuous" } });
    expect(formatAt(fake, sheet, "C2")?.address).toBe("B2:C2");
    expect(formatAt(fake, sheet, "C2")?.range.format.horizontalAlignment).toBe("Right");
    expect(formatAt(fake, sheet, "F1")?.range.format.fill.color).toBe("#FFF2CC");
    expect(formatAt(fake, sheet, "A3")).toBeUndefined();
    const widths = fake.ranges.filter((r) => r.sheet === sheet && /^[A-Z]+:[A-Z]+$/.test(r.address));
    expect(widths.map((r) => [r.address, r.range.format.columnWidth])).toEqual([
      ["A:A", 161.25],
      ["B:B", 66.75],
    ]);
    expect(fake.conditionalFormats).toHaveLength(1);
    const rule = fake.conditionalFormats[0];
    expect([rule.range, rule.type, rule.format.custom.rule.formula]).toEqual(["B4:C4", "Custom", "=B4<0"]);
    expect([rule.format.custom.format.font.color, rule.format.custom.format.font.bold]).toEqual(["#C00000", true]);
    expect(fake.calls).toEqual([
      `add ${sheet}`,
      `freezeAt ${sheet} A1:A2`,
      `printArea ${sheet} A1:F4`,
      `printTitleRows ${sheet} $1:$2`,
      `activate ${sheet}`,
    ]);
    const layout = fake.added[0].pageLayout;
    expect([layout.orientation, layout.paperSize, layout.zoom]).toEqual([
      "Landscape",
      "A4",
      { horizontalFitToPages: 1 },
    ]);
  });

  it("keeps the wanted name when it is free and skips print setup before ExcelApi 1.9", async () => {
    const fake = fakeExcel([{ name: "Budget 2024" }], { api: "1.8" });
    const name = await new ExcelWorkbook(fake.run, fake.office).addSheet(prognosis);
    expect(name).toBe("Prognos 2025–2027");
    expect(fake.calls).toEqual([
      "add Prognos 2025–2027",
      "freezeAt Prognos 2025–2027 A1:A2",
      "activate Prognos 2025–2027",
    ]);
    expect(fake.syncs()).toBe(2);
  });
});

describe("ExcelWorkbook.select and writeCell", () => {
  it("activates the sheet and selects the range in one sync", async () => {
    const fake = fakeExcel([budget]);
    await new ExcelWorkbook(fake.run, fake.office).select("Budget 2018", "C10");
    expect(fake.calls).toEqual(["activate Budget 2018", "select Budget 2018!C10"]);
    expect(fake.syncs()).toBe(1);
  });

  it("writes exactly one cell per call, one sync each: a decimal as a number, a formula as a formula", async () => {
    const fake = fakeExcel([budget]);
    const workbook = new ExcelWorkbook(fake.run, fake.office);
    await workbook.writeCell("Budget 2018", "D10", "=SUM(D4:D9)");
    await workbook.writeCell("Budget 2018", "C11", "-1828456.50");
    expect(fake.ranges.map((r) => [r.sheet, r.address, r.range.formulas])).toEqual([
      ["Budget 2018", "D10", [["=SUM(D4:D9)"]]],
      ["Budget 2018", "C11", [[-1828456.5]]],
    ]);
    expect(fake.syncs()).toBe(2);
  });

  it("says in Swedish which cell could not be written", async () => {
    const fake = fakeExcel([budget]);
    await expect(new ExcelWorkbook(fake.run, fake.office).writeCell("Borttaget", "C3", "1")).rejects.toThrow(
      'Kunde inte skriva till C3 på bladet "Borttaget" (ItemNotFound: Borttaget). Är bladet skyddat?'
    );
  });
});

const settings: UserSettings = {
  kommunKey: { Lindesberg: "23657", Nora: "10580", Hällefors: "6928", Ljusnarsberg: "4919" },
  agreedDeviations: [{ rule: "sum.rounding", sheet: "Budget 2017", cell: "E20", note: "Avrundning i tkr" }],
  equityTrappa: [{ allocationUpTo: "2000000", maxPercent: "50" }],
};

describe("ExcelWorkbook settings", () => {
  it("round-trips the settings as JSON under finsamKontroll, saved with saveAsync", async () => {
    const fake = fakeExcel([budget]);
    await new ExcelWorkbook(fake.run, fake.office).saveSettings(settings);
    expect(JSON.parse(fake.savedSettings.get("finsamKontroll") as string)).toEqual(settings);
    expect(await new ExcelWorkbook(fake.run, fake.office).loadSettings()).toEqual(settings);
  });

  it("gives empty settings for a missing or damaged value and keeps what is readable", async () => {
    expect(await new ExcelWorkbook(fakeExcel([]).run, fakeExcel([]).office).loadSettings()).toEqual({});
    const damaged = fakeExcel([], { settings: { finsamKontroll: "{not json" } });
    expect(await new ExcelWorkbook(damaged.run, damaged.office).loadSettings()).toEqual({});
    const partly = fakeExcel([], {
      settings: { finsamKontroll: JSON.stringify({ kommunKey: { Nora: 10580, X: {} }, equityTrappa: "bad" }) },
    });
    expect(await new ExcelWorkbook(partly.run, partly.office).loadSettings()).toEqual({ kommunKey: { Nora: "10580" } });
  });

  it("rejects with a Swedish message when the host cannot save", async () => {
    const fake = fakeExcel([], { saveFails: true });
    await expect(new ExcelWorkbook(fake.run, fake.office).saveSettings(settings)).rejects.toThrow(
      "Kunde inte spara inställningarna i arbetsboken (Dokumentet är skrivskyddat)."
    );
  });
});

describe("ExcelWorkbook.onChanged", () => {
  it("registers one worksheets.onChanged handler and removes it again (ExcelApi 1.9)", async () => {
    const fake = fakeExcel([budget]);
    const changes: string[] = [];
    const stop = await new ExcelWorkbook(fake.run, fake.office).onChanged(() => changes.push("changed"));
    expect(fake.changeHandlers).toHaveLength(1);
    expect(fake.syncs()).toBe(1);
    await fake.changeHandlers[0]();
    expect(changes).toEqual(["changed"]);
    await (stop as () => Promise<void>)();
    expect(fake.changeHandlers).toHaveLength(0);
    expect(fake.syncs()).toBe(2);
  });

  it("falls back to DocumentSelectionChanged before ExcelApi 1.9", async () => {
    const fake = fakeExcel([budget], { api: "1.8" });
    const changes: string[] = [];
    const stop = await new ExcelWorkbook(fake.run, fake.office).onChanged(() => changes.push("changed"));
    expect(fake.changeHandlers).toHaveLength(0);
    expect(fake.selectionHandlers).toHaveLength(1);
    fake.selectionHandlers[0]();
    expect(changes).toEqual(["changed"]);
    await (stop as () => Promise<void>)();
    expect(fake.selectionHandlers).toHaveLength(0);
    expect(fake.syncs()).toBe(0);
  });
});

describe("ExcelWorkbook.readSheets on the seed fixtures", () => {
  it.each(fixtureNames().filter((n) => n.endsWith(".built")))(
    "reads %s back as the Grids it was built from",
    async (name) => {
      const grids = loadFixtureGrids(name);
      const fake = fakeExcel(grids.map(gridToFakeSheet));
      const result = await new ExcelWorkbook(fake.run, fake.office).readSheets();
      expect(result).toStrictEqual({ ok: true, grids: grids.map(asReadBack) });
      expect(fake.syncs()).toBe(2);
    }
  );
});
