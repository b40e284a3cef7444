// equity.*: the eget kapital chain on hand-built tables with the seeds' figures.
import { equity } from "../../../src/domain/checks/equity";
import type { Finding, UserSettings } from "../../../src/domain/finding";
import type { BudgetTable } from "../../../src/domain/table";
import { brief, buildTable, checkTables } from "../../helpers/budgetTable";

const NB = "\u00A0";

function run(tables: BudgetTable[], settings: UserSettings = {}): Finding[] {
  return checkTables(equity, tables, settings);
}

const notRatio = (f: Finding) => f.rule !== "equity.ratio";

/** Seed 001, 5.1 Budgetplan 2024–2026 (rows 4–15). */
function seed001Plan(): BudgetTable {
  return buildTable({
    sheet: "Budgetplan 2024–2026",
    years: [2024, 2025, 2026],
    firstRow: 4,
    kind: "plan",
    rows: [
      { label: "Medlemsbidrag", role: "member", member: "all", side: "income", values: [4000000, 4000000, 4000000] },
      { label: "Summa", role: "total-income", side: "income", parts: [4], values: [4000000, 4000000, 4000000] },
      { label: "Insatser", role: "item", side: "cost", values: [4393647, 2500000, 2500000] },
      { label: "Administration/Kansli", role: "item", side: "cost", values: [1434809, 1500000, 1500000] },
      { label: "Summa", role: "total-cost", side: "cost", parts: [6, 7], values: [5828456, 4000000, 4000000] },
      { label: "RESULTAT", role: "result", values: [-1828456, 0, 0] },
      { label: "Eget kapital ingående 2023", role: "equity-in", values: [2359937, null, null] },
      { label: "Prel. resultat 2023", role: "result", values: [-256327, null, null] },
      { label: "Prel. eget kapital ingående 2024", role: "equity-in", values: [2103610, null, null] },
      { label: "Prel. eget kapital", role: "equity-out", values: [275154, 275154, 275154] },
    ],
  });
}

/** Seed 000, 6.3 Budgetöversikt (rows 54–63). */
function seed000Overview(): BudgetTable {
  return buildTable({
    sheet: "Budget 2018",
    years: [2019, 2020, 2021],
    firstRow: 54,
    rows: [
      {
        label: "Verksamhetens medlemsbidrag",
        role: "member",
        member: "all",
        side: "income",
        values: [4118000, 4241000, 4241000],
      },
      { label: "Personal", role: "item", side: "cost", values: [1730000, 1730000, 1730000] },
      { label: "Styrelse, revision", role: "item", side: "cost", values: [140000, 140000, 140000] },
      { label: "Kansli", role: "item", side: "cost", values: [878000, 878000, 878000] },
      { label: "Aktiviteter, projekt", role: "item", side: "cost", values: [1344000, 1493000, 1493000] },
      {
        label: "Summa",
        role: "total-cost",
        side: "cost",
        parts: [55, 56, 57, 58],
        values: [4092000, 4241000, 4241000],
      },
      { label: "Årets resultat", role: "result", values: [260000, 0, 0] },
      { label: "Överskott från tidigare år", role: "equity-in", values: [500000, 500000, 500000] },
      { label: "Periodens acku resultat", role: "equity-out", values: [500000, 500000, 500000] },
    ],
  });
}

describe("equity on seed 001", () => {
  it("reports the 2024 deficit as covered, with 275 154 kr left, and nothing else but the ratios", () => {
    const findings = run([seed001Plan()]);
    expect(findings.filter(notRatio).map(brief)).toEqual([
      {
        rule: "equity.deficit-covered",
        severity: "info",
        sheet: "Budgetplan 2024–2026",
        cell: "B9",
        period: 2024,
        expected: "2103610",
        actual: "-1828456",
      },
    ]);
    const covered = findings[0];
    expect(covered.data).toEqual({ available: "2103610", left: "275154", yearsLeft: 0 });
    expect(covered.message).toBe(
      `Underskottet 2024 på 1${NB}828${NB}456${NB}kr betalas med eget kapital (2${NB}103${NB}610${NB}kr vid årets början); ` +
        `kvar blir 275${NB}154${NB}kr, vilket inte räcker till ännu ett lika stort underskott.`
    );
  });

  it("reports eget kapital as a share of medlemsbidrag once per year while the trappa is empty", () => {
    const ratios = run([seed001Plan()]).filter((f) => f.rule === "equity.ratio");
    expect(ratios.map((f) => [f.severity, f.cell, f.period, f.actual])).toEqual([
      ["info", "B13", 2024, "275154"],
      ["info", "C13", 2025, "275154"],
      ["info", "D13", 2026, "275154"],
    ]);
    expect(ratios[0].message).toBe(
      `Prel. eget kapital 2024 är 275${NB}154${NB}kr, 6,9${NB}% av årets medlemsbidrag 4${NB}000${NB}000${NB}kr. Trappan för eget kapital är inte ifylld, så andelen bedöms inte.`
    );
  });

  it("warns above the trappa's ceiling once it is filled", () => {
    const settings: UserSettings = {
      equityTrappa: [
        { allocationUpTo: "", maxPercent: "5" },
        { allocationUpTo: "3 000 000", maxPercent: "10" },
      ],
    };
    const warnings = run([seed001Plan()], settings).filter((f) => f.rule === "equity.above-recommendation");
    expect(warnings.map((f) => [f.severity, f.cell, f.expected, f.actual])).toEqual([
      ["warning", "B13", "200000", "275154"],
      ["warning", "C13", "200000", "275154"],
      ["warning", "D13", "200000", "275154"],
    ]);
  });

  it("reports a wrong opening 2024 against opening 2023 + result 2023", () => {
    const table = seed001Plan();
    table.rows[8].values[0]!.value = table.rows[8].values[0]!.value.plus(1000);
    expect(
      run([table])
        .filter((f) => f.rule === "equity.rollforward")
        .map(brief)
    ).toEqual([
      {
        rule: "equity.rollforward",
        severity: "error",
        sheet: "Budgetplan 2024–2026",
        cell: "B12",
        period: 2024,
        expected: "2103610",
        actual: "2104610",
      },
      {
        rule: "equity.rollforward",
        severity: "error",
        sheet: "Budgetplan 2024–2026",
        cell: "B13",
        period: 2024,
        expected: "276154",
        actual: "275154",
      },
    ]);
  });
});

describe("equity on seed 000", () => {
  it("reports acku resultat 2019 against the true result: 500 000 + 26 000 = 526 000", () => {
    const findings = run([seed000Overview()]).filter(notRatio);
    expect(findings.map(brief)).toEqual([
      {
        rule: "equity.rollforward",
        severity: "error",
        sheet: "Budget 2018",
        cell: "B62",
        period: 2019,
        expected: "526000",
        actual: "500000",
      },
    ]);
    expect(findings[0].message).toBe(
      `Periodens acku resultat 2019 är 500${NB}000${NB}kr men eget kapital vid årets början 500${NB}000${NB}kr + årets resultat 26${NB}000${NB}kr = 526${NB}000${NB}kr.`
    );
  });
});

describe("a plan whose eget kapital runs out", () => {
  const plan = buildTable({
    sheet: "Plan",
    years: [2024, 2025, 2026],
    rows: [
      { label: "Intäkter", role: "total-income", side: "income", values: [3000000, 3000000, 3000000] },
      { label: "Kostnader", role: "total-cost", side: "cost", values: [3600000, 3600000, 3600000] },
      { label: "Resultat", role: "result", values: [-600000, -600000, -600000] },
      { label: "Eget kapital ingående", role: "equity-in", values: [1000000, 400000, -200000] },
      { label: "Eget kapital utgående", role: "equity-out", values: [400000, -200000, -800000] },
    ],
  });

  it("is covered in year one and uncovered in year two only", () => {
    expect(run([plan]).map(brief)).toEqual([
      {
        rule: "equity.deficit-covered",
        severity: "info",
        sheet: "Plan",
        cell: "B4",
        period: 2024,
        expected: "1000000",
        actual: "-600000",
      },
      {
        rule: "equity.deficit-uncovered",
        severity: "error",
        sheet: "Plan",
        cell: "C4",
        period: 2025,
        expected: "400000",
        actual: "-600000",
      },
    ]);
  });
});

describe("eget kapital below zero", () => {
  it("is an error at the closing cell, in the first such year only", () => {
    const table = buildTable({
      sheet: "Plan",
      years: [2024, 2025, 2026],
      rows: [{ label: "Eget kapital utgående", role: "equity-out", values: [100000, -50000, -150000] }],
    });
    expect(run([table]).map(brief)).toEqual([
      {
        rule: "equity.deficit-uncovered",
        severity: "error",
        sheet: "Plan",
        cell: "C2",
        period: 2025,
        expected: undefined,
        actual: "-50000",
      },
    ]);
  });
});

describe("equity on seed 002 (tkr)", () => {
  const budget = buildTable({
    sheet: "Budget 2017",
    unit: "tkr",
    years: [2017, 2018, 2019],
    firstRow: 26,
    rows: [
      { label: "Summa intäkter", role: "total-income", side: "income", values: [3731, 3731, 3731] },
      { label: "Summa kostnader", role: "total-cost", side: "cost", values: [4349, 3731, 3731] },
      { label: "Budgeterat resultat", role: "result", values: [-618, 0, 0] },
      { label: "Anspråktagande av eget kapital", role: "equity-use", values: [-618, 0, 0] },
    ],
  });
  const balance = (opening2017: number) =>
    buildTable({
      sheet: "Balans- och resultatbudget",
      unit: "tkr",
      kind: "balance",
      years: [2016, 2017, 2018, 2019],
      periodKind: "plan",
      firstRow: 12,
      rows: [
        { label: "Eget kapital", role: "equity-out", side: "equity", values: [1106, opening2017, 745, 745] },
        { label: "Årets resultat", role: "result", side: "equity", values: [257, -618, 0, 0] },
        { label: "Summa eget kapital", role: "equity-out", side: "equity", values: [1363, 745, 745, 745] },
      ],
    });

  it("pays the 2017 deficit from the balansbudget's eget kapital: 745 tkr left", () => {
    const findings = run([budget, balance(1363)]).filter(notRatio);
    expect(findings.map(brief)).toEqual([
      {
        rule: "equity.deficit-covered",
        severity: "info",
        sheet: "Budget 2017",
        cell: "B28",
        period: 2017,
        expected: "1363",
        actual: "-618",
      },
    ]);
    expect(findings[0].data).toEqual({ available: "1363", left: "745", yearsLeft: 1 });
  });

  it("reports an opening that is not last year's closing", () => {
    const findings = run([budget, balance(1300)]).filter((f) => f.rule === "equity.rollforward");
    expect(findings.map(brief)).toEqual([
      {
        rule: "equity.rollforward",
        severity: "error",
        sheet: "Balans- och resultatbudget",
        cell: "C12",
        period: 2017,
        expected: "1363",
        actual: "1300",
      },
      {
        rule: "equity.rollforward",
        severity: "error",
        sheet: "Balans- och resultatbudget",
        cell: "C14",
        period: 2017,
        expected: "682",
        actual: "745",
      },
    ]);
  });

  it("reports an anspråktagande that is not the deficit", () => {
    const wrong = buildTable({ ...budgetSpecWithUse(-500) });
    expect(run([wrong]).map(brief)).toEqual([
      {
        rule: "equity.rollforward",
        severity: "error",
        sheet: "Budget 2017",
        cell: "B29",
        period: 2017,
        expected: "-618",
        actual: "-500",
      },
      // The table states no eget kapital to judge the deficit against.
      {
        rule: "equity.deficit-unchecked",
        severity: "info",
        sheet: "Budget 2017",
        cell: "B28",
        period: 2017,
        expected: undefined,
        actual: "-618",
      },
    ]);
  });

  function budgetSpecWithUse(use: number) {
    return {
      sheet: "Budget 2017",
      unit: "tkr" as const,
      years: [2017],
      firstRow: 26,
      rows: [
        { label: "Summa intäkter", role: "total-income" as const, side: "income" as const, values: [3731] },
        { label: "Summa kostnader", role: "total-cost" as const, side: "cost" as const, values: [4349] },
        { label: "Budgeterat resultat", role: "result" as const, values: [-618] },
        { label: "Anspråktagande av eget kapital", role: "equity-use" as const, values: [use] },
      ],
    };
  }
});

describe("equity on seed 004 (tkr): carried-over surplus", () => {
  const ram = (carried2021: string) =>
    buildTable({
      sheet: "Finansiell ram 2020-2022",
      unit: "tkr",
      years: [2020, 2021, 2022],
      firstRow: 3,
      rows: [
        { label: "Finansiell ram", role: "member", member: "all", side: "income", values: [9032, 9032, 9032] },
        {
          label: "Överskott 2019 fördelat på 1 år",
          role: "equity-in",
          side: "income",
          values: [1771, carried2021, "Överskott 2021 143|143"],
        },
        { label: "ESF – medel", role: "item", side: "income", values: [1133, 1133, 190] },
        { label: "Total summa", role: "total-cost", side: "cost", values: [11607, 10407, 9320] },
        { label: "Över-/underskott", role: "result", values: [329, 143, 51] },
      ],
    });

  it("accepts Överskott 2020 329 in 2021: the stated 2020 result", () => {
    expect(run([ram("Överskott 2020 329|329")])).toEqual([]);
  });

  it("reports a carried surplus that is not last year's stated result", () => {
    expect(run([ram("Överskott 2020 392|392")]).map(brief)).toEqual([
      {
        rule: "equity.rollforward",
        severity: "error",
        sheet: "Finansiell ram 2020-2022",
        cell: "C4",
        period: 2021,
        expected: "329",
        actual: "392",
      },
    ]);
  });
});
