// Formulas as a Swedish Excel user sees them; the English formula is what gets written.
import { swedishFormula } from "../../src/domain/formulaText";

test.each([
  ["=SUM(B9:B10)", "=SUMMA(B9:B10)"],
  ["=SUM(B6,B10:B12)", "=SUMMA(B6;B10:B12)"],
  ["=-SUM(C12:C13,C19)", "=-SUMMA(C12:C13;C19)"],
  ["=IF(AND(ISNUMBER($G$12),C$10>$G$12),0,B12*(1+C$5))", "=OM(OCH(ÄRTAL($G$12);C$10>$G$12);0;B12*(1+C$5))"],
  ["=ROUND(B4*0.25,0)", "=AVRUNDA(B4*0,25;0)"],
  ["=IFERROR(B3/B4,FALSE)", "=OMFEL(B3/B4;FALSKT)"],
])("%s → %s", (english, swedish) => {
  expect(swedishFormula(english)).toBe(swedish);
});

test("text and quoted sheet names stay as written, commas and all", () => {
  expect(swedishFormula(`=IF(B20>=0,"Inget underskott, bra","Täcks inte")`)).toBe(
    `=OM(B20>=0;"Inget underskott, bra";"Täcks inte")`
  );
  expect(swedishFormula("='Budget, 2024 (SUM)'!B12+'Rolf''s'!C3")).toBe("='Budget, 2024 (SUM)'!B12+'Rolf''s'!C3");
});

test("a name that is not a call is not translated, and an unknown function keeps its name", () => {
  expect(swedishFormula("=SUM+IF")).toBe("=SUM+IF");
  expect(swedishFormula("=XLOOKUP(A1,B:B,C:C)")).toBe("=XLOOKUP(A1;B:B;C:C)");
});
