// The user's settings as stored in a workbook: both adapters read them through parseStoredSettings.
import { parseStoredSettings } from "../../src/domain/settings";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { loadDocumentSettings, saveDocumentSettings, type DocumentSettings } from "../../src/workbook/excelSettings";
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

test("the Excel adapter keeps corrections in the document settings", async () => {
  const store = new Map<string, unknown>();
  const doc: DocumentSettings = {
    get: (name) => store.get(name),
    set: (name, value) => void store.set(name, value),
    saveAsync: (callback) => callback?.({ status: "succeeded" } as unknown as Office.AsyncResult<void>),
  };
  await saveDocumentSettings(doc, settings, "failed" as unknown as Office.AsyncResultStatus);
  expect(loadDocumentSettings(doc)).toEqual(settings);
});
