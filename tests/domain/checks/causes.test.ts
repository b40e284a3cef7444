// A finding that only follows from another names its cause and is not a second error (issue 11).
import { analyzeWorkbook } from "../../../src/domain/analyze";
import type { Finding } from "../../../src/domain/finding";
import { parseFixture } from "../../helpers/fixture";

const brief = (f: Finding) => [f.rule, f.severity, f.cell, f.cause ? `${f.cause.rule} ${f.cause.cell}` : ""];

describe("causes", () => {
  // A budget in kr whose Summa kostnader counts the subtotal Summa personal och lokal together with
  // its rows: 1 950 000 instead of 1 050 000. The result −950 000 is what the sheet computes from
  // that total, and 500 000 of eget kapital does not cover it; the true deficit, 50 000, is covered.
  const text = [
    "### Sheet: Budget",
    "\tBudget 2024",
    "**INTÄKTER**",
    "Medlemsbidrag\t1000000",
    "Summa intäkter\t=SUM(B3)",
    "**KOSTNADER**",
    "Personal\t600000",
    "Lokal\t300000",
    "Summa personal och lokal\t=SUM(B6:B7)",
    "Resor\t150000",
    "Summa kostnader\t=SUM(B6:B9)",
    "RESULTAT\t=B4-B10",
    "Eget kapital ingående\t500000",
    "Eget kapital utgående\t=B12+B11",
  ].join("\n");

  it("reports the SUM that counts a subtotal twice, and the uncovered deficit as info naming it", () => {
    const { findings } = analyzeWorkbook(parseFixture(text));
    expect(findings.map(brief)).toEqual([
      ["shares.single-line", "info", "B3", ""],
      ["formula.range-omits-row", "error", "B10", ""],
      ["equity.deficit-uncovered", "info", "B11", "formula.range-omits-row B10"],
      ["equity.ratio", "info", "B13", ""],
    ]);
    expect(findings[2].message).toMatch(/Det följer av felet i B10 och är inget eget fel/);
    expect(findings[2].followsFrom).toBeUndefined();
  });

  it("keeps an uncovered deficit an error when the figures under it add up", () => {
    const honest = text
      .replace("=SUM(B6:B9)", "=SUM(B8:B9)")
      .replace("Medlemsbidrag\t1000000", "Medlemsbidrag\t100000");
    const { findings } = analyzeWorkbook(parseFixture(honest));
    expect(findings.filter((f) => f.rule === "equity.deficit-uncovered").map(brief)).toEqual([
      ["equity.deficit-uncovered", "error", "B11", ""],
    ]);
  });
});
