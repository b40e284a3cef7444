// Sheets at Excel's limits go through recognition without a RangeError or rows × columns of
// memory: a stray cell in XFD1048576, and a table of 150 000 rows. No timing here (bench/).
import type { Cell, Grid } from "../../src/domain/grid";
import { recognizeCandidates, recognizeSheet } from "../../src/domain/recognize";
import { makeSheetView } from "../../src/domain/recognize/sheet";

const text = (value: string): Cell => ({ value: { type: "string", value } });
const num = (value: number): Cell => ({ value: { type: "number", value } });

const SMALL_BUDGET: (Cell | undefined)[][] = [
  [text("Budget 2024 (kr)")],
  [undefined, text("Budget 2024"), text("Budget 2025")],
  [text("Medlemsbidrag"), num(4000000), num(4100000)],
  [text("Summa intäkter"), num(4000000), num(4100000)],
  [text("Personal"), num(2500000), num(2600000)],
  [text("Lokal"), num(500000), num(500000)],
  [text("Summa kostnader"), num(3000000), num(3100000)],
  [text("Resultat"), num(1000000), num(1000000)],
];

/** A grid whose last cell is XFD1048576: a million rows, all but the table's and the last one absent. */
function strayCellGrid(): Grid {
  const rows: (Cell | undefined)[][] = new Array(1048576);
  SMALL_BUDGET.forEach((r, i) => (rows[i] = r));
  const last: (Cell | undefined)[] = new Array(16384);
  last[16383] = text("x");
  rows[1048575] = last;
  return { name: "Vid gränsen", rows, merges: [] };
}

describe("sheets at Excel's limits", () => {
  it("a stray cell in XFD1048576: the view keeps one row for it and the table is found", () => {
    const grid = strayCellGrid();
    const view = makeSheetView(grid);
    expect([view.rows, view.columns]).toEqual([1048576, 16384]);
    expect(view.rowList().length).toBe(SMALL_BUDGET.length + 1);
    expect(view.cellsOf(1048576)).toEqual([16384]);
    const tables = recognizeSheet(grid);
    expect(tables.map((t) => [t.range, t.periods.map((p) => p.year)])).toEqual([["A2:C8", [2024, 2025]]]);
  });

  it("a table of 150 000 rows is read whole, without a RangeError", () => {
    const rows: (Cell | undefined)[][] = [[text("Budget 2024 (kr)")], [undefined, text("Budget 2024")]];
    for (let i = 0; i < 150000; i++) rows.push([text(`Personal ${i + 1}`), num(1000 + (i % 97))]);
    const tables = recognizeCandidates({ name: "Stor", rows, merges: [] });
    expect(tables.map((t) => [t.range, t.rows.length])).toEqual([["A2:B150002", 150000]]);
  });
});
