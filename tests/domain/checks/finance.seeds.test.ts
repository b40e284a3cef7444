// shares.* and equity.* on the seed fixtures, through recognition: the exact findings.
import { equity } from "../../../src/domain/checks/equity";
import { shares } from "../../../src/domain/checks/shares";
import type { Finding, UserSettings } from "../../../src/domain/finding";
import type { Grid } from "../../../src/domain/grid";
import { recognizeWorkbook } from "../../../src/domain/recognize";
import { loadFixtureGrids } from "../../helpers/fixture";

type Row = [
  rule: string,
  severity: string,
  where: string,
  period: number | undefined,
  expected?: string,
  actual?: string,
];

function check(grids: Grid[], settings: UserSettings = {}): Finding[] {
  const tables = recognizeWorkbook(grids);
  const context = { tables, grids, settings };
  return [...shares.check(tables, context), ...equity.check(tables, context)];
}

const row = (f: Finding): Row => [f.rule, f.severity, `${f.sheet}!${f.cell}`, f.period, f.expected, f.actual];
const rowsOf = (findings: Finding[]) => findings.map(row);

/** Sets a number in a fixture sheet, as if the ekonom had typed it. */
function setNumber(grids: Grid[], sheet: string, cell: { row: number; column: number }, value: number): Grid[] {
  const grid = grids.find((g) => g.name === sheet)!;
  grid.rows[cell.row - 1][cell.column - 1] = { value: { type: "number", value } };
  return grids;
}

describe.each(["built", "pasted"])("seed 000 (%s)", (variant) => {
  const findings = check(loadFixtureGrids(`seed000.${variant}`));

  it("checks the shares of 2018 and 2017 without a finding, and offers the breakdown of 6.3's single line", () => {
    expect(rowsOf(findings.filter((f) => f.rule.startsWith("shares.")))).toEqual([
      ["shares.single-line", "info", "Budget 2018!B54", 2019, undefined, "4118000"],
      ["shares.single-line", "info", "Budget 2018!C54", 2020, undefined, "4241000"],
    ]);
  });

  it("reports acku resultat 2019 (expected 526 000) and the 2018 deficit paid from 642 000", () => {
    expect(rowsOf(findings.filter((f) => f.rule.startsWith("equity.") && f.rule !== "equity.ratio"))).toEqual([
      ["equity.rollforward", "error", "Budget 2018!B63", 2019, "526000", "500000"],
      ["equity.deficit-covered", "info", "Budget 2018!B50", 2018, "642000", "-168000"],
    ]);
    expect(findings.find((f) => f.rule === "equity.deficit-covered")!.data).toEqual({
      available: "642000",
      left: "474000",
      yearsLeft: 2,
    });
  });

  it("gives eget kapital as a share of medlemsbidrag once per table and year", () => {
    expect(findings.filter((f) => f.rule === "equity.ratio").map((f) => [f.cell, f.period, f.data?.ratio])).toEqual([
      ["C10", 2017, "0.221576"],
      ["B10", 2018, "0.115104"],
      ["B63", 2019, "0.121418"],
      ["C63", 2020, "0.117897"],
      ["D63", 2021, "0.117897"],
    ]);
  });
});

describe.each(["built", "pasted"])("seed 001 (%s)", (variant) => {
  const findings = check(loadFixtureGrids(`seed001.${variant}`));

  it("offers the 50/25/25 breakdown of the one Medlemsbidrag line, once for 2024–2026", () => {
    const single = findings.filter((f) => f.rule.startsWith("shares."));
    expect(rowsOf(single)).toEqual([
      ["shares.single-line", "info", "Budgetplan 2024–2026!B6", 2024, undefined, "4000000"],
    ]);
    expect(single[0].data).toEqual({
      state: "2000000",
      region: "1000000",
      kommuner: "1000000",
      years: [2024, 2025, 2026],
    });
  });

  it("reports the 2024 deficit as covered, with 275 154 kr left", () => {
    const equityFindings = findings.filter((f) => f.rule.startsWith("equity.") && f.rule !== "equity.ratio");
    expect(rowsOf(equityFindings)).toEqual([
      ["equity.deficit-covered", "info", "Budgetplan 2024–2026!B12", 2024, "2103610", "-1828456"],
    ]);
    expect(equityFindings[0].data).toEqual({ available: "2103610", left: "275154", yearsLeft: 0 });
  });
});

describe.each(["built", "pasted"])("seed 002 (%s, tkr)", (variant) => {
  const findings = check(loadFixtureGrids(`seed002.${variant}`));

  it("finds the shares right within tkr rounding and the 2017 deficit covered by the balansbudget", () => {
    expect(rowsOf(findings.filter((f) => f.rule !== "equity.ratio"))).toEqual([
      ["equity.deficit-covered", "info", "Budget 2017!C24", 2017, "1363", "-618"],
    ]);
    expect(findings[0].data).toEqual({ available: "1363", left: "745", yearsLeft: 1 });
  });
});

describe.each(["built", "pasted"])("seed 004 (%s, tkr)", (variant) => {
  it("finds the shares right, the carried-over surpluses equal to the stated results, and the deficits income − cost shows unjudged", () => {
    expect(rowsOf(check(loadFixtureGrids(`seed004.${variant}`)))).toEqual([
      ["shares.single-line", "info", "Finansiell ram 2020-2022!C4", 2021, undefined, "9032"],
      // 10 494 − 10 707 and 9 365 − 9 620: no eget kapital is stated, the carried surplus is already income.
      ["equity.deficit-unchecked", "info", "Finansiell ram 2020-2022!C38", 2021, undefined, "-213"],
      ["equity.deficit-unchecked", "info", "Finansiell ram 2020-2022!D38", 2022, undefined, "-255"],
    ]);
  });
});

describe("seed 003 (statistics)", () => {
  it("gives no finding", () => {
    expect(check(loadFixtureGrids("seed003.built"))).toEqual([]);
  });
});

describe("each member row of seed 000 changed in turn", () => {
  const B = 2;
  it.each([
    [3, 2000000, "shares.state", "B3", "2059000", "2000000"],
    [4, 1000000, "shares.region", "B4", "1029500", "1000000"],
    [5, 500000, "shares.municipalities", "B5", "1029500", "1004455"],
    [6, 200000, "shares.municipalities", "B5", "1029500", "992715"],
    [7, 150000, "shares.municipalities", "B5", "1029500", "1025075"],
    [8, 113000, "shares.municipalities", "B5", "1029500", "1029255"],
  ])("row %i = %i gives %s at %s", (sheetRow, value, rule, cell, expected, actual) => {
    const grids = setNumber(loadFixtureGrids("seed000.built"), "Budget 2018", { row: sheetRow, column: B }, value);
    const found = check(grids).filter((f) => f.rule.startsWith("shares.") && f.rule !== "shares.single-line");
    expect(rowsOf(found)).toEqual([[rule, "error", `Budget 2018!${cell}`, 2018, expected, actual]]);
  });

  it("splits the kommuner's quarter by a key, to the krona", () => {
    // The 2018 shares as a key: 525 045 / 236 785 / 154 425 / 113 245 of 1 029 500 (2017 split differently).
    const key = { Lindesberg: "525045", Nora: "236785", Hällefors: "154425", Ljusnarsberg: "113245" };
    const in2018 = (f: Finding) => f.rule === "shares.split" && f.period === 2018;
    expect(check(loadFixtureGrids("seed000.built"), { kommunKey: key }).filter(in2018)).toEqual([]);
    const grids = setNumber(loadFixtureGrids("seed000.built"), "Budget 2018", { row: 6, column: B }, 246785);
    const moved = setNumber(grids, "Budget 2018", { row: 7, column: B }, 144425);
    expect(rowsOf(check(moved, { kommunKey: key }).filter(in2018))).toEqual([
      ["shares.split", "error", "Budget 2018!B6", 2018, "236785", "246785"],
      ["shares.split", "error", "Budget 2018!B7", 2018, "154425", "144425"],
    ]);
  });
});

describe("each member row of seed 004 changed in turn (tkr)", () => {
  it.each([
    [4, 4500, "shares.state", "B4", "4516", "4500"],
    [5, 2250, "shares.region", "B5", "2258", "2250"],
    [6, 2200, "shares.municipalities", "B6", "2258", "2200"],
  ])("row %i = %i gives %s at %s", (sheetRow, value, rule, cell, expected, actual) => {
    const grids = setNumber(
      loadFixtureGrids("seed004.built"),
      "Medlemsbidrag 2020",
      { row: sheetRow, column: 2 },
      value
    );
    const found = check(grids).filter((f) => f.rule.startsWith("shares.") && f.rule !== "shares.single-line");
    expect(rowsOf(found)).toEqual([[rule, "error", `Medlemsbidrag 2020!${cell}`, 2020, expected, actual]]);
  });

  it("reports the same deviation as info once it is marked as agreed", () => {
    const grids = setNumber(loadFixtureGrids("seed004.built"), "Medlemsbidrag 2020", { row: 5, column: 2 }, 2250);
    const agreed = { agreedDeviations: [{ rule: "shares.region", sheet: "Medlemsbidrag 2020", cell: "B5" }] };
    const found = check(grids, agreed).filter((f) => f.rule === "shares.region");
    expect(rowsOf(found)).toEqual([["shares.region", "info", "Medlemsbidrag 2020!B5", 2020, "2258", "2250"]]);
  });
});
