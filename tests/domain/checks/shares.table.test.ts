// shares.*: member shares on hand-built tables with the seeds' figures (000 in kr, 002 in tkr).
import Decimal from "decimal.js";
import { breakdown, shares } from "../../../src/domain/checks/shares";
import type { Finding, UserSettings } from "../../../src/domain/finding";
import type { BudgetTable } from "../../../src/domain/table";
import { brief, buildTable, checkTables, type RowSpec } from "../../helpers/budgetTable";

const NB = "\u00A0";

/** Seed 000, 6.1.1 Medelstilldelning 2018 / 2017 (rows 3–9 as in the fixture). */
function seed000Members(change: Record<number, number> = {}): BudgetTable {
  const rows: RowSpec[] = [
    { label: "Försäkringskassan/Arbetsförmedlingen", role: "member", member: "state", values: [2059000, 1448710] },
    { label: "Region Örebro län", role: "member", member: "region", values: [1029500, 724355] },
    { label: "Lindesbergs kommun", role: "member", member: "kommun", values: [525045, 370680] },
    { label: "Nora kommun", role: "member", member: "kommun", values: [236785, 164910] },
    { label: "Hällefors kommun", role: "member", member: "kommun", values: [154425, 110500] },
    { label: "Ljusnarsbergs kommun", role: "member", member: "kommun", values: [113245, 78265] },
  ];
  rows.forEach((r, i) => {
    if (change[i + 3] !== undefined) r.values[0] = change[i + 3];
  });
  rows.push({ label: "Summa intäkter", role: "total-income", values: [4118000, 2897420] });
  return buildTable({ sheet: "Budget 2018", kind: "members", years: [2018, 2017], firstRow: 3, rows });
}

/** Seed 002, Budget 2017 med plan 2018–2019, in tkr. */
function seed002Members(region = 933): BudgetTable {
  return buildTable({
    sheet: "Budget 2017",
    unit: "tkr",
    years: [2017, 2018, 2019],
    firstRow: 5,
    rows: [
      {
        label: "Försäkringskassan Västernorrland, Arbetsförmedlingen",
        role: "member",
        member: "state",
        values: [1866, 1866, 1866],
      },
      { label: "Landstinget Västernorrland", role: "member", member: "region", values: [region, 933, 933] },
      { label: "Härnösands kommun", role: "member", member: "kommun", values: [466, 466, 466] },
      { label: "Timrå kommun", role: "member", member: "kommun", values: [466, 466, 466] },
      { label: "Summa intäkter", role: "total-income", values: [3731, 3731, 3731] },
    ],
  });
}

function run(tables: BudgetTable[], settings: UserSettings = {}): Finding[] {
  return checkTables(shares, tables, settings);
}

describe("shares on seed 000 (kr)", () => {
  it("finds nothing when the shares are exactly 1/2, 1/4, 1/4 in both years", () => {
    expect(run([seed000Members()])).toEqual([]);
  });

  it("reports the state's half at its cell", () => {
    const findings = run([seed000Members({ 3: 2000000 })]);
    expect(findings.map(brief)).toEqual([
      {
        rule: "shares.state",
        severity: "error",
        sheet: "Budget 2018",
        cell: "B3",
        period: 2018,
        expected: "2059000",
        actual: "2000000",
      },
    ]);
  });

  it("reports the region's quarter with the share and what it should be", () => {
    const [finding, ...rest] = run([seed000Members({ 4: 1000000 })]);
    expect(rest).toEqual([]);
    expect(brief(finding)).toEqual({
      rule: "shares.region",
      severity: "error",
      sheet: "Budget 2018",
      cell: "B4",
      period: 2018,
      expected: "1029500",
      actual: "1000000",
    });
    expect(finding.message).toBe(
      `Region Örebro läns andel 2018 är 1${NB}000${NB}000${NB}kr (24,5${NB}%) men ska vara en fjärdedel, 1${NB}029${NB}500${NB}kr (25${NB}%).`
    );
    expect(finding.fix).toEqual({ sheet: "Budget 2018", cell: "B4", newValue: "1029500", oldValue: "1000000" });
  });

  it.each([
    [5, 500000, "1004455"],
    [6, 200000, "992715"],
    [7, 150000, "1025075"],
    [8, 113000, "1029255"],
  ])("reports the kommuner's quarter when row %i changes, at the first kommun row", (row, value, actual) => {
    const findings = run([seed000Members({ [row]: value })]);
    expect(findings.map(brief)).toEqual([
      {
        rule: "shares.municipalities",
        severity: "error",
        sheet: "Budget 2018",
        cell: "B5",
        period: 2018,
        expected: "1029500",
        actual,
      },
    ]);
    expect(findings[0].related).toEqual(["B6", "B7", "B8"]);
    expect(findings[0].message).toMatch(
      /^Kommunernas andel 2018 \(Lindesbergs kommun, Nora kommun, Hällefors kommun och Ljusnarsbergs kommun\) är /
    );
  });

  it("adds up separate Försäkringskassan and Arbetsförmedlingen rows as the state's half", () => {
    const table = buildTable({
      years: [2018],
      rows: [
        { label: "Försäkringskassan", role: "member", member: "state", values: [1500000] },
        { label: "Arbetsförmedlingen", role: "member", member: "state", values: [559000] },
        { label: "Region Örebro län", role: "member", member: "region", values: [1029500] },
        { label: "Kommunerna", role: "member", member: "kommuner", values: [1029500] },
      ],
    });
    expect(run([table])).toEqual([]);
  });

  it("reports an agreed deviation as info, keeping its rule", () => {
    const settings: UserSettings = {
      agreedDeviations: [
        { rule: "shares.region", sheet: "Budget 2018", cell: "B4", note: "styrelsebeslut 2017-11-20" },
      ],
    };
    const [finding] = run([seed000Members({ 4: 1000000 })], settings);
    expect(brief(finding)).toEqual({
      rule: "shares.region",
      severity: "info",
      sheet: "Budget 2018",
      cell: "B4",
      period: 2018,
      expected: "1029500",
      actual: "1000000",
    });
    expect(finding.message).toMatch(/\(25\u00A0%\)\. Överenskommen avvikelse: styrelsebeslut 2017-11-20\.$/);
    expect(finding.data).toEqual({ agreed: true, note: "styrelsebeslut 2017-11-20" });
  });
});

describe("shares on seed 002 (tkr)", () => {
  it("accepts 1 866 / 933 / 466 / 466 within half a tkr per row", () => {
    expect(run([seed002Members()])).toEqual([]);
  });

  it("reports a region row 2 tkr short", () => {
    expect(run([seed002Members(931)]).map(brief)).toEqual([
      {
        rule: "shares.region",
        severity: "error",
        sheet: "Budget 2017",
        cell: "B6",
        period: 2017,
        expected: "933",
        actual: "931",
      },
    ]);
  });
});

describe("shares.split against a kommun key", () => {
  const table = (a: number, b: number, c: number) =>
    buildTable({
      sheet: "Medlemmar",
      years: [2024],
      rows: [
        { label: "Försäkringskassan", role: "member", member: "state", values: [2000000] },
        { label: "Region Örebro län", role: "member", member: "region", values: [1000000] },
        { label: "Lindesbergs kommun", role: "member", member: "kommun", values: [a] },
        { label: "Nora kommun", role: "member", member: "kommun", values: [b] },
        { label: "Hällefors kommun", role: "member", member: "kommun", values: [c] },
      ],
    });
  const key: UserSettings = { kommunKey: { Lindesberg: "10 000", Nora: "20000", "Hällefors kommun": "30 000" } };

  it("accepts each kommun's share rounded to the krona, either way", () => {
    expect(run([table(166667, 333333, 500000)], key)).toEqual([]);
    expect(run([table(166666, 333334, 500000)], key)).toEqual([]);
  });

  it("reports the kommuner whose amount breaks the key, at their cells", () => {
    const findings = run([table(170000, 330000, 500000)], key);
    expect(findings.map(brief)).toEqual([
      {
        rule: "shares.split",
        severity: "error",
        sheet: "Medlemmar",
        cell: "B4",
        period: 2024,
        expected: "166667",
        actual: "170000",
      },
      {
        rule: "shares.split",
        severity: "error",
        sheet: "Medlemmar",
        cell: "B5",
        period: 2024,
        expected: "333333",
        actual: "330000",
      },
    ]);
    expect(findings[0].message).toBe(
      `Lindesbergs kommun 2024 är 170${NB}000${NB}kr men enligt fördelningsnyckeln (16,7${NB}%) ska kommunen betala 166${NB}667${NB}kr av kommunernas 1${NB}000${NB}000${NB}kr.`
    );
  });

  it("says so once when the key does not match the rows", () => {
    const findings = run([table(166667, 333333, 500000)], {
      kommunKey: { Lindesberg: "1", Nora: "2", Askersund: "3" },
    });
    expect(findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([["shares.split", "info", "B4"]]);
    expect(findings[0].message).toMatch(
      /i nyckeln men inte i tabellen: Askersund; i tabellen men inte i nyckeln: Hällefors kommun\.$/
    );
  });
});

describe("shares.single-line", () => {
  it("gives the 50/25/25 breakdown of a lone Medlemsbidrag line (seed 001)", () => {
    const table = buildTable({
      sheet: "Budgetplan 2024–2026",
      years: [2024],
      firstRow: 4,
      rows: [{ label: "Medlemsbidrag", role: "member", member: "all", values: [4000000] }],
    });
    const findings = run([table]);
    expect(findings.map((f) => [f.rule, f.severity, f.cell, f.period, f.data])).toEqual([
      [
        "shares.single-line",
        "info",
        "B4",
        2024,
        { state: "2000000", region: "1000000", kommuner: "1000000", years: [2024] },
      ],
    ]);
  });

  it("rounds the quarters down to whole units and gives the state the rest", () => {
    const parts = breakdown(new Decimal(4000003));
    expect([parts.state, parts.region, parts.kommuner].map(String)).toEqual(["2000003", "1000000", "1000000"]);
  });
});
