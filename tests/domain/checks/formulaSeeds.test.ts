// The formula rules on the real documents: no finding on the seeds' correct tables or on the sample
// workbook; and a number stored as text inside a SUM's range is reported once, as number.as-text
// (issue 11: not also as a row the sum above it leaves out, with a wrong formula for a fix).
import * as fs from "fs";
import * as path from "path";
import { analyzeWorkbook } from "../../../src/domain/analyze";
import type { Finding } from "../../../src/domain/finding";
import type { Grid } from "../../../src/domain/grid";
import { readXlsx } from "../../../src/workbook/xlsx";
import { fixtureNames, fixtureText, loadFixtureGrids, parseFixture } from "../../helpers/fixture";

const SAMPLE = path.resolve(__dirname, "../../../samples/finsam-budget-exempel.xlsx");
const isFormulaRule = (f: Finding) => f.rule.startsWith("formula.");
const brief = (f: Finding) => [f.rule, f.severity, f.sheet, f.cell, f.period, f.expected, f.actual];

async function sampleGrids(): Promise<Grid[]> {
  const read = await readXlsx(fs.readFileSync(SAMPLE));
  if (!read.ok) throw new Error(read.error.message);
  return read.grids;
}

describe("no formula finding where the formulas are right", () => {
  it.each(fixtureNames())("%s", (name) => {
    expect(analyzeWorkbook(loadFixtureGrids(name)).findings.filter(isFormulaRule)).toEqual([]);
  });

  it("the sample workbook", async () => {
    expect(analyzeWorkbook(await sampleGrids()).findings.filter(isFormulaRule)).toEqual([]);
  });
});

describe("one finding per cell and cause", () => {
  it("a SUM over subtotals and their rows, across an empty row: range-omits-row alone", () => {
    const text = fixtureText("seed001.built").replace("=B31+B32+B38+B45+B54", "=SUM(B22:B54)");
    const findings = analyzeWorkbook(parseFixture(text)).findings.filter(isFormulaRule);
    expect(findings.map(brief)).toEqual([
      ["formula.range-omits-row", "error", "Budget 2024", "B55", 2024, "1434809", "2855618"],
    ]);
  });
});

describe("Lokalhyra's 86 000 as text inside =SUM(…) of Summa administration", () => {
  it("seed 001 built: number.as-text at Lokalhyra and nothing about the sums above it", () => {
    const text = fixtureText("seed001.built").replace("Lokalhyra\t86000", "Lokalhyra\t'86 000");
    const findings = analyzeWorkbook(parseFixture(text)).findings;
    expect(findings.map(brief)).toEqual([
      ["shares.single-line", "info", "Budgetplan 2024–2026", "B6", 2024, undefined, "4000000"],
      ["equity.deficit-covered", "info", "Budgetplan 2024–2026", "B12", 2024, "2103610", "-1742456"],
      ["equity.ratio", "info", "Budgetplan 2024–2026", "B16", 2024, undefined, "361154"],
      ["equity.ratio", "info", "Budgetplan 2024–2026", "C16", 2025, undefined, "361154"],
      ["equity.ratio", "info", "Budgetplan 2024–2026", "D16", 2026, undefined, "361154"],
      ["number.as-text", "warning", "Budget 2024", "B23", 2024, "86000", undefined],
    ]);
    expect(findings.find((f) => f.rule === "number.as-text")?.related).toEqual(["B31"]);
  });

  it("the sample workbook: the same, with the cached sums as Excel computes them (SUM skips the text)", async () => {
    const grids = await sampleGrids();
    const budget = grids.find((g) => g.name === "Budget 2024");
    if (!budget) throw new Error("Budget 2024");
    budget.rows[20][1] = { value: { type: "string", value: "86 000" } };
    // Summa administration (B29), Summa administration/kansli (B52), Summa kostnader (B53) drop
    // 86 000; RESULTAT (B54 = B5 − B53) rises by it.
    for (const [row, delta] of [
      [29, -86000],
      [52, -86000],
      [53, -86000],
      [54, 86000],
    ]) {
      const cell = budget.rows[row - 1][1];
      if (cell?.value.type !== "number") throw new Error(`B${row}`);
      cell.value = { type: "number", value: cell.value.value + delta };
    }
    const findings = analyzeWorkbook(grids).findings;
    expect(findings.filter(isFormulaRule)).toEqual([]);
    expect(findings.filter((f) => f.sheet === "Budget 2024").map(brief)).toEqual([
      ["number.as-text", "warning", "Budget 2024", "B21", 2024, "86000", undefined],
      ["equity.deficit-covered", "info", "Budget 2024", "B54", 2024, "2103610", "-1742456"],
    ]);
  });
});
