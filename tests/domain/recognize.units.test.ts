// Units and dates of real layouts: the unit only in the corner, the title or a note under the
// table, or nowhere (then unknown, and said so); closing dates as text or as Excel date serials.
import { formatAmount } from "../../src/domain/amount";
import { tolerance } from "../../src/domain/checks/common";
import { columnLetter, type Cell, type Grid } from "../../src/domain/grid";
import { recognizeCandidates, recognizeSheet } from "../../src/domain/recognize";
import Decimal from "decimal.js";
import { loadFixtureGrids } from "../helpers/fixture";
import { gridOf } from "./recognize.helpers";

const text = (value: string): Cell => ({ value: { type: "string", value } });

/** Luleå 2017 (tests/fixtures/layouts/lulea-2017-rr.tsv) with its corner and title changed. */
function lulea(edit: (rows: (Cell | undefined)[][]) => void): Grid {
  const [grid] = loadFixtureGrids("layouts/lulea-2017-rr");
  const rows = grid.rows.map((r) => [...r]);
  edit(rows);
  return { ...grid, rows };
}

const unitOf = (grid: Grid) => {
  const [t] = recognizeCandidates(grid);
  return [t.unit, t.reasons.find((r) => r.startsWith("enhet"))];
};

describe("the unit of a table", () => {
  test("in the corner cell above the labels (Luleå: Belopp, mkr)", () => {
    expect(unitOf(lulea(() => undefined))).toEqual(["Mkr", "enhet Mkr (från rubriken)"]);
  });

  test("only in the title (Resultaträkning, mnkr)", () => {
    const grid = lulea((rows) => {
      rows[0] = [text("Resultaträkning, mnkr")];
      rows[2][0] = undefined;
    });
    expect(unitOf(grid)).toEqual(["Mkr", "enhet Mkr (från texten ovanför)"]);
  });

  test("only in a note under the table (Belopp i miljoner kronor)", () => {
    const grid = lulea((rows) => {
      rows[2][0] = undefined;
      rows.push([], [text("Belopp i miljoner kronor")]);
    });
    expect(unitOf(grid)).toEqual(["Mkr", "enhet Mkr (från en anteckning under tabellen)"]);
  });

  test("nowhere: unknown, said so, never kr", () => {
    const grid = lulea((rows) => {
      rows[2][0] = undefined;
    });
    expect(unitOf(grid)).toEqual([
      "okänd",
      "enhet okänd (ingen angiven; beloppen jämförs som de står, med avrundning efter antalet decimaler)",
    ]);
  });

  test("miljarder kronor is not kronor: unknown, rounded as printed", () => {
    // Modelled on SKL's "Resultaträkning för landsting 2011–2013, miljarder kronor".
    const grid = gridOf("Landsting", [
      ["Resultaträkning för landsting 2011–2013, miljarder kronor"],
      ["", 2011, 2012, 2013],
      ["Verksamhetens intäkter", 40.6, 47, 49.7],
      ["Verksamhetens kostnader", -261.3, -274.2, -284.9],
      ["Avskrivningar", -7.5, -7.9, -8.4],
      ["Verksamhetens nettokostnader", -228.1, -235.1, -243.6],
    ]);
    const [t] = recognizeCandidates(grid);
    expect([t.unit, t.decimals]).toEqual(["okänd", 1]);
  });

  test("a förbund's medlemsbidrag in the millions is kronor; in the thousands it could be tkr", () => {
    const budget = (contribution: number) =>
      gridOf("Budget", [
        ["", "Budget 2024"],
        ["Försäkringskassan", contribution / 2],
        ["Region Örebro län", contribution / 4],
        ["Örebro kommun", contribution / 4],
        ["Summa intäkter", contribution],
        ["Personal", contribution / 2],
        ["Lokal", contribution / 2],
        ["Summa kostnader", contribution],
      ]);
    expect(unitOf(budget(4000000))).toEqual(["kr", "enhet kr (medlemsbidragen är miljonbelopp, alltså kronor)"]);
    expect(unitOf(budget(4000))[0]).toBe("okänd");
  });

  test("a table that states none takes the unit the other tables of its sheet state", () => {
    const grid = gridOf("Budget", [
      ["6.1 Intäkter, belopp i tkr"],
      ["Intäkter", 2024],
      ["Medlemsbidrag", 4000],
      ["Summa intäkter", 4000],
      [],
      ["6.2 Kostnader 2024"],
      ["Personal", 3000],
      ["Lokal", 500],
      ["Summa kostnader", 3500],
    ]);
    expect(
      recognizeCandidates(grid).map((t) => [t.range, t.unit, t.reasons.find((r) => r.startsWith("enhet"))])
    ).toEqual([
      ["A2:B4", "tkr", "enhet tkr (från texten ovanför)"],
      ["A7:B9", "tkr", "enhet tkr (som bladets andra tabeller)"],
    ]);
  });
});

describe("an unknown unit in the checks", () => {
  test("figures are shown without a unit word", () => {
    expect(formatAmount(new Decimal("-1199.8"), "okänd")).toBe("-1\u00A0199,8");
  });

  test("the rounding tolerance is half the last printed digit per term", () => {
    expect(tolerance("okänd", 4).toFixed()).toBe("2");
    expect(tolerance("okänd", 4, 1).toFixed()).toBe("0.2");
    expect(tolerance("kr", 4).toFixed()).toBe("0");
    expect(tolerance("tkr", 4).toFixed()).toBe("2");
  });
});

describe("closing dates as column headers", () => {
  /** Kramfors 2017's balansräkning with its 12/31/2017 headers replaced. */
  function kramfors(header: (year: number) => Cell): Grid {
    const [grid] = loadFixtureGrids("layouts/kramfors-2017-br");
    const rows = grid.rows.map((r) => [...r]);
    rows[2] = [undefined, text("Not"), header(2017), header(2016), text("Not"), header(2017), header(2016)];
    return { ...grid, rows };
  }
  const periods = (grid: Grid) =>
    recognizeSheet(grid)[0].periods.map((p) => `${columnLetter(p.column)} ${p.year} ${p.entity} ${p.date}`);
  const expected = [
    "C 2017 kommun 2017-12-31",
    "D 2016 kommun 2016-12-31",
    "F 2017 koncern 2017-12-31",
    "G 2016 koncern 2016-12-31",
  ];

  test("an Excel date serial in a date-formatted cell", () => {
    const serial = (year: number) => (Date.UTC(year, 11, 31) - Date.UTC(1899, 11, 30)) / 86400000;
    expect(serial(2017)).toBe(43100);
    const grid = kramfors((year) => ({ value: { type: "number", value: serial(year) }, numberFormat: "yyyy-mm-dd" }));
    expect(periods(grid)).toEqual(expected);
  });

  test("written out: 31 dec 2017", () => {
    expect(periods(kramfors((year) => text(`31 dec ${year}`)))).toEqual(expected);
  });

  test("ISO: 2017-12-31", () => {
    expect(periods(kramfors((year) => text(`${year}-12-31`)))).toEqual(expected);
  });
});
