// fast-formula-parser is not re-entrant: a function whose argument is a formula cell not yet
// computed (a reference upward in evaluation order) must still get that cell's value.
import { evaluateSheetFormulas } from "./formulas";
import type { Grid } from "../../src/domain/grid";

const num = (value: number) => ({ value: { type: "number" as const, value } });
const formula = (f: string) => ({ value: { type: "empty" as const }, formula: f });

it("computes SUM over a formula cell further down the sheet", () => {
  const grid: Grid = {
    name: "P",
    merges: [],
    rows: [[formula("=SUM(A3)*2")], [formula('=IF(A3>1,"ja","nej")')], [formula("=SUM(A4:A5)")], [num(5)], [num(2)]],
  };
  evaluateSheetFormulas([grid]);
  expect(grid.rows.map((line) => line[0]?.value)).toEqual([
    { type: "number", value: 14 },
    { type: "string", value: "ja" },
    { type: "number", value: 7 },
    { type: "number", value: 5 },
    { type: "number", value: 2 },
  ]);
});
