// One settings store for the pane and finsam-check: the very hidden sheet, read and written by the
// Excel adapter through worksheets, with what earlier versions kept in the document settings
// moved into it once.
import ExcelJS from "exceljs";
import { ExcelWorkbook } from "../../src/workbook/excel";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import type { UserSettings } from "../../src/domain/finding";
import { SETTINGS_CHUNK, SETTINGS_SHEET_NAME, settingsSheetColumn } from "../../src/domain/settings";
import { fakeExcel, type FakeExcel, type FakeSheet } from "./excelMock";
import { cellsIn, rectOf } from "./excelMockStore";

const settings: UserSettings = {
  kommunKey: { Lindesberg: "23657", Nora: "10580", Hällefors: "6928", Ljusnarsberg: "4919" },
  agreedDeviations: [{ rule: "sum.rounding", sheet: "Budget 2017", cell: "E20", note: "Avrundning i tkr" }],
  equityTrappa: [{ allocationUpTo: "2000000", maxPercent: "50" }],
};

const budget: FakeSheet = { name: "Budget", used: { address: "Budget!A1", values: [["Budget 2024"]] } };

/** Column A of the fake's settings sheet, top down. */
function settingsColumn(fake: FakeExcel): unknown[] {
  const sheet = fake.sheet(SETTINGS_SHEET_NAME);
  return sheet ? [...cellsIn(sheet, rectOf("A:A"))].sort(([a], [b]) => a - b).map(([, , cell]) => cell.value) : [];
}

/** A settings sheet as a test describes it: column A as given. */
function settingsSheet(column: string[]): FakeSheet {
  return {
    name: SETTINGS_SHEET_NAME,
    visibility: "VeryHidden",
    used: { address: `A1:A${column.length}`, values: column.map((v) => [v]), numberFormat: column.map(() => ["@"]) },
  };
}

describe("ExcelWorkbook settings in the very hidden sheet", () => {
  it("saves into a new very hidden sheet, as text, and loads them back, two syncs each", async () => {
    const fake = fakeExcel([budget]);
    const workbook = new ExcelWorkbook(fake.run, fake.office);
    await workbook.saveSettings(settings);
    expect(fake.syncs()).toBe(2);
    expect(fake.sheet(SETTINGS_SHEET_NAME)?.visibility).toBe("VeryHidden");
    expect(settingsColumn(fake)).toEqual(settingsSheetColumn(settings));
    expect(await workbook.loadSettings()).toEqual(settings);
    expect(fake.syncs()).toBe(4);
    await workbook.saveSettings({ kommunKey: { Nora: "1" } });
    expect(await workbook.loadSettings()).toEqual({ kommunKey: { Nora: "1" } });
    expect(fake.sheetNames()).toEqual(["Budget", SETTINGS_SHEET_NAME]);
  });

  it("keeps a piece of the JSON that starts with '=' as text (the column is formatted as text first)", async () => {
    const note = `${"x".repeat(SETTINGS_CHUNK - 82)}=SUMMA(B3:B9) och 2024`;
    const tricky: UserSettings = { agreedDeviations: [{ rule: "sum.mismatch", sheet: "Budget", cell: "B10", note }] };
    expect(settingsSheetColumn(tricky)[2].startsWith("=")).toBe(true);
    const fake = fakeExcel([budget]);
    const workbook = new ExcelWorkbook(fake.run, fake.office);
    await workbook.saveSettings(tricky);
    expect(await workbook.loadSettings()).toEqual(tricky);
  });

  it("moves settings from the document settings into the sheet once, and removes them there", async () => {
    const fake = fakeExcel([budget], { documentSettings: { finsamKontroll: JSON.stringify(settings) } });
    const workbook = new ExcelWorkbook(fake.run, fake.office);
    expect(await workbook.loadSettings()).toEqual(settings);
    expect(settingsColumn(fake)).toEqual(settingsSheetColumn(settings));
    expect(fake.documentSettings.has("finsamKontroll")).toBe(false);
    expect(await workbook.loadSettings()).toEqual(settings);
  });

  it("uses the document settings where they are when the workbook refuses the new sheet", async () => {
    const fake = fakeExcel([budget], { documentSettings: { finsamKontroll: JSON.stringify(settings) } });
    fake.failOn((op) => op.kind === "add", "AccessDenied");
    expect(await new ExcelWorkbook(fake.run, fake.office).loadSettings()).toEqual(settings);
    expect(fake.sheetNames()).toEqual(["Budget"]);
    expect(fake.documentSettings.has("finsamKontroll")).toBe(true);
  });

  it("says so, in Swedish, when the settings cannot be read, rather than check without them", async () => {
    const fake = fakeExcel([budget, settingsSheet(settingsSheetColumn(settings))]);
    fake.failOn((op) => op.kind === "sync", "GeneralException");
    await expect(new ExcelWorkbook(fake.run, fake.office).loadSettings()).rejects.toThrow(
      "Inställningarna kunde inte läsas ur arbetsboken. Excel kunde inte slutföra åtgärden, troligen för att en annan arbetsbok eller ett dialogfönster hade fokus. Klicka i arbetsboken och försök igen."
    );
  });

  it("reads the sheet, not the document settings, when both hold settings", async () => {
    const fake = fakeExcel([budget, settingsSheet(settingsSheetColumn({ kommunKey: { Nora: "2" } }))], {
      documentSettings: { finsamKontroll: JSON.stringify(settings) },
    });
    expect(await new ExcelWorkbook(fake.run, fake.office).loadSettings()).toEqual({ kommunKey: { Nora: "2" } });
  });

  it("gives empty settings without a sheet, and keeps what is readable of a damaged one", async () => {
    const none = fakeExcel([budget]);
    expect(await new ExcelWorkbook(none.run, none.office).loadSettings()).toEqual({});
    expect(none.sheetNames()).toEqual(["Budget"]);
    const damaged = fakeExcel([
      budget,
      settingsSheet(["förklaring", '{"kommunKey":{"Nora":10580,"X":{}},"equityTrappa":"bad"}']),
    ]);
    expect(await new ExcelWorkbook(damaged.run, damaged.office).loadSettings()).toEqual({
      kommunKey: { Nora: "10580" },
    });
  });

  it("rejects with a Swedish message that says what to do when the workbook refuses the write", async () => {
    const fake = fakeExcel([budget]);
    fake.failOn((op) => op.kind === "add", "AccessDenied");
    await expect(new ExcelWorkbook(fake.run, fake.office).saveSettings(settings)).rejects.toThrow(
      "Inställningarna kunde inte sparas i arbetsboken. Excel nekade ändringen: arbetsboken eller bladet är skyddat, eller arbetsboken är öppnad som skrivskyddad. Ta bort skyddet (Granska → Ta bort skydd) eller öppna arbetsboken för redigering och försök igen."
    );
  });
});

describe("the pane and finsam-check see the same settings", () => {
  it("the Excel adapter reads what the file adapter (and the CLI) wrote", async () => {
    const file = new XlsxWorkbook();
    await file.addSheet({
      name: "Budget",
      cells: [{ address: "A1", value: { type: "string", value: "Budget 2024" } }],
    });
    await file.saveSettings(settings);
    const read = new ExcelJS.Workbook();
    await read.xlsx.load((await file.toBuffer()) as unknown as ArrayBuffer);
    const ws = read.getWorksheet(SETTINGS_SHEET_NAME)!;
    const column = Array.from({ length: ws.rowCount }, (_, r) => String(ws.getCell(r + 1, 1).value));
    const fake = fakeExcel([budget, settingsSheet(column)]);
    expect(await new ExcelWorkbook(fake.run, fake.office).loadSettings()).toEqual(settings);
  });

  it("the file adapter reads what the Excel adapter wrote, and never reads that sheet as a budget", async () => {
    const fake = fakeExcel([budget]);
    await new ExcelWorkbook(fake.run, fake.office).saveSettings(settings);
    const saved = new ExcelJS.Workbook();
    saved.addWorksheet("Budget").getCell("A1").value = "Budget 2024";
    const ws = saved.addWorksheet(SETTINGS_SHEET_NAME, { state: "veryHidden" });
    settingsColumn(fake).forEach((value, r) => (ws.getCell(r + 1, 1).value = value as string));
    const file = new XlsxWorkbook(new Uint8Array(await saved.xlsx.writeBuffer()));
    expect(await file.loadSettings()).toEqual(settings);
    const sheets = await file.readSheets();
    expect(sheets.ok && sheets.grids.map((g) => g.name)).toEqual(["Budget"]);
  });
});
