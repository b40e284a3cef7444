import ExcelJS from "exceljs";
import { cellAt, valueAt } from "../../src/domain/grid";
import { evaluateFormula, evaluateSheetFormulas, gridsToXlsxBuffer, parseFixture } from "./fixture";

const SAMPLE = [
  "// a comment takes no row",
  "### Sheet: Budget 2018",
  "**Intäkter**\t**2018**",
  "Kommun A\t100",
  "Kommun B\t'250",
  "Kommun C\t2.059 000 kr",
  "**Summa**\t**=SUM(B2:B4)**",
  "",
  "Kvot\t=B5/4",
  "### Merge: A1:B1",
  "### Hidden rows: 7",
  "",
  "### Hidden sheet: Hjälp blad",
  "Från budget\t='Budget 2018'!B5*2\t#N/A\t0.5",
  "Kedja\t=B3\t",
  "\t=B1",
].join("\n");

describe("parseFixture", () => {
  const grids = parseFixture(SAMPLE);
  const [budget, help] = grids;

  it("reads sheets, hidden sheets, merges and hidden rows", () => {
    expect(grids.map((g) => [g.name, g.hidden ?? false])).toEqual([
      ["Budget 2018", false],
      ["Hjälp blad", true],
    ]);
    expect(budget.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
    expect(budget.hiddenRows).toEqual([7]);
    expect(budget.rows.length).toBe(7);
  });

  it("types cells as the format says", () => {
    expect(valueAt(budget, 1, 1)).toEqual({ type: "string", value: "Intäkter" });
    expect(cellAt(budget, 1, 2)).toEqual({ value: { type: "number", value: 2018 }, bold: true });
    expect(valueAt(budget, 2, 2)).toEqual({ type: "number", value: 100 });
    expect(valueAt(budget, 3, 2)).toEqual({ type: "string", value: "250" });
    expect(valueAt(budget, 4, 2)).toEqual({ type: "string", value: "2.059 000 kr" });
    expect(cellAt(budget, 6, 1)).toBeUndefined();
    expect(valueAt(help, 1, 3)).toEqual({ type: "error", value: "#N/A" });
    expect(valueAt(help, 1, 4)).toEqual({ type: "number", value: 0.5 });
  });

  it("computes formulas, skipping text in SUM as Excel does", () => {
    expect(cellAt(budget, 5, 2)).toEqual({ value: { type: "number", value: 100 }, formula: "=SUM(B2:B4)", bold: true });
    expect(valueAt(budget, 7, 2)).toEqual({ type: "number", value: 25 });
  });

  it("resolves quoted cross-sheet references and chains of formulas", () => {
    expect(valueAt(help, 1, 2)).toEqual({ type: "number", value: 200 });
    expect(valueAt(help, 3, 2)).toEqual({ type: "number", value: 200 });
  });

  it("marks a cycle as #REF!", () => {
    const cyclic = parseFixture("### Sheet: S\n=B1\t=A1\n=A1+1");
    expect(valueAt(cyclic[0], 1, 1)).toEqual({ type: "error", value: "#REF!" });
    expect(valueAt(cyclic[0], 1, 2)).toEqual({ type: "error", value: "#REF!" });
    expect(valueAt(cyclic[0], 2, 1)).toEqual({ type: "error", value: "#REF!" });
  });

  it("reads a reference to an empty cell as 0 and a bad formula as an error", () => {
    const g = parseFixture("### Sheet: S\n=Z99\t=SUM(1))")[0];
    expect(valueAt(g, 1, 1)).toEqual({ type: "number", value: 0 });
    expect(valueAt(g, 1, 2).type).toBe("error");
  });

  it("refuses a row before any sheet and an unknown directive", () => {
    expect(() => parseFixture("a\tb")).toThrow(/before any/);
    expect(() => parseFixture("### Sheet: S\n### Frozen: A2")).toThrow(/unknown directive/);
  });
});

describe("evaluateSheetFormulas and evaluateFormula", () => {
  it("recomputes after a change, and evaluates a loose formula on a sheet", () => {
    const grids = parseFixture("### Sheet: P\n10\t=A1*1.5\n20\t=SUM(A1:A2)");
    grids[0].rows[0][0] = { value: { type: "number", value: 30 } };
    evaluateSheetFormulas(grids);
    expect(valueAt(grids[0], 1, 2)).toEqual({ type: "number", value: 45 });
    expect(valueAt(grids[0], 2, 2)).toEqual({ type: "number", value: 50 });
    expect(evaluateFormula(grids, "P", "=B2-A2")).toEqual({ type: "number", value: 30 });
  });
});

describe("gridsToXlsxBuffer", () => {
  it("writes values, formulas with results, bold, merges and hidden state that ExcelJS reads back", async () => {
    const buffer = await gridsToXlsxBuffer(parseFixture(SAMPLE));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Budget 2018");
    expect(ws).toBeDefined();
    if (!ws) return;
    expect(ws.getCell("B5").value).toEqual({ formula: "SUM(B2:B4)", result: 100 });
    expect(ws.getCell("B5").font?.bold).toBe(true);
    expect(ws.getCell("B4").value).toBe("2.059 000 kr");
    expect(ws.getCell("B2").value).toBe(100);
    expect(ws.getRow(7).hidden).toBe(true);
    expect(ws.getCell("B1").isMerged).toBe(true);
    expect(wb.getWorksheet("Hjälp blad")?.state).toBe("hidden");
    expect(wb.getWorksheet("Hjälp blad")?.getCell("C1").value).toEqual({ error: "#N/A" });
  });
});
