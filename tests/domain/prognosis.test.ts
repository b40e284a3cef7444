// The prognosis sheet of seed 001's "Budget 2024", computed by fast-formula-parser over the
// fixture's own sheets: every figure asserted here is what the generated formulas give.
import Decimal from "decimal.js";
import {
  buildPrognosisSheet,
  defaultAssumptions,
  isPersonnelLabel,
  type Assumptions,
} from "../../src/domain/prognosis";
import type { Grid } from "../../src/domain/grid";
import type { BudgetTable } from "../../src/domain/table";
import { loadFixtureGrids } from "../helpers/fixture";
import { EvaluatedSheet, cloneGrids, seed001Budget, seed001Plan } from "../helpers/prognosis";

const DATE = "2024-06-01";
const YEARS = [2024, 2025, 2026, 2027];
const PERSONNEL = [
  "Lön, semester lön, sociala avgifter FC 70%",
  "Pensionsförsäkring inkl. särskild löneskatt (100%)",
  "Styrelsearvode",
  "Övriga personalkostnader",
];

let grids: Grid[];
let budget: BudgetTable;
let plan: BudgetTable;

beforeEach(() => {
  grids = loadFixtureGrids("seed001.built");
  budget = seed001Budget(grids);
  plan = seed001Plan(grids);
});

function generate(change: (a: Assumptions) => void = () => undefined, existingNames = grids.map((g) => g.name)) {
  const assumptions = defaultAssumptions(budget, [plan, budget]);
  change(assumptions);
  const spec = buildPrognosisSheet(budget, assumptions, { sourceSheet: "Budget 2024", date: DATE, existingNames });
  return { spec, sheet: new EvaluatedSheet(grids, spec) };
}

/** Every line and Summa of the source, in source order, with its 2024 figure from the source sheet. */
function sourceFigures(): [string, number][] {
  return budget.rows
    .filter((r) => r.values[0] !== undefined || r.role === "item")
    .map((r) => [r.label, r.values[0]?.value.toNumber() ?? 0]);
}

describe("defaultAssumptions on seed 001", () => {
  it("takes Budget 2024 as base, 2025–2027 as years, no growth, and the plan's eget kapital ingående 2024", () => {
    const a = defaultAssumptions(budget, [plan, budget]);
    expect(a.basePeriod).toBe(0);
    expect(a.years).toEqual([2025, 2026, 2027]);
    expect([...a.incomeGrowth, ...a.wageGrowth, ...a.priceGrowth].every((r) => r.isZero())).toBe(true);
    expect(a.equity).toEqual({
      kind: "opening",
      sheet: "Budgetplan 2024–2026",
      cell: "B15",
      label: "Prel. eget kapital ingående 2024",
      value: new Decimal(2103610),
      source: "formula",
    });
  });

  it("classes the personnel lines by their words, and löneadministration as a bought service", () => {
    const a = defaultAssumptions(budget, [plan]);
    const wage = a.rows
      .filter((r) => r.rateClass === "wage")
      .map((r) => budget.rows.find((b) => b.row === r.row)?.label);
    expect(wage).toEqual(PERSONNEL);
    expect(isPersonnelLabel("Ekonomi och löneadministration")).toBe(false);
    expect(a.rows.find((r) => r.row === 5)?.rateClass).toBe("income");
    expect(a.rows.find((r) => r.row === 6)?.rateClass).toBe("flat");
  });
});

describe("the prognosis sheet with every rate at 0", () => {
  it("is named Prognos 2025–2027 and titled with the source sheet, unit and date", () => {
    const { spec, sheet } = generate();
    expect(spec.name).toBe("Prognos 2025–2027");
    expect(sheet.value(1, 1)).toBe('Prognos 2025–2027 utifrån bladet "Budget 2024", belopp i kr, skapad 2024-06-01');
  });

  it("repeats every line and Summa of Budget 2024 with the same figure in every year", () => {
    const { sheet } = generate();
    const figures = sourceFigures();
    expect(figures).toHaveLength(42);
    for (const [label, value] of figures) {
      for (const year of YEARS) expect([label, year, sheet.at(label, year)]).toEqual([label, year, value]);
    }
    expect(sheet.at("Summa kostnader", 2027)).toBe(5828456);
  });

  it("takes the base year from the source cells by formula, with quoted sheet names", () => {
    const { spec, sheet } = generate();
    const row = sheet.rowOf("Medlemsbidrag");
    expect(spec.cells.find((c) => c.address === `B${row}`)?.formula).toBe("='Budget 2024'!B5");
    expect(spec.cells.find((c) => c.address === `B${sheet.rowOf("Summa personal")}`)?.formula).toMatch(
      /^=SUM\(B\d+:B\d+\)$/
    );
  });

  it("loses 1 828 456 kr of eget kapital a year, from 275 154 at the start of 2025", () => {
    const { sheet } = generate();
    const row = (label: string) =>
      YEARS.map((y) => sheet.value(sheet.rowOf(label, sheet.rowOf("Resultat och eget kapital")), sheet.columnOf(y)));
    expect(row("Summa intäkter")).toEqual([4000000, 4000000, 4000000, 4000000]);
    expect(row("Summa kostnader")).toEqual([5828456, 5828456, 5828456, 5828456]);
    expect(row("Resultat (intäkter − kostnader)")).toEqual([-1828456, -1828456, -1828456, -1828456]);
    expect(row("Eget kapital vid årets början")).toEqual([2103610, 275154, -1553302, -3381758]);
    expect(row("Eget kapital vid årets slut")).toEqual([275154, -1553302, -3381758, -5210214]);
    expect(sheet.value(sheet.rowOf("Eget kapital vid början av 2025"), 3)).toBe(275154);
    const share = row("Eget kapital i % av medlemsbidrag") as number[];
    expect(share.map((s) => Math.round(s * 10000) / 10000)).toEqual([0.0688, -0.3883, -0.8454, -1.3026]);
  });

  it("flags 2024's deficit as covered and every prognosis year's as not covered", () => {
    const { sheet } = generate();
    expect(YEARS.map((y) => sheet.at("Underskott mot eget kapital", y))).toEqual([
      "Underskott täcks av eget kapital",
      "Underskott täcks inte av eget kapital",
      "Underskott täcks inte av eget kapital",
      "Underskott täcks inte av eget kapital",
    ]);
  });

  it("colours the eget kapital red below zero and amber where a deficit is paid from it", () => {
    const { spec, sheet } = generate();
    const out = sheet.rowOf("Eget kapital vid årets slut");
    const res = sheet.rowOf("Resultat (intäkter − kostnader)");
    const flag = sheet.rowOf("Underskott mot eget kapital");
    expect(spec.conditionalFormats).toEqual([
      { range: `B${out}:E${out}`, formula: `=B$${out}<0`, style: { fill: "FFC7CE", color: "9C0006" } },
      { range: `B${out}:E${out}`, formula: `=AND(B$${res}<0,B$${out}>=0)`, style: { fill: "FFEB9C", color: "9C5700" } },
      { range: `B${flag}:E${flag}`, formula: `=B$${out}<0`, style: { fill: "FFC7CE", color: "9C0006" } },
      {
        range: `B${flag}:E${flag}`,
        formula: `=AND(B$${res}<0,B$${out}>=0)`,
        style: { fill: "FFEB9C", color: "9C5700" },
      },
    ]);
  });

  it("formats kr as #,##0 and rates as 0.0%, freezes below the header and right of the labels, prints A4 one page wide", () => {
    const { spec, sheet } = generate();
    const header = sheet.rowOf("Belopp i kr");
    expect(spec.freeze).toEqual({ rows: header, columns: 1 });
    expect(spec.print).toEqual({
      area: `A1:H${sheet.rowOf("Underskott mot eget kapital")}`,
      fitToWidth: true,
      landscape: true,
      repeatRows: `${header}:${header}`,
      paperSize: "A4",
    });
    const rate = spec.cells.find(
      (c) => c.address === `C${sheet.rowOf("Löneökning per år (lön, arvoden, sociala avgifter, pension, personal)")}`
    );
    expect(rate).toMatchObject({ value: { type: "number", value: "0" }, numberFormat: "0.0%" });
    expect(spec.cells.find((c) => c.address === `D${sheet.rowOf("Lokalhyra")}`)?.numberFormat).toBe("#,##0");
    expect(spec.columnWidths).toEqual({ 1: 54, 2: 15, 3: 15, 4: 15, 5: 15, 6: 13, 7: 14, 8: 9 });
  });
});

describe("the prognosis sheet under assumptions", () => {
  it("with 3 % wage growth grows the personnel lines and nothing else", () => {
    const { sheet } = generate((a) => (a.wageGrowth = a.years.map(() => new Decimal("0.03"))));
    for (const [label, value] of sourceFigures()) {
      const grows = PERSONNEL.includes(label);
      YEARS.slice(1).forEach((year, k) => {
        const expected = grows ? value * 1.03 ** (k + 1) : value;
        if (grows || !/^Summa (personal|administration\/kansli|kostnader)$/.test(label)) {
          expect([label, year, sheet.at(label, year)]).toEqual([label, year, expect.closeTo(expected, 6)]);
        }
      });
    }
    // 880 009 kr of personnel lines, 25 000 kr of other personal costs.
    expect(sheet.at("Summa personal", 2025)).toBeCloseTo(880009 * 1.03 + 25000, 6);
    expect(sheet.at("Summa kostnader", 2027)).toBeCloseTo(5828456 - 880009 + 880009 * 1.03 ** 3, 6);
  });

  it("drops an insats with an end year to 0 after it", () => {
    const { sheet } = generate((a) => {
      const row = a.rows.find((r) => r.row === 12);
      if (row) row.endYear = 2025;
    });
    expect(YEARS.map((y) => sheet.at("Coachingteamet Lekeberg", y))).toEqual([546000, 546000, 0, 0]);
    expect(YEARS.map((y) => sheet.at("Summa kostnader", y))).toEqual([5828456, 5828456, 5282456, 5282456]);
    expect(YEARS.map((y) => sheet.at("Eget kapital vid årets slut", y))).toEqual([
      275154, -1553302, -2835758, -4118214,
    ]);
  });

  it("holds a line at a fixed amount, or grows it at a rate of its own", () => {
    const { sheet } = generate((a) => {
      const rows = new Map(a.rows.map((r) => [r.row, r]));
      (rows.get(23) as Assumptions["rows"][number]).fixed = new Decimal(100000);
      (rows.get(41) as Assumptions["rows"][number]).rate = new Decimal("0.1");
    });
    expect(YEARS.map((y) => sheet.at("Lokalhyra", y))).toEqual([86000, 100000, 100000, 100000]);
    expect(YEARS.map((y) => sheet.at("Revision", y))).toEqual([
      80000,
      88000,
      expect.closeTo(96800, 6),
      expect.closeTo(106480, 6),
    ]);
  });

  it("with 2 % income growth grows medlemsbidrag, not sjuklöneersättning", () => {
    const { sheet } = generate((a) => (a.incomeGrowth = a.years.map(() => new Decimal("0.02"))));
    expect(YEARS.map((y) => sheet.at("Medlemsbidrag", y))).toEqual([
      4000000,
      4080000,
      4161600,
      expect.closeTo(4244832, 6),
    ]);
    expect(YEARS.map((y) => sheet.at("Sjuklöneersättning", y))).toEqual([0, 0, 0, 0]);
  });

  it("starts from an entered eget kapital", () => {
    const { sheet } = generate((a) => (a.equity = { kind: "entered", value: new Decimal(3000000) }));
    expect(YEARS.map((y) => sheet.at("Eget kapital vid årets början", y))).toEqual([
      4828456, 3000000, 1171544, -656912,
    ]);
    expect(sheet.value(sheet.rowOf("Eget kapital: inskrivet belopp."), 1)).toBe("Eget kapital: inskrivet belopp.");
  });

  it("says so when no eget kapital is found, and starts from 0", () => {
    const assumptions = defaultAssumptions(budget, []);
    expect(assumptions.equity).toEqual({ kind: "missing" });
    const sheet = new EvaluatedSheet(
      grids,
      buildPrognosisSheet(budget, assumptions, { sourceSheet: "Budget 2024", date: DATE, existingNames: [] })
    );
    expect(sheet.at("Eget kapital vid årets början", 2025)).toBe(0);
    sheet.rowOf("Eget kapital: hittades inte i arbetsboken. Skriv in det i den gula cellen.");
  });
});

describe("live formulas", () => {
  it("follows an edited assumption cell", () => {
    const { sheet } = generate();
    const price = sheet.rowOf("Prisökning per år (övriga kostnader)");
    sheet.set(`D${price}`, 0.1);
    expect(YEARS.map((y) => sheet.at("Lokalhyra", y))).toEqual([
      86000,
      86000,
      expect.closeTo(94600, 6),
      expect.closeTo(94600, 6),
    ]);
    const lekeberg = sheet.rowOf("Coachingteamet Lekeberg");
    sheet.set(`H${lekeberg}`, 2026);
    expect(YEARS.map((y) => sheet.at("Coachingteamet Lekeberg", y))).toEqual([
      546000,
      546000,
      expect.closeTo(600600, 6),
      0,
    ]);
    sheet.set(`C${sheet.rowOf("Eget kapital vid början av 2025")}`, 10000000);
    // 2025 is untouched by the edits above: its resultat is still −1 828 456.
    expect(sheet.at("Eget kapital vid årets början", 2026)).toBe(8171544);
  });

  it("follows the budget when a figure in the source sheet changes", () => {
    const { sheet } = generate();
    sheet.set("B5", 5000000, sheet.grid("Budget 2024"));
    expect(YEARS.map((y) => sheet.at("Medlemsbidrag", y))).toEqual([5000000, 5000000, 5000000, 5000000]);
    // The plan's eget kapital ingående 2024 plus the new 2024 resultat.
    expect(sheet.at("Eget kapital vid årets början", 2025)).toBe(2103610 + 5000000 - 5828456);
  });
});

describe("never overwriting", () => {
  it("takes the next free name, twice in a row", () => {
    const first = generate().spec;
    const second = generate(undefined, [...grids.map((g) => g.name), first.name]).spec;
    const third = generate(undefined, [...grids.map((g) => g.name), first.name, second.name]).spec;
    expect([first.name, second.name, third.name]).toEqual([
      "Prognos 2025–2027",
      "Prognos 2025–2027 (2)",
      "Prognos 2025–2027 (3)",
    ]);
  });

  it("leaves the source table and sheets as they were", () => {
    const before = cloneGrids(grids);
    const tableBefore = JSON.stringify(budget);
    generate((a) => (a.wageGrowth = a.years.map(() => new Decimal("0.03"))));
    expect(grids).toEqual(before);
    expect(JSON.stringify(budget)).toBe(tableBefore);
  });
});
