// The Office.js adapter reading against the fake Excel of excelMock.ts (office-addin-mock behind
// Office.js's rules): exact Grids, the constant number of syncs, text that looks like a formula,
// cell edit mode, and Office failures as Swedish messages.
import { ExcelWorkbook } from "../../src/workbook/excel";
import type { Grid } from "../../src/domain/grid";
import { fakeExcel, type FakeSheet } from "./excelMock";
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
      { value: { type: "number", value: 2018 }, numberFormat: "0" },
      { value: { type: "number", value: 2017 }, numberFormat: "0" },
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
      { value: { type: "number", value: 4118000 }, formula: "=SUM(C4:C9)", numberFormat: KR },
      { value: { type: "error", value: "#REF!" }, formula: "=SUM(D4:D9)+#REF!", numberFormat: KR },
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

/** The syncs of any workbook that fits one request: sheets, used ranges, data, label formats, merges. */
const SYNCS_PER_READ = 5;

describe("ExcelWorkbook.readSheets", () => {
  it("reads every sheet at its true position: errors, bold and indent of labels, merges, hidden rows and sheets", async () => {
    const fake = fakeExcel([budget, blank, old]);
    const result = await new ExcelWorkbook(fake.run, fake.office).readSheets();
    expect(result).toStrictEqual({ ok: true, grids: [expectedBudget, expectedBlank, expectedOld] });
    expect(fake.syncs()).toBe(SYNCS_PER_READ);
  });

  it("loads bold and indent only for the columns that hold text, from the first to the last text cell", async () => {
    const fake = fakeExcel([budget, blank, old]);
    await new ExcelWorkbook(fake.run, fake.office).readSheets();
    expect(fake.calls.filter((c) => c.startsWith("cellProperties"))).toEqual([
      "cellProperties Budget 2018 B2:B11",
      "cellProperties Gammal A1:A2",
    ]);
  });

  it("still takes five syncs for forty sheets", async () => {
    const sheets: FakeSheet[] = Array.from({ length: 40 }, (_, i) => ({
      ...old,
      name: `Blad ${i + 1}`,
      used: { ...old.used!, address: `'Blad ${i + 1}'!A1:B2` },
    }));
    const fake = fakeExcel(sheets);
    const result = await new ExcelWorkbook(fake.run, fake.office).readSheets();
    expect(result.ok && result.grids.map((g) => g.name)).toEqual(sheets.map((s) => s.name));
    expect(fake.syncs()).toBe(SYNCS_PER_READ);
  });

  it("runs every batch with delayForCellEdit, so that a read waits while the user types in a cell", async () => {
    const fake = fakeExcel([budget]);
    fake.beginCellEdit();
    const reading = new ExcelWorkbook(fake.run, fake.office).readSheets();
    await new Promise((resolve) => setTimeout(resolve, 20));
    fake.endCellEdit();
    expect((await reading).ok).toBe(true);
    expect(fake.runs).toEqual([{ delayForCellEdit: true }]);
  });

  it("reads text typed as '=SUMMA(…) or into a Text cell as text, not as a formula", async () => {
    const fake = fakeExcel([
      {
        name: "Anteckningar",
        used: {
          address: "Anteckningar!A1:B2",
          values: [
            ["=SUMMA(B3:B9)", 12],
            ["Summa", 4118000],
          ],
          formulas: [
            ["=SUMMA(B3:B9)", 12],
            ["Summa", "=SUM(B1:B1)*0+4118000"],
          ],
          valueTypes: [
            ["String", "Double"],
            ["String", "Double"],
          ],
          numberFormat: [
            ["@", "General"],
            ["General", "General"],
          ],
        },
      },
    ]);
    const result = await new ExcelWorkbook(fake.run, fake.office).readSheets();
    expect(result.ok && result.grids[0].rows).toStrictEqual([
      [
        { value: { type: "string", value: "=SUMMA(B3:B9)" }, numberFormat: "@" },
        { value: { type: "number", value: 12 } },
      ],
      [
        { value: { type: "string", value: "Summa" } },
        { value: { type: "number", value: 4118000 }, formula: "=SUM(B1:B1)*0+4118000" },
      ],
    ]);
  });

  it("never returns the settings sheet as a Grid", async () => {
    const fake = fakeExcel([
      budget,
      {
        name: "FinsamKontroll_inställningar",
        visibility: "VeryHidden",
        used: { address: "A1:A2", values: [["Finsam Budgetkontroll sparar …"], ['{"kommunKey":{}}']] },
      },
    ]);
    const result = await new ExcelWorkbook(fake.run, fake.office).readSheets();
    expect(result.ok && result.grids.map((g) => g.name)).toEqual(["Budget 2018"]);
  });

  it("turns an Office failure into a Swedish message that says what to do, without Office's code", async () => {
    const fake = fakeExcel([budget]);
    fake.failOn((op) => op.kind === "sync", "GeneralException");
    const result = await new ExcelWorkbook(fake.run, fake.office).readSheets();
    expect(result).toEqual({
      ok: false,
      error: {
        kind: "io",
        message:
          "Arbetsboken kunde inte läsas i Excel. Excel kunde inte slutföra åtgärden, troligen för att en annan arbetsbok eller ett dialogfönster hade fokus. Klicka i arbetsboken och försök igen.",
      },
    });
  });

  it("says to leave the cell when a batch fails in cell edit mode", async () => {
    const fake = fakeExcel([budget]);
    fake.failOn((op) => op.kind === "sync", "InvalidOperationInCellEditMode");
    const result = await new ExcelWorkbook(fake.run, fake.office).readSheets();
    expect(!result.ok && result.error.message).toBe(
      "Arbetsboken kunde inte läsas i Excel. En cell redigeras just nu. Tryck Enter eller Esc i cellen och försök igen."
    );
  });
});

describe("ExcelWorkbook.readSheets on the seed fixtures", () => {
  it.each(fixtureNames().filter((n) => n.endsWith(".built")))(
    "reads %s back as the Grids it was built from, in five syncs",
    async (name) => {
      const grids = loadFixtureGrids(name);
      const fake = fakeExcel(grids.map(gridToFakeSheet));
      const result = await new ExcelWorkbook(fake.run, fake.office).readSheets();
      expect(result).toStrictEqual({ ok: true, grids: grids.map(asReadBack) });
      expect(fake.syncs()).toBe(SYNCS_PER_READ);
    }
  );
});
