// Checks that match periods across tables or from year to year compare like with like: budget
// and utfall of one year are two figures, and so are the kommun's and the koncern's.
import { analyzeWorkbook } from "../../../src/domain/analyze";
import type { Finding } from "../../../src/domain/finding";
import { loadFixtureGrids } from "../../helpers/fixture";
import { gridOf } from "../recognize.helpers";

const brief = (f: Finding) => [f.rule, f.sheet, f.cell, f.period, f.expected, f.actual];
const ofRule = (findings: Finding[], prefix: string) => findings.filter((f) => f.rule.startsWith(prefix)).map(brief);

/** A summary of Hallsberg 2019's resultaträkning (tests/fixtures/layouts/hallsberg-2019.tsv) on a sheet of its own. */
function summary(utfall: number) {
  return gridOf("Sammandrag", [
    ["Resultaträkning i sammandrag"],
    ["Belopp i mnkr", "Utfall 2019", "Budget 2019"],
    ["Verksamhetens intäkter", 269, 300],
    ["Verksamhetens kostnader", -1116, -1149],
    ["Årets resultat", utfall, 15],
  ]);
}

describe("crosscheck.mismatch compares like with like", () => {
  it("finds nothing between Utfall 2019, Budget 2019 and Koncern 2019, which differ", () => {
    const grids = [...loadFixtureGrids("layouts/hallsberg-2019"), summary(42)];
    const { tables, findings } = analyzeWorkbook(grids);
    expect(tables.length).toBeGreaterThanOrEqual(2);
    expect(ofRule(findings, "crosscheck")).toEqual([]);
  });

  it("reports a utfall that differs from the utfall, against the utfall (42), not the budget (15) nor the koncern (35)", () => {
    const grids = [...loadFixtureGrids("layouts/hallsberg-2019"), summary(40)];
    const findings = analyzeWorkbook(grids).findings;
    expect(ofRule(findings, "crosscheck")).toEqual([["crosscheck.mismatch", "Sammandrag", "B5", 2019, "42", "40"]]);
  });
});

describe("the eget kapital chain runs within one entity", () => {
  const grid = gridOf("Eget kapital", [
    ["Eget kapital, tkr", "Kommunen", null, "Koncernen"],
    ["", 2019, 2018, 2019, 2018],
    ["Ingående eget kapital", 1000, 900, 5000, 4800],
    ["Årets resultat", 50, 100, 300, 200],
    ["Utgående eget kapital", 1050, 1000, 5300, 5000],
  ]);

  it("the kommun's 2019 opens with the kommun's 2018 close, not the koncern's", () => {
    const { tables, findings } = analyzeWorkbook([grid]);
    expect(tables.map((t) => t.periods.map((p) => `${p.year} ${p.entity}`))).toEqual([
      ["2019 kommun", "2018 kommun", "2019 koncern", "2018 koncern"],
    ]);
    expect(ofRule(findings, "equity.rollforward")).toEqual([]);
  });

  it("a break in the koncern's chain is found in the koncern's columns, and only there", () => {
    const broken = { ...grid, rows: grid.rows.map((r) => [...r]) };
    broken.rows[2][3] = { value: { type: "number", value: 5100 } };
    const findings = analyzeWorkbook([broken]).findings;
    // 5 100 opens 2019 where 2018 closed at 5 000, and 5 100 + 300 is not the 5 300 that closes it.
    expect(ofRule(findings, "equity.rollforward")).toEqual([
      ["equity.rollforward", "Eget kapital", "D3", 2019, "5000", "5100"],
      ["equity.rollforward", "Eget kapital", "D5", 2019, "5400", "5300"],
    ]);
  });
});
