// runChecks and allRules: every module together, agreed deviations, order, and a Totalt column.
import { allRules, runChecks } from "../../../src/domain/checks";
import type { Finding, UserSettings } from "../../../src/domain/finding";
import { recognizeWorkbook } from "../../../src/domain/recognize";
import { loadFixtureGrids, parseFixture } from "../../helpers/fixture";

function checkText(text: string, settings: UserSettings = {}): Finding[] {
  const grids = parseFixture(text);
  const tables = recognizeWorkbook(grids);
  return runChecks(tables, { tables, grids, settings });
}

function checkSeed(name: string, settings: UserSettings = {}): Finding[] {
  const grids = loadFixtureGrids(name);
  const tables = recognizeWorkbook(grids);
  return runChecks(tables, { tables, grids, settings });
}

describe("allRules", () => {
  it("lists every rule id of DESIGN.md once", () => {
    const ids = allRules().map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      "sum.mismatch",
      "sum.rounding",
      "result.mismatch",
      "equity.rollforward",
      "equity.deficit-covered",
      "equity.deficit-uncovered",
      "equity.above-recommendation",
      "shares.state",
      "shares.region",
      "shares.municipalities",
      "shares.split",
      "crosscheck.mismatch",
      "balance.mismatch",
      "formula.range-omits-row",
      "formula.hardcoded-total",
      "number.as-text",
    ]) {
      expect(ids).toContain(id);
    }
  });
});

describe("a Totalt column", () => {
  const sheet = [
    "### Sheet: Plan",
    "\tBudget 2024\tPlan 2025\tPlan 2026\tTotalt",
    "Medlemsbidrag\t100\t100\t100\t=SUM(B2:D2)",
    "Personal\t60\t60\t60\t190",
    "Lokal\t50\t50\t50\t=SUM(B4:D4)",
    "Summa kostnader\t=SUM(B3:B4)\t=SUM(C3:C4)\t=SUM(D3:D4)\t=SUM(E3:E4)",
    "Resultat\t=B2-B5\t=C2-C5\t=D2-D5\t=SUM(B6:D6)",
  ].join("\n");

  it("is checked row by row against the sum of the periods", () => {
    const findings = checkText(sheet).filter((f) => f.rule.startsWith("sum."));
    expect(findings.map((f) => [f.rule, f.cell, f.period, f.expected, f.actual])).toEqual([
      ["sum.mismatch", "E3", undefined, "180", "190"],
    ]);
    // Nothing states the unit: the figures are shown as printed, with no unit word.
    expect(findings[0].message).toBe("Personal: Totalt är 190 men åren summerar till 180 (diff 10).");
    expect(findings[0].fix).toEqual({ sheet: "Plan", cell: "E3", newValue: "180", oldValue: "190" });
    expect(findings[0].related).toEqual(["B3:D3"]);
  });
});

describe("runChecks", () => {
  it("orders findings by sheet as in the workbook, then row, then column", () => {
    const arithmetic = /^(sum|result|balance|crosscheck|formula|number)\./;
    const cells = checkSeed("seed002.built")
      .filter((f) => arithmetic.test(f.rule))
      .map((f) => `${f.sheet}!${f.cell} ${f.rule}`);
    expect(cells).toEqual([
      "Budget 2017!E23 sum.rounding",
      "Balans- och resultatbudget!B27 crosscheck.mismatch",
      "Balans- och resultatbudget!B27 result.mismatch",
    ]);
    const all = checkSeed("seed004.built")
      .filter((f) => arithmetic.test(f.rule))
      .map((f) => `${f.sheet}!${f.cell}`);
    expect(all).toEqual([
      "Finansiell ram 2020-2022!C5",
      "Finansiell ram 2020-2022!C37",
      "Finansiell ram 2020-2022!D37",
      "Finansiell ram 2020-2022!C38",
      "Finansiell ram 2020-2022!D38",
    ]);
  });

  it("turns an agreed deviation into info, with the note, and leaves the others alone", () => {
    const agreed = { rule: "sum.mismatch", sheet: "Budget 2018", cell: "B49", note: "Projektmedlen är 1 075 tkr" };
    const findings = checkSeed("seed000.built", { agreedDeviations: [agreed] });
    const b49 = findings.find((f) => f.cell === "B49");
    expect(b49?.severity).toBe("info");
    expect(b49?.message).toMatch(/ Överenskommen avvikelse: Projektmedlen är 1 075 tkr\.$/);
    expect(b49?.data).toEqual({ agreed: true, note: "Projektmedlen är 1 075 tkr" });
    expect(findings.find((f) => f.cell === "B61" && f.rule === "result.mismatch")?.severity).toBe("error");
  });

  it("keeps one finding per cell, period and cause: an omitting SUM range hides the sum it shortens", () => {
    const text = [
      "### Sheet: Budget",
      "\tBudget 2024",
      "Medlemsbidrag\t1000",
      "Personal\t600",
      "Lokal\t300",
      "Summa kostnader\t=SUM(B3:B3)",
      "Resultat\t=B2-B5",
    ].join("\n");
    const findings = checkText(text).filter((f) => f.cell === "B5");
    expect(findings.map((f) => f.rule)).toEqual(["formula.range-omits-row"]);
  });
});
