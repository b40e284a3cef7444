// The general layer's small parts: formulas read as signed terms, the words of totals, varav and
// deductions, and the chance that figures agree by accident.
import { signedTerms } from "../../../src/domain/tables/formula";
import { chanceBits } from "../../../src/domain/tables/evidence";
import { isRatioHeader, isVarianceHeader, marksOf, totalTarget } from "../../../src/domain/tables/words";

describe("signedTerms", () => {
  it("reads sums, ranges and differences of the formula's own sheet", () => {
    expect(signedTerms("=SUM(B4:B6)-B37", "Ram")).toEqual([
      { row: 4, column: 2, sign: 1 },
      { row: 5, column: 2, sign: 1 },
      { row: 6, column: 2, sign: 1 },
      { row: 37, column: 2, sign: -1 },
    ]);
    expect(signedTerms("=C9-(C12+C13)", "Ram")).toEqual([
      { row: 9, column: 3, sign: 1 },
      { row: 12, column: 3, sign: -1 },
      { row: 13, column: 3, sign: -1 },
    ]);
    expect(signedTerms("=SUMMA(B3;B5)+'Ram'!B7", "Ram")?.map((t) => t.row)).toEqual([3, 5, 7]);
  });

  it("refuses anything else: numbers, other functions, other sheets", () => {
    expect(signedTerms("=B3*2", "Ram")).toBeUndefined();
    expect(signedTerms("=AVERAGE(B3:B5)", "Ram")).toBeUndefined();
    expect(signedTerms("='Budget 2024'!B20", "Ram")).toBeUndefined();
  });
});

describe("words", () => {
  it("tells totals, their targets and variance or ratio columns", () => {
    expect(totalTarget("summa kostnader")).toBe("kostnader");
    expect(totalTarget("kommunen totalt")).toBe("kommunen");
    expect(totalTarget("total")).toBe("");
    expect(totalTarget("verksamhetens intäkter")).toBeUndefined();
    expect([
      isVarianceHeader("Avvikelse mot budget 2021"),
      isVarianceHeader("Budget-avvikelse"),
      isVarianceHeader("Budget 2021"),
    ]).toEqual([true, true, false]);
    expect([isRatioHeader("Andel %"), isRatioHeader("Percent change"), isRatioHeader("Nettokostnad 2021")]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it("marks varav lines, deductions, results and dash breakdowns", () => {
    expect(marksOf("– varav jämförelsestörande poster", true)).toEqual({ varav: true, bullet: true });
    expect(marksOf("Avgår: realisationsvinster", true)).toEqual({ subtract: true });
    expect(marksOf("Verksamhetens nettokostnader", true)).toEqual({ result: true });
    expect(marksOf("– övrigt eget kapital", true)).toEqual({ bullet: true });
    expect(marksOf("KOSTNADER", false)).toEqual({ heading: true, emphasis: true });
  });
});

describe("chanceBits", () => {
  it("is high for large totals, nothing for small counts or a total of zero", () => {
    expect(chanceBits(4286000, 0, 1)).toBeGreaterThan(6);
    expect(chanceBits(3, 1.5, 1)).toBe(0);
    expect(chanceBits(0, 0, 1)).toBe(0);
  });
});
