// The formulas of a sheet laid out in lines: along a row (a total under each period column) and
// down a column (a figure computed on each line item). In a line, formulas copied from one another
// share one R1C1 shape; a formula whose shape is a near miss of the line's dominant shape is the
// odd one out. Linear in the number of formula cells apart from sorting.
import { cellAt, type Grid } from "../grid";
import { formulaShape, type FormulaShape } from "./formulaShape";
import { nearMiss, type Near } from "./formulaNear";

export interface ShapedCell {
  row: number;
  column: number;
  formula: string;
  shape: FormulaShape;
}

export type Direction = "row" | "column";

/** A formula whose shape is a near miss of another shape in its line: a candidate odd one out. */
export interface Candidate {
  cell: ShapedCell;
  /** The cell of the other shape nearest to `cell`: the formula `cell` may be meant to copy. */
  model: ShapedCell;
  /** Every cell of the line with the model's shape. */
  agreeing: ShapedCell[];
  /** How many cells of the line share `cell`'s own shape (itself included). */
  ownCount: number;
  /** Whether the model's shape is the line's dominant one (at least two cells, more than any other). */
  dominant: boolean;
  /** Whether both neighbours of `cell` in the line have the model's shape. */
  sandwiched: boolean;
  /** Whether `cell`'s shape forms a block of its own (three or more cells, all beyond the model's cells). */
  ownBlock: boolean;
  direction: Direction;
  /** How the shapes nearly match; "sandwich": a lone cell in a long run of copies, reading elsewhere. */
  near: Near | { kind: "sandwich" };
}

/** A lone formula this deep inside a run of copies is compared even when it reads elsewhere. */
const SANDWICH_RUN = 4;

/** Formula cells further apart than this along a line are not neighbours. */
const MAX_GAP = 3;
/** Formulas longer than this are not compared (a formula a person copied is short). */
const MAX_FORMULA_LENGTH = 2000;

export interface SheetFormulas {
  grid: Grid;
  cells: ShapedCell[];
  byRow: Map<number, ShapedCell[]>;
  byColumn: Map<number, ShapedCell[]>;
}

const shaped = new WeakMap<Grid, SheetFormulas>();

/** Every formula of a sheet with its shape, indexed by row and by column (each sorted); once per Grid. */
export function sheetFormulas(grid: Grid): SheetFormulas {
  let sheet = shaped.get(grid);
  if (!sheet) {
    sheet = shapeSheet(grid);
    shaped.set(grid, sheet);
  }
  return sheet;
}

function shapeSheet(grid: Grid): SheetFormulas {
  const cells: ShapedCell[] = [];
  const byRow = new Map<number, ShapedCell[]>();
  const byColumn = new Map<number, ShapedCell[]>();
  grid.rows.forEach((line, r) => {
    line?.forEach((_, c) => {
      const formula = cellAt(grid, r + 1, c + 1)?.formula;
      if (!formula || formula.length > MAX_FORMULA_LENGTH) return;
      const shape = formulaShape(formula, r + 1, c + 1, grid.name);
      if (!shape) return;
      const cell = { row: r + 1, column: c + 1, formula, shape };
      cells.push(cell);
      (byRow.get(cell.row) ?? byRow.set(cell.row, []).get(cell.row))?.push(cell);
      (byColumn.get(cell.column) ?? byColumn.set(cell.column, []).get(cell.column))?.push(cell);
    });
  });
  for (const list of byColumn.values()) list.sort((a, b) => a.row - b.row);
  return { grid, cells, byRow, byColumn };
}

/** The runs of a sorted row or column: neighbours at most MAX_GAP apart. */
function runsOf(cells: ShapedCell[], direction: Direction): ShapedCell[][] {
  const at = (c: ShapedCell) => (direction === "row" ? c.column : c.row);
  const runs: ShapedCell[][] = [];
  for (const cell of cells) {
    const run = runs[runs.length - 1];
    if (run && at(cell) - at(run[run.length - 1]) <= MAX_GAP) run.push(cell);
    else runs.push([cell]);
  }
  return runs.filter((run) => run.length >= 3);
}

/** Every line of the sheet (runs of at least three formulas), rows first, then columns. */
export function linesOf(sheet: SheetFormulas): { cells: ShapedCell[]; direction: Direction }[] {
  const out: { cells: ShapedCell[]; direction: Direction }[] = [];
  for (const [direction, index] of [
    ["row", sheet.byRow],
    ["column", sheet.byColumn],
  ] as const) {
    for (const cells of index.values()) for (const run of runsOf(cells, direction)) out.push({ cells: run, direction });
  }
  return out;
}

/** Every near miss of every line of the sheet. */
export function candidates(sheet: SheetFormulas): Candidate[] {
  return linesOf(sheet).flatMap((line) => candidatesInLine(line.cells, line.direction));
}

/** An odd cell is compared with the largest groups of its line only: linear in the line's length. */
const MAX_MODELS = 3;

function candidatesInLine(line: ShapedCell[], direction: Direction): Candidate[] {
  const groups = new Map<string, ShapedCell[]>();
  for (const cell of line)
    (groups.get(cell.shape.key) ?? groups.set(cell.shape.key, []).get(cell.shape.key))?.push(cell);
  if (groups.size < 2) return [];
  const ranked = [...groups.values()].sort((a, b) => b.length - a.length);
  const dominant = ranked[0].length >= 2 && ranked[0].length > ranked[1].length ? ranked[0] : undefined;
  const at = (c: ShapedCell) => (direction === "row" ? c.column : c.row);
  const index = new Map(line.map((c, i) => [c, i]));
  const out: Candidate[] = [];
  for (const model of ranked.slice(0, MAX_MODELS)) {
    const key = model[0].shape.key;
    const [first, last] = [at(model[0]), at(model[model.length - 1])];
    for (const own of ranked) {
      if (model === own) continue;
      const near = nearMiss(model[0].shape, own[0].shape, direction) ?? sandwich(line, index, own, model);
      if (!near) continue;
      const ownBlock = own.length >= 3 && (own.every((c) => at(c) < first) || own.every((c) => at(c) > last));
      for (const cell of own) {
        const i = index.get(cell) ?? -1;
        const sandwiched = line[i - 1]?.shape.key === key && line[i + 1]?.shape.key === key;
        out.push({
          cell,
          model: nearestOf(model, at(cell), at),
          agreeing: model,
          ownCount: own.length,
          dominant: model === dominant,
          sandwiched,
          ownBlock,
          direction,
          near,
        });
      }
    }
  }
  return out;
}

/** A lone cell between two copies of a long run, with the same skeleton: compared whatever it reads. */
function sandwich(
  line: ShapedCell[],
  index: Map<ShapedCell, number>,
  own: ShapedCell[],
  model: ShapedCell[]
): { kind: "sandwich" } | undefined {
  if (own.length !== 1 || model.length < SANDWICH_RUN || own[0].shape.skeleton !== model[0].shape.skeleton)
    return undefined;
  const i = index.get(own[0]) ?? -1;
  const key = model[0].shape.key;
  return line[i - 1]?.shape.key === key && line[i + 1]?.shape.key === key ? { kind: "sandwich" } : undefined;
}

/** The cell of a sorted group nearest to a position along the line (binary search). */
function nearestOf(cells: ShapedCell[], position: number, at: (c: ShapedCell) => number): ShapedCell {
  let lo = 0;
  let hi = cells.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at(cells[mid]) < position) lo = mid + 1;
    else hi = mid;
  }
  const before = cells[lo - 1];
  return before && position - at(before) < at(cells[lo]) - position ? before : cells[lo];
}
