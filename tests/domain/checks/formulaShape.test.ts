// R1C1 shapes: copies of one formula share a shape; near misses are what a slip looks like; and a
// shape written back at a cell, as Excel stores it and as a Swedish Excel shows it.
import { nearMiss } from "../../../src/domain/checks/formulaNear";
import { errorLiterals, formulaShape, isLink } from "../../../src/domain/checks/formulaShape";
import { formulaAt, swedishFormula } from "../../../src/domain/checks/formulaText";

const shape = (formula: string, row: number, column: number, sheet = "Blad1") => {
  const s = formulaShape(formula, row, column, sheet);
  if (!s) throw new Error(formula);
  return s;
};

describe("formulaShape", () => {
  it("gives copies of a formula one shape", () => {
    expect(shape("=SUM(B3:B9)", 10, 2).key).toBe(shape("=SUM(C3:C9)", 10, 3).key);
    expect(shape("=SUM(B3:B9)", 10, 2).key).toBe("SUM ( R[-7]C[0]:R[-1]C[0] )");
    expect(shape("=D5-B5", 5, 5).key).toBe(shape("=D6-B6", 6, 5).key);
  });

  it("keeps what is anchored with $ as written", () => {
    expect(shape("=B3/$B$10", 3, 3).key).toBe("R[0]C[-1] / R10C2");
    expect(shape("=B3/$B$10", 3, 3).key).not.toBe(shape("=B3/B10", 3, 3).key);
  });

  it("reads sheet names, quoted or not, and treats the formula's own sheet as unnamed", () => {
    expect(shape("='Budget 2024'!B5+Plan!C5", 5, 2).key).toBe("'Budget 2024'!R[0]C[0] + 'Plan'!R[0]C[1]");
    expect(shape("=Blad1!B5", 5, 3).key).toBe(shape("=B5", 5, 3).key);
    expect(shape("=Källa!B5", 5, 3).key).toBe("'Källa'!R[0]C[-1]");
  });

  it("ignores a leading plus and the order of a plain sum of cells", () => {
    expect(shape("=+B31-B33", 35, 2).key).toBe(shape("=B31-B33", 35, 2).key);
    expect(shape("=E19+D19", 19, 6).key).toBe(shape("=D19+E19", 19, 6).key);
  });

  it("reads whole columns, strings, semicolons and error literals", () => {
    expect(shape("=SUM(A:A)", 1, 2).key).toBe("SUM ( C[-1]:C[-1] )");
    expect(shape('=IF(A1="ja";1;#N/A)', 1, 2).key).toBe('IF ( R[0]C[-1] = "ja" , 1 , #N/A )');
    expect(errorLiterals(shape("=C15+E15+#REF!", 15, 7))).toEqual(["#REF!"]);
    expect(formulaShape('=A1&"', 1, 1)).toBeUndefined();
  });

  it("knows a link from a computation", () => {
    expect(isLink(shape("=Plan!B5", 5, 2))).toBe(true);
    expect(isLink(shape("=-B5", 5, 3))).toBe(true);
    expect(isLink(shape("=B5*2", 5, 3))).toBe(false);
  });
});

describe("nearMiss", () => {
  it("a range that starts a row late, in a row of totals", () => {
    expect(nearMiss(shape("=SUM(B3:B9)", 10, 2), shape("=SUM(C4:C9)", 10, 3), "row")).toEqual({ kind: "refs" });
  });

  it("not ranges of different lengths down a column: blocks differ by design", () => {
    expect(nearMiss(shape("=SUM(B3:B9)", 10, 2), shape("=SUM(B12:B14)", 15, 2), "column")).toBeUndefined();
  });

  it("a term left out, and which shape has it", () => {
    expect(nearMiss(shape("=C30-F30", 30, 4), shape("=C31", 31, 4), "column")).toEqual({
      kind: "term",
      term: { side: "model", start: 1 },
    });
  });

  it("not a different formula, nor one that only adds a constant", () => {
    expect(nearMiss(shape("=SUM(B3:B9)", 10, 2), shape("=AVERAGE(C3:C9)", 10, 3), "row")).toBeUndefined();
    expect(nearMiss(shape("=SUM(B3:B9)", 10, 2), shape("=SUM(C3:C9)+1000", 10, 3), "row")).toBeUndefined();
  });
});

describe("writing a shape at a cell", () => {
  it("as Excel stores it and as a Swedish Excel shows it", () => {
    const s = shape("=SUM(C4:C9)", 10, 3);
    expect(formulaAt(s.tokens, 10, 4)).toBe("=SUM(D4:D9)");
    expect(swedishFormula(s.tokens, 10, 4)).toBe("=SUMMA(D4:D9)");
    const r = shape("=ROUND(AVERAGE(B2:B5)*0.25,0)+$A$1", 6, 2);
    expect(swedishFormula(r.tokens, 6, 3)).toBe("=AVRUNDA(MEDEL(C2:C5)*0,25;0)+$A$1");
    expect(swedishFormula(shape("=C15+#REF!", 15, 7).tokens, 15, 7)).toBe("=C15+#REFERENS!");
    expect(formulaAt(shape("='Budget 2024'!B5", 5, 2).tokens, 6, 2)).toBe("='Budget 2024'!B6");
  });

  it("gives nothing for a copy that would fall off the sheet", () => {
    expect(formulaAt(shape("=B2-B1", 2, 2).tokens, 1, 2)).toBeUndefined();
  });
});
