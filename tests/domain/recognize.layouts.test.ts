// Layouts the seeds do not show, built as small Grids: each one recognised exactly.
import { recognizeSheet } from "../../src/domain/recognize";
import { gridOf, summarize } from "./recognize.helpers";

const BASIC_BODY: (string | number | null)[][] = [
  ["**Intäkter**"],
  ["Försäkringskassan", 500000, 520000],
  ["Region Värmland", 250000, 260000],
  ["Karlstads kommun", 250000, 260000],
  ["Summa intäkter", "=SUM(B3:B5)|1000000", "=SUM(C3:C5)|1040000"],
  ["**Kostnader**"],
  ["Personal", 600000, 620000],
  ["Lokal", 100000, 100000],
  ["Insatser", 400000, 420000],
  ["Summa kostnader", "=SUM(B8:B10)|1100000", "=SUM(C8:C10)|1140000"],
  ["Årets resultat", "=B6-B11|-100000", "=C6-C11|-100000"],
];

describe("layouts", () => {
  test("an account-number column before the labels", () => {
    const grid = gridOf("Konton", [
      ["Konto", "Benämning", "Budget 2024", "Budget 2025"],
      [3010, "Medlemsbidrag", 4000000, 4000000],
      [3990, "Summa intäkter", "=SUM(C2)|4000000", "=SUM(D2)|4000000"],
      [5010, "Lokalhyra", 86000, 88000],
      [6540, "IT-tjänster", 15000, 15000],
      [7010, "Löner", 677009, 690000],
      [7999, "Summa kostnader", "=SUM(C4:C6)|778009", "=SUM(D4:D6)|793000"],
      [8999, "Resultat", "=C3-C7|3221991", "=D3-D7|3207000"],
    ]);
    const [t] = recognizeSheet(grid);
    expect(summarize(t)).toEqual({
      sheet: "Konton",
      range: "B1:D8",
      labelColumn: "B",
      kind: "plan",
      unit: "kr",
      periods: ["C:2024:budget", "D:2025:budget"],
      rows: [
        "2 member/income:all",
        "3 total-income/income",
        "4 item/cost",
        "5 item/cost",
        "6 item/cost",
        "7 total-cost/cost",
        "8 result",
      ],
      parts: { 3: [2], 7: [4, 5, 6] },
    });
  });

  test("an empty column between the labels and the values", () => {
    const rows = [["Budget", null, 2024, 2025], ...BASIC_BODY.map((r) => [r[0], null, ...r.slice(1)])];
    const [t] = recognizeSheet(
      gridOf(
        "Glapp",
        rows.map((r) =>
          r.map((v) => (typeof v === "string" ? v.replace(/\(([BC])/g, (_m, c) => `(${c === "B" ? "C" : "D"}`) : v))
        )
      )
    );
    expect(t.range).toBe("A1:D12");
    expect(t.labelColumn).toBe(1);
    expect(t.periods.map((p) => [p.column, p.year])).toEqual([
      [3, 2024],
      [4, 2025],
    ]);
    expect(t.rows.find((r) => r.row === 11)!.parts).toEqual([8, 9, 10]);
  });

  test("years descending", () => {
    const [t] = recognizeSheet(gridOf("Fallande", [["", 2025, 2024], ...BASIC_BODY]));
    expect(t.periods.map((p) => `${p.column}:${p.year}:${p.kind}`)).toEqual(["2:2025:budget", "3:2024:budget"]);
    expect(t.rows.find((r) => r.row === 6)!.parts).toEqual([3, 4, 5]);
  });

  test("labels split over two columns: the section in A, the item in B", () => {
    const grid = gridOf("Delad", [
      [null, null, "Budget 2024"],
      ["INTÄKTER"],
      [null, "Medlemsbidrag", 4000000],
      [null, "Summa intäkter", 4000000],
      ["KOSTNADER"],
      ["Insatser"],
      [null, "Coachingteamet", 3238500],
      [null, "Välfärdsguiden", 189000],
      [null, "Summa insatser", 3427500],
      ["Kansli"],
      [null, "Lokalhyra", 86000],
      [null, "Revision", 80000],
      [null, "Summa kansli", 166000],
      [null, "Summa kostnader", 3593500],
      ["RESULTAT", null, 406500],
    ]);
    const [t] = recognizeSheet(grid);
    expect(summarize(t)).toEqual({
      sheet: "Delad",
      range: "A1:C15",
      labelColumn: "B",
      kind: "budget",
      unit: "kr",
      periods: ["C:2024:budget"],
      rows: [
        "2 section/income",
        "3 member/income:all",
        "4 total-income/income",
        "5 section/cost",
        "6 section/cost",
        "7 item/cost",
        "8 item/cost",
        "9 subtotal/cost",
        "10 section/cost",
        "11 item/cost",
        "12 item/cost",
        "13 subtotal/cost",
        "14 total-cost/cost",
        "15 result",
      ],
      parts: { 4: [3], 9: [7, 8], 13: [11, 12], 14: [9, 13] },
    });
    expect(t.rows.find((r) => r.row === 7)!.level).toBe(1);
    expect(t.rows.find((r) => r.row === 6)!.level).toBe(0);
  });

  test("a merged title cell over the table, and a kind spread from a merged header", () => {
    const grid = gridOf(
      "Sammanslagen",
      [
        ["Budget för Samordningsförbundet 2024–2026", null, null, null],
        [],
        [null, "Prognos", null, null],
        [null, 2024, 2025, 2026],
        ...BASIC_BODY.map((r) => [...r, r[2] ?? null]),
      ],
      {
        merges: [
          { top: 1, left: 1, bottom: 1, right: 4 },
          { top: 3, left: 2, bottom: 3, right: 4 },
        ],
      }
    );
    const [t] = recognizeSheet(grid);
    expect(t.title).toBe("Budget för Samordningsförbundet 2024–2026");
    expect(t.range).toBe("A3:D15");
    expect(t.periods.map((p) => `${p.year}:${p.kind}`)).toEqual(["2024:prognos", "2025:prognos", "2026:prognos"]);
  });

  test("a Totalt column summing the years is no period", () => {
    const grid = gridOf("Totalt", [
      ["", "Budget 2024", "Plan 2025", "Totalt"],
      ["Medlemsbidrag", 100, 100, 200],
      ["Personal", 60, 60, 120],
      ["Lokal", 50, 50, 100],
      ["Summa kostnader", 110, 110, 220],
      ["Resultat", -10, -10, -20],
    ]);
    const [t] = recognizeSheet(grid);
    expect(t.periods.map((p) => `${p.column}:${p.year}:${p.kind}`)).toEqual(["2:2024:budget", "3:2025:plan"]);
    expect(t.totalColumn).toBe(4);
    expect(t.range).toBe("A1:D6");
    expect(t.rows.find((r) => r.row === 5)!.parts).toEqual([3, 4]);
    expect(t.rows[0].values).toHaveLength(2);
  });

  test("an Avvikelse column and a % column are no periods", () => {
    const grid = gridOf("Avvikelse", [
      ["", "Budget 2024", "Utfall 2023", "Avvikelse", "%"],
      ["Medlemsbidrag", 4000000, 3900000, 100000, "2,6%"],
      ["Personal", 900000, 880000, 20000, "2%"],
      ["Lokal", 100000, 100000, 0, "0%"],
      ["Summa kostnader", 1000000, 980000, 20000, "2%"],
    ]);
    const [t] = recognizeSheet(grid);
    expect(t.periods.map((p) => `${p.column}:${p.year}:${p.kind}`)).toEqual(["2:2024:budget", "3:2023:utfall"]);
    expect(t.rows.some((r) => r.problems)).toBe(false);
  });

  test("hidden rows stay in the table and in the sums", () => {
    const grid = gridOf("Dolt", [["", 2024], ...BASIC_BODY.map((r) => r.slice(0, 2))], { hiddenRows: [9] });
    const [t] = recognizeSheet(grid);
    expect(t.rows.find((r) => r.row === 9)!.role).toBe("item");
    expect(t.rows.find((r) => r.row === 11)!.parts).toEqual([8, 9, 10]);
  });

  test("two budgets side by side on one sheet", () => {
    const left = [["", 2024], ...BASIC_BODY.map((r) => r.slice(0, 2))];
    const right = [
      ["", 2025],
      ["**Intäkter**"],
      ["Medlemsbidrag", 900000],
      ["Summa intäkter", 900000],
      ["**Kostnader**"],
      ["Insatser", 700000],
      ["Kansli", 250000],
      ["Summa kostnader", 950000],
      ["Resultat", -50000],
    ];
    const rows = left.map((l, i) => [...l, ...(l.length < 2 ? [null] : []), null, ...(right[i] ?? [])]);
    const tables = recognizeSheet(gridOf("Sida vid sida", rows));
    expect(tables.map((t) => [t.range, t.labelColumn, t.periods.map((p) => `${p.column}:${p.year}`).join()])).toEqual([
      ["A1:B12", 1, "2:2024"],
      ["D1:E9", 4, "5:2025"],
    ]);
    expect(tables[1].rows.find((r) => r.row === 8)!.parts).toEqual([6, 7]);
  });

  test("a text that is no amount, or an error, in a value column is a problem of its row", () => {
    const grid = gridOf("Problem", [
      ["", 2024, 2025],
      ["Medlemsbidrag", 4000000, "ej klart"],
      ["Personal", "#REF!", 900000],
      ["Lokal", "86 000", 88000],
      ["Summa kostnader", 86000, 988000],
    ]);
    const [t] = recognizeSheet(grid);
    expect(t.rows.find((r) => r.row === 2)!.problems).toEqual([{ cell: "C2", period: 1, text: "ej klart" }]);
    expect(t.rows.find((r) => r.row === 3)!.problems).toEqual([{ cell: "B3", period: 0, text: "#REF!" }]);
    expect(t.rows.find((r) => r.row === 4)!.values[0]).toMatchObject({ source: "text", text: "86 000" });
  });

  test("units from a line above, from a header and from the cells", () => {
    const body = [
      ["Medlemsbidrag", 4000],
      ["Personal", 3000],
      ["Lokal", 500],
      ["Summa kostnader", 3500],
    ];
    expect(recognizeSheet(gridOf("a", [["Belopp i tkr"], ["", 2024], ...body]))[0].unit).toBe("tkr");
    expect(recognizeSheet(gridOf("b", [["", "Budget 2024 (Mkr)"], ...body]))[0].unit).toBe("Mkr");
    const cells = [
      ["", 2024],
      ["Medlemsbidrag", "4 516 tkr"],
      ["Personal", "3 000 tkr"],
      ["Summa kostnader", "3 000 tkr"],
    ];
    expect(recognizeSheet(gridOf("c", cells))[0].unit).toBe("tkr");
    // Nothing states a unit, and 4 000 of medlemsbidrag could be kr or tkr: unknown, and said so.
    const [unknown] = recognizeSheet(gridOf("d", [["", 2024], ...body]));
    expect(unknown.unit).toBe("okänd");
    expect(unknown.reasons).toContain(
      "enhet okänd (ingen angiven; beloppen jämförs som de står, med avrundning efter antalet decimaler)"
    );
  });
});
