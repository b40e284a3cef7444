// The user's settings as stored in a workbook: both adapters read them through parseStoredSettings.
import ExcelJS from "exceljs";
import {
  parseStoredSettings,
  settingsFromColumn,
  settingsSheetColumn,
  SETTINGS_CHUNK,
  SETTINGS_SHEET_NAME,
} from "../../src/domain/settings";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import type { UserSettings } from "../../src/domain/finding";

const settings: UserSettings = {
  kommunKey: { Lekeberg: "7 500", Örebro: "160 000" },
  agreedDeviations: [
    { rule: "shares.region", sheet: "Budget 2024", cell: "B7", note: "Beslut i styrelsen 2023-11-27" },
  ],
  equityTrappa: [{ allocationUpTo: "5000000", maxPercent: "20" }],
  overrides: {
    sums: [{ sheet: "Budget 2024", row: 12, parts: null }],
    periods: [{ sheet: "Budget 2024", column: 2, year: 2024, kind: "budget" }],
    units: [{ sheet: "Budget 2024", unit: "tkr" }],
    roles: [{ sheet: "Budget 2024", row: 5, role: "member", member: "state" }],
  },
};

test("every field, corrections included, survives a round trip through JSON", () => {
  expect(parseStoredSettings(JSON.stringify(settings))).toEqual(settings);
});

test("malformed entries are dropped one by one, the rest is kept", () => {
  const stored = {
    kommunKey: { Lekeberg: "7 500" },
    overrides: {
      sums: [
        { sheet: "Budget 2024", row: "tolv", parts: null },
        { sheet: "Budget 2024", row: 14, parts: [12, 13] },
      ],
      units: [{ sheet: "Budget 2024", unit: "miljoner" }],
      roles: [{ sheet: "Budget 2024", row: 5, role: "chef" }],
    },
  };
  expect(parseStoredSettings(stored)).toEqual({
    kommunKey: { Lekeberg: "7 500" },
    overrides: { sums: [{ sheet: "Budget 2024", row: 14, parts: [12, 13] }] },
  });
  expect(parseStoredSettings("{inte json")).toEqual({});
  expect(parseStoredSettings([1, 2])).toEqual({});
});

test("the xlsx adapter keeps corrections in its hidden sheet", async () => {
  const workbook = new XlsxWorkbook();
  await workbook.addSheet({
    name: "Budget 2024",
    cells: [{ address: "A1", value: { type: "string", value: "Budget" } }],
  });
  await workbook.saveSettings(settings);
  const reopened = new XlsxWorkbook(await workbook.toBuffer());
  expect(await reopened.loadSettings()).toEqual(settings);
});

test("the settings sheet's column A: the explanation, then the JSON, read back whole", () => {
  const column = settingsSheetColumn(settings);
  expect(column[0]).toBe(
    "Finsam Budgetkontroll sparar sina inställningar (kommunnyckel, godkända avvikelser, trappa) i det här dolda bladet. Ändra det inte för hand."
  );
  expect(column.slice(1).join("")).toBe(JSON.stringify(settings));
  expect(settingsFromColumn(column)).toEqual(settings);
  expect(settingsFromColumn([column[0]])).toEqual({});
  expect(settingsFromColumn([])).toEqual({});
});

test("long settings are cut under Excel's 32 767 characters a cell and read back", () => {
  const long = { kommunKey: Object.fromEntries(Array.from({ length: 4000 }, (_, i) => [`Kommun ${i} å`, `${i}`])) };
  const column = settingsSheetColumn(long);
  expect(column.length).toBeGreaterThan(3);
  expect(column.slice(1).every((piece) => piece.length <= SETTINGS_CHUNK)).toBe(true);
  expect(settingsFromColumn(column)).toEqual(long);
});

test("the file adapter writes the sheet the Excel adapter reads: same name, very hidden, same column A", async () => {
  const workbook = new XlsxWorkbook();
  await workbook.addSheet({ name: "Budget 2024", cells: [{ address: "A1", value: { type: "string", value: "x" } }] });
  await workbook.saveSettings(settings);
  const read = new ExcelJS.Workbook();
  await read.xlsx.load((await workbook.toBuffer()) as unknown as ArrayBuffer);
  const sheet = read.getWorksheet(SETTINGS_SHEET_NAME);
  expect(sheet?.state).toBe("veryHidden");
  const column = Array.from({ length: sheet?.rowCount ?? 0 }, (_, r) => sheet?.getCell(r + 1, 1).value);
  expect(column).toEqual(settingsSheetColumn(settings));
});

test("the add-in's sheet list survives a round trip and drops what is not a name", () => {
  expect(
    parseStoredSettings({ addinSheets: ["Prognos 2025–2027", 7, "", "Prognos 2025–2027", "Kontrollrapport"] })
  ).toEqual({
    addinSheets: ["Prognos 2025–2027", "Kontrollrapport"],
  });
});
