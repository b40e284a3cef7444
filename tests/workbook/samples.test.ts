import fs from "fs";
import path from "path";
import { cellAt, cellText, type Grid } from "../../src/domain/grid";
import { readXlsx } from "../../src/workbook/xlsx";
import { evaluateSheetFormulas } from "../helpers/formulas";

const SAMPLE = path.resolve(__dirname, "../../samples/finsam-budget-exempel.xlsx");
// A plain CommonJS script: required, not imported, since it has no type declarations.
const { buildSampleWorkbook } = require("../../scripts/make-samples.js") as {
  buildSampleWorkbook: () => Promise<Uint8Array>;
};

async function sampleGrids(): Promise<Grid[]> {
  const result = await readXlsx(fs.readFileSync(SAMPLE));
  if (!result.ok) throw new Error(result.error.message);
  return result.grids;
}

function numberAt(grid: Grid, a1Row: number, column: number): number | undefined {
  const v = cellAt(grid, a1Row, column)?.value;
  return v?.type === "number" ? v.value : undefined;
}

describe("samples/finsam-budget-exempel.xlsx", () => {
  it("is what scripts/make-samples.js writes, byte for byte", async () => {
    expect(Buffer.from(await buildSampleWorkbook()).equals(fs.readFileSync(SAMPLE))).toBe(true);
  });

  it("caches the result fast-formula-parser computes for every formula", async () => {
    const grids = await sampleGrids();
    const recomputed = structuredClone(grids);
    evaluateSheetFormulas(recomputed);
    expect(recomputed).toEqual(grids);
  });

  it("holds the seed 001 figures", async () => {
    const [budget, plan, members] = await sampleGrids();
    expect([budget.name, plan.name, members.name]).toEqual(["Budget 2024", "Budgetplan 2024–2026", "Medlemsbidrag"]);
    expect(cellAt(budget, 52, 1)?.value).toEqual({ type: "string", value: "Summa administration/kansli" });
    expect(cellAt(budget, 52, 2)).toMatchObject({
      formula: "=SUM(B29,B30,B35,B42,B51)",
      value: { type: "number", value: 1434809 },
    });
    expect(numberAt(budget, 53, 2)).toBe(5828456);
    expect(numberAt(budget, 54, 2)).toBe(-1828456);
    expect(cellAt(budget, 4, 2)).toBeUndefined();
    expect([2, 3, 4].map((c) => numberAt(plan, 11, c))).toEqual([-1828456, 0, 0]);
    expect(numberAt(plan, 14, 2)).toBe(2103610);
    expect([2, 3, 4].map((c) => numberAt(plan, 15, c))).toEqual([275154, 275154, 275154]);
    expect([3, 4, 5, 6, 7].map((r) => numberAt(members, r, 2))).toEqual([2000000, 1000000, 72000, 928000, 4000000]);
  });

  it("puts a bold SUM with format #,##0 at every Summa row", async () => {
    const summaRows = (await sampleGrids()).flatMap((grid) =>
      grid.rows
        .map((_, i) => i + 1)
        .filter((r) => cellText(cellAt(grid, r, 1)).startsWith("Summa"))
        .map((r) => cellAt(grid, r, 2))
    );
    expect(summaRows).toHaveLength(13);
    for (const cell of summaRows) {
      expect(cell).toMatchObject({ bold: true, numberFormat: "#,##0", formula: expect.stringMatching(/^=SUM\(/) });
    }
  });
});
