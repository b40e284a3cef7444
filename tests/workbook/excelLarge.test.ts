// Large workbooks inside Excel on the web: 5 MB a response, 512 merged areas a call. The fake
// enforces both (excelMock.ts); the adapter must read what fits and name what it could not check.
import { ExcelWorkbook } from "../../src/workbook/excel";
import { EXCEL_READ_LIMITS, halve, planRead } from "../../src/workbook/excelReadPlan";
import { fakeExcel, WEB_PAYLOAD_LIMIT, type FakeSheet } from "./excelMock";

const KR = '#,##0 "kr"';

jest.setTimeout(30000);

/** A ledger-like sheet: account names in A, amounts in B… in kr. */
function ledger(
  name: string,
  rows: number,
  columns: number,
  label = (r: number) => `Konto ${3000 + r} Lönekostnader`
): FakeSheet {
  return {
    name,
    used: {
      address: `'${name}'!A1:${String.fromCharCode(64 + columns)}${rows}`,
      values: Array.from({ length: rows }, (_, r) => [
        label(r),
        ...Array.from({ length: columns - 1 }, (_, c) => 100000 + r * 7 + c),
      ]),
      numberFormat: Array.from({ length: rows }, () => ["General", ...Array.from({ length: columns - 1 }, () => KR)]),
    },
  };
}

const budgetTop: FakeSheet = {
  name: "Budget",
  used: {
    address: "Budget!A1:C4",
    values: [
      ["Budget", 2024, 2025],
      ["Medlemsbidrag", 4000000, 4100000],
      ["Kostnader", -3900000, -4000000],
      ["Resultat", 100000, 100000],
    ],
    bold: [[true], [], [], [true]],
  },
};

describe("a workbook larger than one 5 MB response", () => {
  it("reads 120 000 cells in three sheets in seven syncs, none over 5 MB, though together they are more", async () => {
    const sheets = ["Huvudbok 2022", "Huvudbok 2023", "Huvudbok 2024"].map((n) => ledger(n, 2000, 20));
    const fake = fakeExcel(sheets);
    const result = await new ExcelWorkbook(fake.run, fake.office).readSheets();
    if (!result.ok) throw new Error(result.error.message);
    expect(result.notices).toBeUndefined();
    expect(result.grids.map((g) => [g.name, g.rows.length, g.rows[1999].length])).toEqual([
      ["Huvudbok 2022", 2000, 20],
      ["Huvudbok 2023", 2000, 20],
      ["Huvudbok 2024", 2000, 20],
    ]);
    expect(result.grids[2].rows[1999][19]).toEqual({
      value: { type: "number", value: 100000 + 1999 * 7 + 18 },
      numberFormat: KR,
    });
    // sheets, used ranges, data in three requests (50 000 + 50 000 + 20 000 cells), labels (column A only), merges
    expect(fake.syncs()).toBe(7);
    expect(Math.max(...fake.responses)).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
    expect(fake.responses.reduce((a, b) => a + b, 0)).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
    expect(fake.calls.filter((c) => c.startsWith("cellProperties"))).toEqual([
      "cellProperties Huvudbok 2022 A1:A2000",
      "cellProperties Huvudbok 2023 A1:A2000",
      "cellProperties Huvudbok 2024 A1:A2000",
    ]);
  });

  it("reads the budget at the top of a sheet with a stray value at its last row, and names the rows it left out", async () => {
    const fake = fakeExcel([{ ...budgetTop, stray: { T1048576: "x" } }]);
    const result = await new ExcelWorkbook(fake.run, fake.office).readSheets();
    if (!result.ok) throw new Error(result.error.message);
    expect(result.grids[0].rows.slice(0, 4).map((row) => row.map((c) => c?.value))).toEqual(
      budgetTop.used!.values.map((line) =>
        line.map((v) => (typeof v === "number" ? { type: "number", value: v } : { type: "string", value: v }))
      )
    );
    expect(result.grids[0].rows[0][0]?.bold).toBe(true);
    expect(result.notices).toEqual([
      'Bladet "Budget" är för stort för att kontrolleras helt i Excel: bara raderna 1–25\u00a0000 kontrollerades, men bladet går till rad 1\u00a0048\u00a0576. Ta bort innehåll långt ned på bladet (Ctrl+End visar var det slutar), eller kontrollera filen med finsam-check.',
    ]);
    // 500 000 cells read in ten requests of 50 000: a bounded number of syncs a block
    expect(fake.syncs()).toBe(2 + 10 + 1 + 1);
    expect(Math.max(...fake.responses)).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
  });

  it("halves a request Excel still refuses (long texts) and reads it in two", async () => {
    const long = (r: number) => `Anteckning ${r}: ${"mycket lång förklaring till beloppet ".repeat(2)}`;
    const texts: FakeSheet = {
      name: "Anteckningar",
      used: {
        address: "Anteckningar!A1:T2500",
        values: Array.from({ length: 2500 }, (_, r) => Array.from({ length: 20 }, () => long(r))),
      },
    };
    const fake = fakeExcel([texts]);
    const result = await new ExcelWorkbook(fake.run, fake.office).readSheets();
    expect(result.ok && result.grids[0].rows[2499][19]).toEqual({ value: { type: "string", value: long(2499) } });
    // sheets, used ranges, data refused, data in two halves, labels, merges
    expect(fake.syncs()).toBe(7);
    expect(fake.responses.filter((bytes) => bytes > WEB_PAYLOAD_LIMIT)).toHaveLength(1);
  });

  it("keeps reading when one sheet has more than 512 merged areas: that sheet alone goes without its merges", async () => {
    const many = Array.from({ length: 600 }, (_, i) => `Rubriker!A${i + 1}:B${i + 1}`).join(", ");
    const headed: FakeSheet = {
      name: "Rubriker",
      used: {
        address: "Rubriker!A1:B600",
        values: Array.from({ length: 600 }, (_, r) => [`Rubrik ${r}`, ""]),
        merges: many,
      },
    };
    const budget: FakeSheet = { ...budgetTop, used: { ...budgetTop.used!, merges: "Budget!B1:C1" } };
    const fake = fakeExcel([headed, budget]);
    const result = await new ExcelWorkbook(fake.run, fake.office).readSheets();
    expect(result.ok && result.grids.map((g) => [g.name, g.merges])).toEqual([
      ["Rubriker", []],
      ["Budget", [{ top: 1, left: 2, bottom: 1, right: 3 }]],
    ]);
    expect(fake.syncs()).toBe(5 + 2);
  });

  it("names the sheets left unread once the workbook passes its cap", async () => {
    const limits = { ...EXCEL_READ_LIMITS, requestCells: 10, labelCells: 10, sheetCells: 12, workbookCells: 20 };
    const fake = fakeExcel([ledger("Ett", 4, 3), ledger("Två", 4, 3), ledger("Tre", 4, 3)]);
    const result = await new ExcelWorkbook(fake.run, fake.office, limits).readSheets();
    if (!result.ok) throw new Error(result.error.message);
    expect(result.grids.map((g) => [g.name, g.rows.length])).toEqual([
      ["Ett", 4],
      ["Två", 2],
      ["Tre", 0],
    ]);
    expect(result.notices).toEqual([
      'Bladet "Två" är för stort för att kontrolleras helt i Excel: bara raderna 1–2 kontrollerades, men bladet går till rad 4. Ta bort innehåll långt ned på bladet (Ctrl+End visar var det slutar), eller kontrollera filen med finsam-check.',
      'Bladet "Tre" kontrollerades inte: arbetsboken har fler celler än tillägget läser i Excel. Ta bort innehåll långt ned på stora blad (Ctrl+End visar var de slutar), eller kontrollera filen med finsam-check.',
    ]);
  });
});

describe("the read plan", () => {
  it("packs sheets in order into requests of at most 50 000 cells, a large one cut into bands of whole rows", () => {
    const plan = planRead(
      [{ top: 0, left: 0, rows: 10, columns: 5 }, undefined, { top: 2, left: 1, rows: 30_000, columns: 4 }],
      EXCEL_READ_LIMITS
    );
    expect(plan.requests).toEqual([
      [{ sheet: 0, top: 0, left: 0, rows: 10, columns: 5 }],
      [{ sheet: 2, top: 2, left: 1, rows: 12_500, columns: 4 }],
      [{ sheet: 2, top: 12_502, left: 1, rows: 12_500, columns: 4 }],
      [{ sheet: 2, top: 25_002, left: 1, rows: 5_000, columns: 4 }],
    ]);
    expect(plan.extents.map((e) => [e.rows, e.cut])).toEqual([
      [10, undefined],
      [0, undefined],
      [30_000, undefined],
    ]);
  });

  it("halves by blocks, then a lone block by rows, and gives up on a single row", () => {
    const a = { sheet: 0, top: 0, left: 0, rows: 5, columns: 2 };
    const b = { sheet: 1, top: 0, left: 0, rows: 1, columns: 2 };
    expect(halve([a, b])).toEqual([[a], [b]]);
    expect(halve([a])).toEqual([[{ ...a, rows: 3 }], [{ ...a, top: 3, rows: 2 }]]);
    expect(halve([b])).toBeUndefined();
  });
});
