// Recognition on the real seeds (tests/fixtures/seeds.md): every budget table, exactly, in both variants.
import { loadFixtureGrids } from "../helpers/fixture";
import { RECOGNITION_THRESHOLD, recognizeCandidates, recognizeWorkbook } from "../../src/domain/recognize";
import { summarize, type TableSummary } from "./recognize.helpers";

// Read off the seed documents by hand: roles with "/side" and ":member kind", and the rows each sum sums.
const EXPECTED: Record<string, TableSummary[]> = {
  "000": [
    {
      sheet: "Budget 2018",
      range: "A2:C10",
      labelColumn: "A",
      kind: "members",
      unit: "kr",
      periods: ["B:2018:budget", "C:2017:budget"],
      rows: [
        "3 member/income:state",
        "4 member/income:region",
        "5 member/income:kommun",
        "6 member/income:kommun",
        "7 member/income:kommun",
        "8 member/income:kommun",
        "9 total-income/income",
        "10 equity-out/equity",
      ],
      parts: {
        9: [3, 4, 5, 6, 7, 8],
      },
    },
    {
      sheet: "Budget 2018",
      range: "A13:B50",
      labelColumn: "A",
      kind: "budget",
      unit: "kr",
      periods: ["B:2018:budget"],
      rows: [
        "13 section/cost",
        "14 item/cost",
        "15 item/cost",
        "16 item/cost",
        "17 subtotal/cost",
        "19 section/cost",
        "20 item/cost",
        "21 item/cost",
        "22 subtotal/cost",
        "23 section/cost",
        "24 item/cost",
        "25 subtotal/cost",
        "26 section/cost",
        "27 item/cost",
        "28 item/cost",
        "29 subtotal/cost",
        "30 section/cost",
        "31 item/cost",
        "32 subtotal/cost",
        "33 section/cost",
        "34 item/cost",
        "36 subtotal/cost",
        "37 section/cost",
        "38 item/cost",
        "39 subtotal/cost",
        "40 section/cost",
        "41 item/cost",
        "42 subtotal/cost",
        "43 section/cost",
        "44 item/cost",
        "45 subtotal/cost",
        "46 section/cost",
        "47 item/cost",
        "48 item/cost",
        "49 total-cost/cost",
        "50 result",
      ],
      parts: {
        17: [14, 15, 16],
        22: [20, 21],
        25: [24],
        29: [27, 28],
        32: [31],
        36: [34],
        39: [38],
        42: [41],
        45: [44],
        49: [17, 22, 25, 29, 32, 36, 39, 42, 45, 47, 48],
      },
    },
    {
      sheet: "Budget 2018",
      range: "A53:D63",
      labelColumn: "A",
      kind: "plan",
      unit: "kr",
      periods: ["B:2019:budget", "C:2020:prognos", "D:2021:prognos"],
      rows: [
        "53 section/income",
        "54 member/income:all",
        "55 section/cost",
        "56 item/cost",
        "57 item/cost",
        "58 item/cost",
        "59 item/cost",
        "60 total-cost/cost",
        "61 result",
        "62 equity-in/equity",
        "63 equity-out/equity",
      ],
      parts: {
        60: [56, 57, 58, 59],
        // Årets resultat = medlemsbidrag − summa kostnader (C61 =C54-C60).
        61: [54, 60],
      },
      signs: { 61: [1, -1] },
    },
  ],
  "001": [
    {
      sheet: "Budgetplan 2024–2026",
      range: "A3:D16",
      labelColumn: "A",
      kind: "plan",
      unit: "kr",
      periods: ["B:2024:budget", "C:2025:budget", "D:2026:budget"],
      rows: [
        "5 section/income",
        "6 member/income:all",
        "7 total-income/income",
        "8 section/cost",
        "9 item/cost",
        "10 item/cost",
        "11 total-cost/cost",
        "12 result",
        "13 equity-in/equity",
        "14 result",
        "15 equity-in/equity",
        "16 equity-out/equity",
      ],
      parts: {
        7: [6],
        11: [9, 10],
        // RESULTAT = summa intäkter − summa kostnader.
        12: [7, 11],
      },
      signs: { 12: [1, -1] },
    },
    {
      sheet: "Budget 2024",
      range: "A3:B56",
      labelColumn: "A",
      kind: "budget",
      unit: "kr",
      periods: ["B:2024:budget"],
      rows: [
        "4 section/income",
        "5 member/income:all",
        "6 item/income",
        "7 total-income/income",
        "8 section/cost",
        "9 section/cost",
        "10 section/cost",
        "11 item/cost",
        "12 item/cost",
        "13 subtotal/cost",
        "14 section/cost",
        "15 item/cost",
        "16 item/cost",
        "17 item/cost",
        "18 item/cost",
        "19 subtotal/cost",
        "20 subtotal/cost",
        "21 section/cost",
        "22 section/cost",
        "23 item/cost",
        "24 item/cost",
        "25 item/cost",
        "26 item/cost",
        "27 item/cost",
        "28 item/cost",
        "29 item/cost",
        "30 item/cost",
        "31 subtotal/cost",
        "32 item/cost",
        "33 section/cost",
        "34 item/cost",
        "36 item/cost",
        "37 item/cost",
        "38 subtotal/cost",
        "39 section/cost",
        "40 item/cost",
        "41 item/cost",
        "42 item/cost",
        "43 item/cost",
        "44 item/cost",
        "45 subtotal/cost",
        "46 section/cost",
        "47 item/cost",
        "48 item/cost",
        "49 item/cost",
        "50 item/cost",
        "51 item/cost",
        "52 item/cost",
        "53 item/cost",
        "54 subtotal/cost",
        "55 subtotal/cost",
        "56 total-cost/cost",
      ],
      parts: {
        7: [5, 6],
        13: [11, 12],
        19: [15, 16, 17, 18],
        20: [13, 19],
        31: [23, 24, 25, 26, 27, 28, 29, 30],
        38: [34, 36, 37],
        45: [40, 41, 42, 43, 44],
        54: [47, 48, 49, 50, 51, 52, 53],
        55: [31, 32, 38, 45, 54],
        56: [20, 55],
      },
    },
  ],
  "002": [
    {
      sheet: "Budget 2017",
      range: "B4:E9",
      labelColumn: "B",
      kind: "members",
      unit: "tkr",
      periods: ["C:2017:budget", "D:2018:plan", "E:2019:plan"],
      rows: [
        "4 section/income",
        "5 member/income:state",
        "6 member/income:region",
        "7 member/income:kommun",
        "8 member/income:kommun",
        "9 total-income/income",
      ],
      parts: {
        9: [5, 6, 7, 8],
      },
    },
    {
      sheet: "Budget 2017",
      range: "B11:E25",
      labelColumn: "B",
      kind: "plan",
      unit: "tkr",
      periods: ["C:2017:budget", "D:2018:plan", "E:2019:plan"],
      rows: [
        "11 section/cost",
        "12 item/cost",
        "13 item/cost",
        "14 item/cost",
        "15 item/cost",
        "16 item/cost",
        "17 item/cost",
        "18 item/cost",
        "19 item/cost",
        "20 section/cost",
        "21 item/cost",
        "22 item/cost",
        "23 total-cost/cost",
        "24 result",
        "25 equity-use/equity",
      ],
      parts: {
        23: [12, 13, 14, 15, 16, 17, 18, 19, 21, 22],
      },
    },
    {
      sheet: "Balans- och resultatbudget",
      range: "A3:E17",
      labelColumn: "A",
      kind: "balance",
      unit: "tkr",
      periods: ["B:2016:prognos", "C:2017:budget", "D:2018:plan", "E:2019:plan"],
      rows: [
        "4 section/assets",
        "5 balance/assets",
        "6 balance/assets",
        "7 balance/assets",
        "8 balance/assets",
        "9 section/liabilities",
        "10 section/equity",
        "11 equity-in/equity",
        "12 result/equity",
        "13 equity-out/equity",
        "14 section/liabilities",
        "15 balance/liabilities",
        "16 balance/liabilities",
        "17 balance/liabilities",
      ],
      parts: {
        7: [5, 6],
        8: [5, 6],
        13: [11, 12],
        16: [15],
        17: [13, 16],
      },
    },
    {
      sheet: "Balans- och resultatbudget",
      range: "A21:E27",
      labelColumn: "A",
      kind: "result",
      unit: "tkr",
      periods: ["B:2016:prognos", "C:2017:budget", "D:2018:plan", "E:2019:plan"],
      rows: ["22 item/income", "23 item/cost", "24 result", "25 item/income", "26 item/cost", "27 result"],
      // Costs printed negative: nettokostnader = intäkter + kostnader; årets resultat runs on from it.
      parts: {
        24: [22, 23],
        27: [24, 25, 26],
      },
    },
  ],
  "003": [],
  "004": [
    {
      sheet: "Medlemsbidrag 2020",
      range: "A3:B7",
      labelColumn: "A",
      kind: "members",
      unit: "tkr",
      periods: ["B:2020:budget"],
      rows: ["4 member/income:state", "5 member/income:region", "6 member/income:kommuner", "7 total-income/income"],
      parts: {
        7: [4, 5, 6],
      },
    },
    {
      sheet: "Finansiell ram 2020-2022",
      range: "A3:D38",
      labelColumn: "A",
      kind: "plan",
      unit: "tkr",
      periods: ["B:2020:budget", "C:2021:budget", "D:2022:budget"],
      rows: [
        "4 member/income:all",
        "5 equity-in/income",
        "6 item/income",
        "7 section/cost",
        "8 item/cost",
        "9 item/cost",
        "10 item/cost",
        "11 item/cost",
        "12 item/cost",
        "13 item/cost",
        "14 item/cost",
        "15 item/cost",
        "16 item/cost",
        "17 section/cost",
        "18 item/cost",
        "19 item/cost",
        "20 item/cost",
        "21 item/cost",
        "22 item/cost",
        "23 item/cost",
        "24 item/cost",
        "25 item/cost",
        "26 section/cost",
        "27 item/cost",
        "28 note",
        "29 item/cost",
        "30 note",
        "31 section/cost",
        "32 item/cost",
        "33 item/cost",
        "34 item/cost",
        "35 item/cost",
        "36 item/cost",
        "37 total-cost/cost",
        "38 result",
      ],
      parts: {
        37: [8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 19, 20, 21, 22, 23, 24, 25, 27, 29, 32, 33, 34, 35, 36],
        // Över-/underskott = ram + överskott + ESF − total summa (B38 =SUM(B4:B6)-B37).
        38: [4, 5, 6, 37],
      },
      signs: { 38: [1, 1, 1, -1] },
    },
  ],
};

const VARIANTS = ["built", "pasted"] as const;

describe.each(VARIANTS)("seed tables, %s variant", (variant) => {
  test.each(["000", "001", "002", "004"])(
    "seed %s: every budget table with range, columns, periods, unit, roles and sums",
    (seed) => {
      const tables = recognizeWorkbook(loadFixtureGrids(`seed${seed}.${variant}`));
      expect(tables.map(summarize)).toEqual(EXPECTED[seed]);
      for (const t of tables) expect(t.confidence).toBeGreaterThan(RECOGNITION_THRESHOLD);
    }
  );

  test("seed 003 (participant statistics) yields no table, though it has candidates", () => {
    const grids = loadFixtureGrids(`seed003.${variant}`);
    expect(recognizeWorkbook(grids)).toEqual([]);
    const candidates = grids.flatMap((g) => recognizeCandidates(g));
    expect(candidates.length).toBeGreaterThan(0);
    for (const c of candidates) expect(c.confidence).toBeLessThanOrEqual(RECOGNITION_THRESHOLD);
  });

  test("seed 000: titles, and the year of 6.2 taken from its title", () => {
    const [t61, t62, t63] = recognizeWorkbook(loadFixtureGrids(`seed000.${variant}`));
    expect([t61.title, t62.title, t63.title]).toEqual([
      "6.1 Intäkter 2018",
      "6.2 Kostnader 2018",
      "6.3 Budgetöversikt för kommande år",
    ]);
    expect(t62.periods).toEqual([{ column: 2, header: "", year: 2018, kind: "budget" }]);
    expect(t63.periods.map((p) => p.header)).toEqual(["Budget 2019", "Prognos 2020", "Prognos 2021"]);
    const summaKostnader = t62.rows.find((r) => r.row === 49)!;
    expect(summaKostnader.values[0]!.value.toString()).toBe("4286000");
  });

  test("seed 000: amounts as written, with their source", () => {
    const [t61, , t63] = recognizeWorkbook(loadFixtureGrids(`seed000.${variant}`));
    const fk = t61.rows[0].values[0]!;
    expect([fk.value.toString(), fk.cell]).toEqual(["2059000", "B3"]);
    expect(fk.source).toBe(variant === "built" ? "number" : "text");
    const result2019 = t63.rows.find((r) => r.row === 61)!.values[0]!;
    expect(result2019.value.toString()).toBe("260000");
    if (variant === "pasted") expect(result2019.text).toBe("+ 260 000");
  });

  test("seed 004: a label and its figure in one cell is the figure, as text", () => {
    const ram = recognizeWorkbook(loadFixtureGrids(`seed004.${variant}`))[1];
    const surplus = ram.rows.find((r) => r.row === 5)!;
    expect(surplus.values.map((v) => v?.value.toString())).toEqual(["1771", "329", "143"]);
    expect(surplus.values[1]).toMatchObject({ cell: "C5", source: "text", text: "Överskott 2020 329" });
    expect(surplus.problems).toBeUndefined();
    expect(ram.rows.filter((r) => r.level === 1).map((r) => r.row)).toEqual([
      8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 19, 20, 21, 22, 23, 24, 28, 30, 32, 33,
    ]);
  });

  test("seed 002: costs written negative carry sign -1; the second table shares the first one's title", () => {
    const tables = recognizeWorkbook(loadFixtureGrids(`seed002.${variant}`));
    const result = tables[3];
    expect(result.rows.filter((r) => r.sign === -1).map((r) => r.row)).toEqual([23, 26]);
    expect(tables.filter((t) => t.rows.some((r) => r.sign === -1))).toEqual([result]);
    expect(tables[1].title).toBe("12. Budget 2017 med plan för 2018-2019");
    expect(tables[2].title).toBe("Balansbudget");
    expect(tables[3].title).toBe("Resultatbudget");
  });

  test("no seed table reports a value problem", () => {
    for (const seed of ["000", "001", "002", "004"]) {
      const tables = recognizeWorkbook(loadFixtureGrids(`seed${seed}.${variant}`));
      expect(tables.flatMap((t) => t.rows.filter((r) => r.problems).map((r) => `${t.sheet}!${r.row}`))).toEqual([]);
    }
  });
});
