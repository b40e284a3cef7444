// The seeds' budget tables as recognition should find them, laid over the fixture grids by hand.
// Addresses are the same in the pasted and the built variant of a seed.
import type { Grid } from "../../../src/domain/grid";
import type { BudgetTable } from "../../../src/domain/table";
import { items, range, tableOnSheet, type SheetRow } from "./sheetTables";

const section = (row: number): SheetRow => ({ row, role: "section" });

/** 000 SOFINT 2018 (kr): 6.1 members, 6.2 costs in blocks, 6.3 three-year overview. */
export function seed000Tables(grids: Grid[]): BudgetTable[] {
  const sheet = "Budget 2018";
  const members = tableOnSheet(grids, {
    sheet,
    unit: "kr",
    kind: "members",
    periods: [
      [2, 2018, "budget"],
      [3, 2017, "budget"],
    ],
    rows: [
      ...range(3, 8).map((row): SheetRow => ({ row, role: "member", side: "income" })),
      { row: 9, role: "total-income", parts: range(3, 8), side: "income" },
      { row: 10, role: "equity-out", side: "equity" },
    ],
  });
  const blocks: [number, number[], number][] = [
    [13, [14, 15, 16], 17],
    [19, [20, 21], 22],
    [23, [24], 25],
    [26, [27, 28], 29],
    [30, [31], 32],
    [33, [34], 36],
    [37, [38], 39],
    [40, [41], 42],
    [43, [44], 45],
  ];
  const costRows: SheetRow[] = blocks.flatMap(([heading, parts, sum]) => [
    section(heading),
    ...parts.map((row): SheetRow => ({ row, role: "item", side: "cost" })),
    { row: sum, role: "subtotal", parts, side: "cost" },
  ]);
  const costs = tableOnSheet(grids, {
    sheet,
    unit: "kr",
    periods: [[2, 2018, "budget"]],
    rows: [
      ...costRows,
      section(46),
      ...items(47, 48, "cost"),
      { row: 49, role: "total-cost", parts: [...blocks.map((b) => b[2]), 47, 48], side: "cost" },
      { row: 50, role: "result" },
    ],
  });
  const overview = tableOnSheet(grids, {
    sheet,
    unit: "kr",
    kind: "plan",
    periods: [
      [2, 2019, "budget"],
      [3, 2020, "prognos"],
      [4, 2021, "prognos"],
    ],
    rows: [
      { row: 54, role: "member", side: "income" },
      section(55),
      ...items(56, 59, "cost"),
      { row: 60, role: "total-cost", parts: range(56, 59), side: "cost" },
      { row: 61, role: "result" },
      { row: 62, role: "equity-in", side: "equity" },
      { row: 63, role: "equity-out", side: "equity" },
    ],
  });
  return [members, costs, overview];
}

/** 001 Lekeberg/Örebro 2024 (kr): 5.1 three-year plan, 5.2 budget in three levels. */
export function seed001Tables(grids: Grid[]): BudgetTable[] {
  const plan = tableOnSheet(grids, {
    sheet: "Budgetplan 2024–2026",
    unit: "kr",
    kind: "plan",
    periods: [
      [2, 2024, "budget"],
      [3, 2025, "plan"],
      [4, 2026, "plan"],
    ],
    rows: [
      section(5),
      { row: 6, role: "member", side: "income" },
      { row: 7, role: "total-income", parts: [6], side: "income" },
      section(8),
      ...items(9, 10, "cost"),
      { row: 11, role: "total-cost", parts: [9, 10], side: "cost" },
      { row: 12, role: "result" },
      { row: 13, role: "equity-in", side: "equity" },
      { row: 14, role: "result" },
      { row: 15, role: "equity-in", side: "equity" },
      { row: 16, role: "equity-out", side: "equity" },
    ],
  });
  const sub = (row: number, parts: number[]): SheetRow => ({ row, role: "subtotal", parts, side: "cost" });
  const budget = tableOnSheet(grids, {
    sheet: "Budget 2024",
    unit: "kr",
    periods: [[2, 2024, "budget"]],
    rows: [
      section(4),
      { row: 5, role: "member", side: "income" },
      { row: 6, role: "item", side: "income" },
      { row: 7, role: "total-income", parts: [5, 6], side: "income" },
      section(8),
      section(9),
      section(10),
      ...items(11, 12, "cost"),
      sub(13, [11, 12]),
      section(14),
      ...items(15, 18, "cost"),
      sub(19, range(15, 18)),
      sub(20, [13, 19]),
      section(21),
      section(22),
      ...items(23, 30, "cost"),
      sub(31, range(23, 30)),
      { row: 32, role: "item", side: "cost" },
      section(33),
      ...items(34, 37, "cost", [35]),
      sub(38, [34, 36, 37]),
      section(39),
      ...items(40, 44, "cost"),
      sub(45, range(40, 44)),
      section(46),
      ...items(47, 53, "cost"),
      sub(54, range(47, 53)),
      sub(55, [31, 32, 38, 45, 54]),
      { row: 56, role: "total-cost", parts: [20, 55], side: "cost" },
    ],
  });
  return [plan, budget];
}

/** 002 Härnösand/Timrå 2017 (tkr): income and costs on one sheet; balans- and resultatbudget on another. */
export function seed002Tables(grids: Grid[]): BudgetTable[] {
  const periods: [number, number, "budget" | "plan"][] = [
    [3, 2017, "budget"],
    [4, 2018, "plan"],
    [5, 2019, "plan"],
  ];
  const income = tableOnSheet(grids, {
    sheet: "Budget 2017",
    unit: "tkr",
    kind: "members",
    labelColumn: 2,
    periods,
    rows: [
      ...range(5, 8).map((row): SheetRow => ({ row, role: "member", side: "income" })),
      { row: 9, role: "total-income", parts: range(5, 8), side: "income" },
    ],
  });
  const costs = tableOnSheet(grids, {
    sheet: "Budget 2017",
    unit: "tkr",
    labelColumn: 2,
    periods,
    rows: [
      ...items(12, 19, "cost"),
      section(20),
      ...items(21, 22, "cost"),
      { row: 23, role: "total-cost", parts: [...range(12, 19), 21, 22], side: "cost" },
      { row: 24, role: "result" },
      { row: 25, role: "equity-use", side: "equity" },
    ],
  });
  const balanceSheet = "Balans- och resultatbudget";
  const yearColumns: [number, number, "prognos" | "budget" | "plan"][] = [
    [2, 2016, "prognos"],
    [3, 2017, "budget"],
    [4, 2018, "plan"],
    [5, 2019, "plan"],
  ];
  const balance = tableOnSheet(grids, {
    sheet: balanceSheet,
    unit: "tkr",
    kind: "balance",
    periods: yearColumns,
    rows: [
      section(4),
      { row: 5, role: "balance", side: "assets" },
      { row: 6, role: "balance", side: "assets" },
      { row: 7, role: "balance", parts: [5, 6], side: "assets" },
      { row: 8, role: "balance", parts: [5, 6], side: "assets" },
      section(9),
      section(10),
      { row: 11, role: "equity-in", side: "equity" },
      { row: 12, role: "result", side: "equity" },
      { row: 13, role: "balance", parts: [11, 12], side: "equity" },
      section(14),
      { row: 15, role: "balance", side: "liabilities" },
      { row: 16, role: "balance", parts: [15], side: "liabilities" },
      { row: 17, role: "balance", parts: [13, 16] },
    ],
  });
  const result = tableOnSheet(grids, {
    sheet: balanceSheet,
    unit: "tkr",
    kind: "result",
    periods: yearColumns,
    rows: [
      { row: 22, role: "item", side: "income" },
      { row: 23, role: "item", side: "cost", sign: -1 },
      { row: 24, role: "result", parts: [22, 23] },
      { row: 25, role: "item", side: "income" },
      { row: 26, role: "item", side: "cost", sign: -1 },
      { row: 27, role: "result", parts: [24, 25, 26] },
    ],
  });
  return [income, costs, balance, result];
}

/** 004 Älv & Kust 2020 (tkr): members 2020; the financial frame 2020–2022. */
export function seed004Tables(grids: Grid[]): BudgetTable[] {
  const members = tableOnSheet(grids, {
    sheet: "Medlemsbidrag 2020",
    unit: "tkr",
    kind: "members",
    periods: [[2, 2020, "budget"]],
    rows: [
      ...range(4, 6).map((row): SheetRow => ({ row, role: "member", side: "income" })),
      { row: 7, role: "total-income", parts: range(4, 6), side: "income" },
    ],
  });
  const costParts = [...range(8, 16), ...range(18, 25), 27, 29, ...range(32, 36)];
  const frame = tableOnSheet(grids, {
    sheet: "Finansiell ram 2020-2022",
    unit: "tkr",
    periods: [
      [2, 2020, "budget"],
      [3, 2021, "budget"],
      [4, 2022, "budget"],
    ],
    rows: [
      { row: 4, role: "item", side: "income" },
      { row: 5, role: "equity-in", side: "income" },
      { row: 6, role: "item", side: "income" },
      section(7),
      ...items(8, 16, "cost"),
      section(17),
      ...items(18, 25, "cost"),
      section(26),
      { row: 27, role: "item", side: "cost" },
      { row: 28, role: "note" },
      { row: 29, role: "item", side: "cost" },
      { row: 30, role: "note" },
      section(31),
      ...items(32, 36, "cost"),
      { row: 37, role: "total-cost", parts: costParts, side: "cost" },
      { row: 38, role: "result" },
    ],
  });
  return [members, frame];
}

export const SEED_TABLES: Record<string, (grids: Grid[]) => BudgetTable[]> = {
  "000": seed000Tables,
  "001": seed001Tables,
  "002": seed002Tables,
  "004": seed004Tables,
};
