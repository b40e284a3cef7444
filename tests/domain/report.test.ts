// The Kontrollrapport on the seeds: the tables, every check with its verdict and cells, every
// finding with expected, actual and difference, and the fingerprint.
import { analyzeWorkbook } from "../../src/domain/analyze";
import { allRules } from "../../src/domain/checks";
import { buildKontrollrapport, reportDate, type Kontrollrapport } from "../../src/domain/report/kontrollrapport";
import { reportStrings } from "../../src/domain/strings";
import { loadFixtureGrids } from "../helpers/fixture";

const CREATED = "2024-11-05T14:32:07+01:00";

function reportOf(fixture: string): Kontrollrapport {
  const grids = loadFixtureGrids(fixture);
  const analysis = analyzeWorkbook(grids);
  return buildKontrollrapport({
    workbookName: `${fixture}.xlsx`,
    createdAt: CREATED,
    version: "0.1.0",
    grids,
    ...analysis,
  });
}

function verdicts(report: Kontrollrapport): Record<string, string> {
  return Object.fromEntries(
    report.checks.map((c) => [c.rule, reportStrings.verdict(c.verdict, c.errors, c.warnings, c.infos)])
  );
}

function withDifference(report: Kontrollrapport): string[] {
  return report.findings
    .filter((f) => f.difference !== undefined)
    .map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.expected} ${f.actual} ${f.difference}`);
}

describe("seed 000 (SOFINT 2018, kr)", () => {
  const report = reportOf("seed000.built");

  test("the workbook, the date and the version as given", () => {
    expect([report.workbook, report.createdAt, report.version]).toEqual(["seed000.built.xlsx", CREATED, "0.1.0"]);
  });

  test("the three tables with their years, unit and number of figures", () => {
    expect(report.tables.map((t) => [t.sheet, t.range, t.years, t.unit, t.figures])).toEqual([
      ["Budget 2018", "A2:C10", [2018, 2017], "kr", 16],
      ["Budget 2018", "A13:B50", [2018], "kr", 26],
      ["Budget 2018", "A53:D63", [2019, 2020, 2021], "kr", 27],
    ]);
  });

  test("every rule that ran is listed, in allRules() order, with its verdict", () => {
    expect(report.checks.map((c) => c.rule)).toEqual(allRules().map((r) => r.id));
    expect(verdicts(report)).toEqual({
      "sum.mismatch": "1 fel",
      "sum.rounding": "ej tillämplig",
      "result.mismatch": "1 fel",
      "balance.mismatch": "ej tillämplig",
      "crosscheck.mismatch": "godkänd",
      "formula.range-omits-row": "godkänd",
      "formula.hardcoded-total": "godkänd",
      "number.as-text": "godkänd",
      "shares.state": "godkänd",
      "shares.region": "godkänd",
      "shares.municipalities": "godkänd",
      "shares.split": "ej tillämplig",
      "shares.single-line": "godkänd (2 upplysningar)",
      "equity.rollforward": "1 fel",
      "equity.deficit-covered": "godkänd (1 upplysning)",
      "equity.deficit-uncovered": "godkänd",
      "equity.deficit-unchecked": "godkänd",
      "equity.above-recommendation": "ej tillämplig",
      "equity.ratio": "godkänd (5 upplysningar)",
      "variance.mismatch": "ej tillämplig",
      "value.error": "godkänd",
      "number.unreadable-text": "godkänd",
      "formula.inconsistent": "godkänd",
      "formula.ref-error": "godkänd",
      "formula.double-minus": "godkänd",
      "formula.range-includes-blank": "godkänd",
    });
    expect(report.totals).toEqual({ errors: 3, warnings: 0, infos: 8, checks: 26, passed: 18, notApplicable: 5 });
  });

  test("the cells a check covered: the value cells of the tables it looked at", () => {
    const cells = (rule: string) => report.checks.find((c) => c.rule === rule)?.cells;
    // 6.1 holds the members, so the share checks looked at it alone.
    expect(cells("shares.state")).toEqual([{ sheet: "Budget 2018", ranges: ["B3:C10"] }]);
    // Every table has sums; the blocks of 6.2 are separated by their headings.
    expect(cells("sum.mismatch")).toEqual([
      {
        sheet: "Budget 2018",
        ranges: [
          "B3:C10",
          "B14:B17",
          "B20:B22",
          "B24:B25",
          "B27:B29",
          "B31:B32",
          "B34",
          "B36",
          "B38:B39",
          "B41:B42",
          "B44:B45",
          "B47:B50",
          "B54:D54",
          "B56:D63",
        ],
      },
    ]);
    expect(cells("balance.mismatch")).toEqual([]);
  });

  test("each finding with expected, actual and difference (actual − expected)", () => {
    expect(withDifference(report)).toEqual([
      "sum.mismatch Budget 2018!B49 3212075 4286000 1073925",
      "result.mismatch Budget 2018!B61 26000 260000 234000",
      "equity.rollforward Budget 2018!B63 526000 500000 -26000",
    ]);
    // The eget kapital available is a yardstick, not what the cell should hold: no difference.
    const covered = report.findings.find((f) => f.rule === "equity.deficit-covered");
    expect(covered).toMatchObject({ cell: "B50", expected: "642000", actual: "-168000" });
    expect(covered?.difference).toBeUndefined();
    expect(report.findings).toHaveLength(11);
  });

  test("the fingerprint covers the 69 figures and equals the pasted variant's", () => {
    expect(report.fingerprint.figures).toHaveLength(69);
    expect(report.fingerprint.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(reportOf("seed000.pasted").fingerprint.digest).toBe(report.fingerprint.digest);
  });
});

test("seed 001 (Lekeberg/Örebro 2024): no errors; shares not checkable with one Medlemsbidrag line", () => {
  const report = reportOf("seed001.built");
  expect(report.tables.map((t) => [t.sheet, t.range, t.years, t.unit, t.figures])).toEqual([
    ["Budgetplan 2024–2026", "A3:D16", [2024, 2025, 2026], "kr", 24],
    ["Budget 2024", "A3:B56", [2024], "kr", 41],
  ]);
  const v = verdicts(report);
  expect([
    v["sum.mismatch"],
    v["result.mismatch"],
    v["equity.rollforward"],
    v["shares.state"],
    v["shares.single-line"],
  ]).toEqual(["godkänd", "godkänd", "godkänd", "ej tillämplig", "godkänd (1 upplysning)"]);
  expect(report.totals).toEqual({ errors: 0, warnings: 0, infos: 5, checks: 26, passed: 18, notApplicable: 8 });
  expect(withDifference(report)).toEqual([]);
});

test("seed 002 (Härnösand/Timrå 2017, tkr): rounding, and 278 against 257 twice", () => {
  const report = reportOf("seed002.built");
  expect(report.tables.map((t) => `${t.sheet}!${t.range} ${t.unit}`)).toEqual([
    "Budget 2017!B4:E9 tkr",
    "Budget 2017!B11:E25 tkr",
    "Balans- och resultatbudget!A3:E17 tkr",
    "Balans- och resultatbudget!A21:E27 tkr",
  ]);
  const v = verdicts(report);
  expect([v["sum.rounding"], v["result.mismatch"], v["crosscheck.mismatch"], v["balance.mismatch"]]).toEqual([
    "godkänd (1 upplysning)",
    "1 fel",
    "1 fel",
    "godkänd",
  ]);
  expect(withDifference(report)).toEqual([
    // Errors first; within a severity, the order the checks gave.
    "crosscheck.mismatch Balans- och resultatbudget!B27 257 278 21",
    "result.mismatch Balans- och resultatbudget!B27 257 278 21",
    "sum.rounding Budget 2017!E23 3732 3731 -1",
  ]);
  expect(report.fingerprint.figures).toHaveLength(118);
});

test("seed 003 (statistics): no table, every check not applicable, nothing reported", () => {
  const report = reportOf("seed003.built");
  expect(report.tables).toEqual([]);
  expect(report.findings).toEqual([]);
  expect(new Set(report.checks.map((c) => c.verdict))).toEqual(new Set(["not-applicable"]));
  expect(report.fingerprint.figures).toEqual([]);
});

test("seed 004 (Älv & Kust 2020, tkr): Total summa 2021 and 2022, and the claimed surpluses", () => {
  const report = reportOf("seed004.built");
  expect(verdicts(report)["sum.mismatch"]).toBe("2 fel");
  expect(verdicts(report)["result.mismatch"]).toBe("2 fel");
  expect(withDifference(report)).toEqual([
    "sum.mismatch Finansiell ram 2020-2022!C37 10707 10407 -300",
    "sum.mismatch Finansiell ram 2020-2022!D37 9620 9320 -300",
    "result.mismatch Finansiell ram 2020-2022!C38 -213 143 356",
    "result.mismatch Finansiell ram 2020-2022!D38 -255 51 306",
  ]);
});

test("a finding of a rule not in the list still gets its check line, covering every table", () => {
  const grids = loadFixtureGrids("seed001.built");
  const { tables } = analyzeWorkbook(grids);
  const finding = {
    rule: "custom.rule",
    severity: "warning" as const,
    sheet: "Budget 2024",
    cell: "B5",
    related: [],
    message: "x",
  };
  const input = { workbookName: "a.xlsx", createdAt: CREATED, version: "1", grids, tables, findings: [finding] };
  const report = buildKontrollrapport({ ...input, rules: [] });
  const everyTable = buildKontrollrapport({ ...input, findings: [] }).checks.find(
    (c) => c.rule === "number.as-text"
  )?.cells;
  expect(report.checks).toEqual([
    { rule: "custom.rule", description: "", verdict: "warnings", errors: 0, warnings: 1, infos: 0, cells: everyTable },
  ]);
  expect(everyTable?.map((c) => c.sheet)).toEqual(["Budget 2024", "Budgetplan 2024–2026"]);
});

test.each([
  ["2024-11-05T14:32:07+01:00", "2024-11-05", "2024-11-05 14:32 (UTC+01:00)"],
  ["2024-11-05T13:32:07.123Z", "2024-11-05", "2024-11-05 13:32 (UTC)"],
  ["2024-11-05T14:32", "2024-11-05", "2024-11-05 14:32"],
  ["2024-11-05", "2024-11-05", "2024-11-05"],
])("date %s", (iso, date, dateTime) => {
  expect(reportDate(iso)).toEqual({ date, dateTime });
});

test("seed 004: the deficits only income − cost shows (−213 and −255 tkr) are not judged against an eget kapital nobody stated", () => {
  const report = reportOf("seed004.built");
  const v = verdicts(report);
  // The surplus carried in stands among the income: it is no eget kapital to judge a deficit against.
  expect([v["equity.deficit-covered"], v["equity.deficit-uncovered"], v["equity.deficit-unchecked"]]).toEqual([
    "ej tillämplig",
    "ej tillämplig",
    "godkänd (2 upplysningar)",
  ]);
  const unchecked = report.findings.filter((f) => f.rule === "equity.deficit-unchecked");
  expect(unchecked.map((f) => [f.cell, f.period, f.actual])).toEqual([
    ["C38", 2021, "-213"],
    ["D38", 2022, "-255"],
  ]);
  expect(unchecked[0].message.replace(/\u00a0/g, " ")).toBe(
    "Räknat som intäkter − kostnader har 2021 ett underskott på 213 tkr, fast resultatraden anger 143 tkr. " +
      "Det kan inte prövas mot eget kapital: budgeten anger inget eget kapital. " +
      "Överskottet från 2020, 329 tkr, står redan bland intäkterna och täcker inte underskottet."
  );
});
