// Test helpers for the prognosis sheet: a SheetSpec as a Grid, evaluated over its source sheets,
// and the seed 001 tables as recognition reads them (hand-built, so these tests stand alone).
import Decimal from "decimal.js";
import { address, cellText, parseAddress, type Cell, type Grid } from "../../src/domain/grid";
import type { SheetSpec } from "../../src/domain/sheetspec";
import type { BudgetRow, BudgetTable, Period, RowRole } from "../../src/domain/table";
import { evaluateSheetFormulas } from "./formulas";

/** The cells a SheetSpec writes, as a Grid: numbers as numbers, formulas not yet computed. */
export function specToGrid(spec: SheetSpec): Grid {
  const grid: Grid = { name: spec.name, rows: [], merges: [] };
  for (const c of spec.cells) {
    const at = parseAddress(c.address);
    if (!at) throw new Error(`bad address ${c.address}`);
    let cell: Cell | undefined;
    if (c.formula) cell = { value: { type: "empty" }, formula: c.formula };
    else if (c.value?.type === "number") cell = { value: { type: "number", value: Number(c.value.value) } };
    else if (c.value) cell = { value: c.value };
    if (!cell) continue;
    if (c.numberFormat) cell.numberFormat = c.numberFormat;
    while (grid.rows.length < at.row) grid.rows.push([]);
    grid.rows[at.row - 1][at.column - 1] = cell;
  }
  return grid;
}

export function cloneGrids(grids: Grid[]): Grid[] {
  return structuredClone(grids);
}

/** A prognosis sheet computed over (copies of) its source sheets, read by label. */
export class EvaluatedSheet {
  readonly grids: Grid[];
  readonly sheet: Grid;

  /** The spec's cells over copies of its source sheets, computed. */
  constructor(sources: Grid[], spec: SheetSpec);
  /** Sheet `name` of a workbook read back from a file, computed over the workbook's sheets. */
  constructor(workbook: Grid[], name: string);
  constructor(grids: Grid[], specOrName: SheetSpec | string) {
    if (typeof specOrName === "string") {
      const sheet = grids.find((g) => g.name === specOrName);
      if (!sheet) throw new Error(`no sheet ${specOrName} in ${grids.map((g) => g.name).join(", ")}`);
      this.sheet = sheet;
      this.grids = grids;
    } else {
      this.sheet = specToGrid(specOrName);
      this.grids = [...cloneGrids(grids), this.sheet];
    }
    this.recompute();
  }

  /** Re-evaluates every formula, as Excel does after an edit. */
  recompute(): void {
    for (const g of this.grids)
      for (const line of g.rows) for (const cell of line ?? []) if (cell?.formula) cell.value = { type: "empty" };
    evaluateSheetFormulas(this.grids);
  }

  /** Sheet row whose column A reads `label` (the first one at or after `from`). */
  rowOf(label: string, from = 1): number {
    for (let r = from; r <= this.sheet.rows.length; r++) if (cellText(this.sheet.rows[r - 1]?.[0]) === label) return r;
    throw new Error(`no row "${label}"`);
  }

  /** Column of year `year` in the header row (the row whose column A reads "Belopp i …"). */
  columnOf(year: number): number {
    const header = this.sheet.rows.findIndex((line) => /^Belopp i /.test(cellText(line?.[0])));
    const line = this.sheet.rows[header] ?? [];
    const c = line.findIndex((cell) => cell?.value.type === "number" && cell.value.value === year);
    if (c < 0) throw new Error(`no column ${year}`);
    return c + 1;
  }

  value(row: number, column: number): number | string | undefined {
    const v = this.sheet.rows[row - 1]?.[column - 1]?.value;
    if (!v || v.type === "empty") return undefined;
    if (v.type === "number" || v.type === "string") return v.value;
    return `${v.type}:${String(v.value)}`;
  }

  /** The figure of a row (by label) in a year. */
  at(label: string, year: number): number | string | undefined {
    return this.value(this.rowOf(label), this.columnOf(year));
  }

  /** Sets a cell of the prognosis sheet as a user would type it (a number, text or formula). */
  set(a1: string, content: number | string, sheet: Grid = this.sheet): void {
    const at = parseAddress(a1);
    if (!at) throw new Error(a1);
    while (sheet.rows.length < at.row) sheet.rows.push([]);
    const line = sheet.rows[at.row - 1] ?? (sheet.rows[at.row - 1] = []);
    const old = line[at.column - 1];
    line[at.column - 1] =
      typeof content === "number"
        ? { ...old, value: { type: "number", value: content }, formula: undefined }
        : content.startsWith("=")
          ? { ...old, value: { type: "empty" }, formula: content }
          : { ...old, value: { type: "string", value: content }, formula: undefined };
    this.recompute();
  }

  grid(name: string): Grid {
    const g = this.grids.find((x) => x.name === name);
    if (!g) throw new Error(name);
    return g;
  }
}

type RowSketch = [row: number, role: RowRole, side?: BudgetRow["side"], parts?: number[]];

/** A BudgetTable over a sheet of the fixture, figures read from its cells. */
function tableOn(grid: Grid, base: Omit<BudgetTable, "rows" | "sheet">, sketch: RowSketch[]): BudgetTable {
  const rows = sketch.map(([row, role, side, parts]) => {
    const values = base.periods.map((p: Period) => {
      const cell = grid.rows[row - 1]?.[p.column - 1];
      if (!cell || cell.value.type !== "number") return undefined;
      return {
        value: new Decimal(String(cell.value.value)),
        cell: address(row, p.column),
        source: cell.formula ? ("formula" as const) : ("number" as const),
      };
    });
    const out: BudgetRow = { row, label: cellText(grid.rows[row - 1]?.[0]), role, values, level: 0 };
    if (side) out.side = side;
    if (parts) out.parts = parts;
    return out;
  });
  return { ...base, sheet: grid.name, rows };
}

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

/** Seed 001's "Budget 2024" sheet as recognition reads it (tests/fixtures/seed001.built.tsv). */
export function seed001Budget(grids: Grid[]): BudgetTable {
  const grid = grids.find((g) => g.name === "Budget 2024") as Grid;
  const items = (a: number, b: number): RowSketch[] => range(a, b).map((r) => [r, "item", "cost"]);
  return tableOn(
    grid,
    {
      range: "A3:B56",
      kind: "budget",
      labelColumn: 1,
      unit: "kr",
      confidence: 0.9,
      reasons: [],
      periods: [{ column: 2, header: "Budget Helår 2024", year: 2024, kind: "budget" }],
    },
    [
      [4, "section", "income"],
      [5, "member", "income"],
      [6, "item", "income"],
      [7, "total-income", "income", [5, 6]],
      [8, "section", "cost"],
      [9, "section", "cost"],
      [10, "section", "cost"],
      ...items(11, 12),
      [13, "subtotal", "cost", [11, 12]],
      [14, "section", "cost"],
      ...items(15, 18),
      [19, "subtotal", "cost", range(15, 18)],
      [20, "subtotal", "cost", [13, 19]],
      [21, "section", "cost"],
      [22, "section", "cost"],
      ...items(23, 30),
      [31, "subtotal", "cost", range(23, 30)],
      [32, "item", "cost"],
      [33, "section", "cost"],
      [34, "item", "cost"],
      [36, "item", "cost"],
      [37, "item", "cost"],
      [38, "subtotal", "cost", [34, 36, 37]],
      [39, "section", "cost"],
      ...items(40, 44),
      [45, "subtotal", "cost", range(40, 44)],
      [46, "section", "cost"],
      ...items(47, 53),
      [54, "subtotal", "cost", range(47, 53)],
      [55, "subtotal", "cost", [31, 32, 38, 45, 54]],
      [56, "total-cost", "cost", [20, 55]],
    ]
  );
}

/** Seed 001's "Budgetplan 2024–2026" as recognition reads it. */
export function seed001Plan(grids: Grid[]): BudgetTable {
  const grid = grids.find((g) => g.name === "Budgetplan 2024–2026") as Grid;
  const periods: Period[] = [2024, 2025, 2026].map((year, i) => ({
    column: 2 + i,
    header: i === 0 ? "Budget Kr 2024" : String(year),
    year,
    kind: "budget",
  }));
  return tableOn(
    grid,
    { range: "A3:D16", kind: "plan", labelColumn: 1, unit: "kr", confidence: 0.9, reasons: [], periods },
    [
      [5, "section", "income"],
      [6, "member", "income"],
      [7, "total-income", "income", [6]],
      [8, "section", "cost"],
      [9, "item", "cost"],
      [10, "item", "cost"],
      [11, "total-cost", "cost", [9, 10]],
      [12, "result"],
      [13, "equity-in", "equity"],
      [14, "result"],
      [15, "equity-in", "equity"],
      [16, "equity-out", "equity"],
    ]
  );
}
