// Numbers as Excel shows them: a formula's cached double with binary noise is read at 15
// significant digits, so a correct sum holds and messages show the figure Excel shows.
import { analyzeWorkbook } from "../../src/domain/analyze";
import { formatAmount, toDecimal } from "../../src/domain/amount";
import { gridOf } from "./recognize.helpers";

describe("binary noise in cached formula results", () => {
  it("a =SUM over =100000/3 and =200000/3 holds", () => {
    const grid = gridOf("Budget", [
      ["Budget 2024 (kr)", "Budget 2024", "Budget 2025"],
      ["Intäkter"],
      ["Försäkringskassan", 2000000, 2000000],
      ["Region", 1000000, 1000000],
      ["Kommunerna", 1000000, 1000000],
      ["Summa intäkter", "=SUM(B3:B5)|4000000", "=SUM(C3:C5)|4000000"],
      ["Kostnader"],
      ["Personal", `=100000/3|${100000 / 3}`, 50000],
      ["Lokal", `=200000/3|${200000 / 3}`, 50000],
      ["Insatser", 3900000, 3900000],
      ["Summa kostnader", `=SUM(B8:B10)|${100000 / 3 + 200000 / 3 + 3900000}`, "=SUM(C8:C10)|4000000"],
      ["Resultat", `=B6-B11|${4000000 - (100000 / 3 + 200000 / 3 + 3900000)}`, "=C6-C11|0"],
    ]);
    const { tables, findings } = analyzeWorkbook([grid]);
    expect(tables.map((t) => [t.range, t.unit])).toEqual([["A1:C12", "kr"]]);
    expect(findings.filter((f) => f.severity !== "info").map((f) => [f.rule, f.cell])).toEqual([]);
  });

  it("a figure of 18.500000000000004 Mkr is shown as 18,5 Mkr", () => {
    expect(formatAmount(toDecimal(18.500000000000004), "Mkr")).toBe("18,5\u00A0Mkr");
  });
});
