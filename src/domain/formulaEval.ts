// Computes formulas the add-in writes, over the workbook's own sheets, with fast-formula-parser (MIT):
// what Excel will show, so that a new sheet can carry cached results for viewers that do not
// recalculate. Excel computes in binary doubles; a result is taken at Excel's 15 significant digits
// and handed on as a decimal string, as any figure read from a file would be.
import Decimal from "decimal.js";
import type { CellValue, Grid } from "./grid";

// fast-formula-parser ships no types: the small part of its API used here.
type ParserValue = number | string | boolean | null | undefined | ParserError | ParserValue[][];
interface ParserError {
  readonly error: string;
}
interface CellRef {
  sheet: string;
  row: number;
  col: number;
}
interface RangeRef {
  sheet: string;
  from: { row: number; col: number };
  to: { row: number; col: number };
}
interface FormulaParser {
  parse(formula: string, position: CellRef): ParserValue;
}
interface FormulaParserModule {
  new (config: { onCell: (ref: CellRef) => ParserValue; onRange: (ref: RangeRef) => ParserValue[][] }): FormulaParser;
  FormulaError: { REF: ParserError; VALUE: ParserError; new (code: string): ParserError };
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const FormulaParserClass = require("fast-formula-parser") as FormulaParserModule;
const { FormulaError } = FormulaParserClass;

function isParserError(v: unknown): v is ParserError {
  return typeof v === "object" && v !== null && !Array.isArray(v) && typeof (v as ParserError).error === "string";
}

function toParserValue(v: CellValue): ParserValue {
  if (v.type === "number" || v.type === "string" || v.type === "boolean") return v.value;
  return v.type === "error" ? new FormulaError(v.value) : null;
}

/** A number as Excel keeps it: 15 significant digits, as a plain decimal string. */
export function excelNumber(n: number): string {
  const d = new Decimal(n.toPrecision(15));
  return d.isZero() ? "0" : d.toFixed();
}

/** What a formula cell caches: an empty result reads as 0, as in Excel. */
function toCellValue(v: ParserValue): CellValue {
  if (Array.isArray(v)) return toCellValue(v[0]?.[0]);
  if (isParserError(v)) return { type: "error", value: v.error === "#ERROR!" ? "#NAME?" : v.error };
  if (typeof v === "number")
    return Number.isFinite(v) ? { type: "number", value: v } : { type: "error", value: "#NUM!" };
  if (typeof v === "string") return { type: "string", value: v };
  if (typeof v === "boolean") return { type: "boolean", value: v };
  return { type: "number", value: 0 };
}

interface ParserContext {
  onCell(ref: CellRef): ParserValue;
  onRange(ref: RangeRef): ParserValue[][];
}

// Building a parser costs far more than a parse, and a formula read inside another's callback needs a
// parser of its own (the parser is not re-entrant): one parser per nesting depth, kept for the process,
// each calling whatever evaluation is running (they are synchronous, so one at a time).
const pool: FormulaParser[] = [];
let active: ParserContext | undefined;

function parserAt(depth: number): FormulaParser {
  pool[depth] ??= new FormulaParserClass({
    onCell: (ref) => (active ? active.onCell(ref) : null),
    onRange: (ref) => (active ? active.onRange(ref) : [[null]]),
  });
  return pool[depth];
}

/** A formula cell to compute: its sheet and 1-based row and column. */
export interface FormulaCell {
  sheet: string;
  row: number;
  column: number;
}

/**
 * The values of the formula cells of `targets`, by "sheet!row,column" (the sheet as named),
 * computed over `targets` and `others` (whose formula cells are read as cached). `only` limits
 * the work to some cells and what they read. A cycle gives #REF!. Nothing is mutated.
 */
export function evaluateFormulas(
  targets: readonly Grid[],
  others: readonly Grid[] = [],
  only?: readonly FormulaCell[]
): Map<string, CellValue> {
  const byName = new Map<string, Grid>();
  for (const g of others) byName.set(g.name.toLowerCase(), g);
  for (const g of targets) byName.set(g.name.toLowerCase(), g);
  const computing = new Set(targets);
  const computed = new Map<string, CellValue>();
  const inProgress = new Set<string>();
  let depth = 0;

  const cellValue = (sheet: string, row: number, col: number): ParserValue => {
    const grid = byName.get(sheet.toLowerCase());
    if (!grid) return FormulaError.REF;
    const cell = grid.rows[row - 1]?.[col - 1];
    if (!cell) return null;
    if (computing.has(grid) && cell.formula) return toParserValue(evaluate(grid, row, col, cell.formula));
    return toParserValue(cell.value);
  };
  const context: ParserContext = {
    onCell: (ref) => cellValue(ref.sheet, ref.row, ref.col),
    onRange: (ref) => {
      const grid = byName.get(ref.sheet.toLowerCase());
      if (!grid) return [[FormulaError.REF]];
      // A whole column or row reads only as far as the sheet has cells.
      const bottom = Math.min(ref.to.row, grid.rows.length);
      let right = ref.from.col;
      for (let r = ref.from.row; r <= bottom; r++) right = Math.max(right, grid.rows[r - 1]?.length ?? 0);
      right = Math.min(ref.to.col, right);
      const out: ParserValue[][] = [];
      for (let r = ref.from.row; r <= bottom; r++) {
        const line: ParserValue[] = [];
        for (let c = ref.from.col; c <= right; c++) line.push(cellValue(ref.sheet, r, c));
        out.push(line);
      }
      return out;
    },
  };

  function evaluate(grid: Grid, row: number, col: number, formula: string): CellValue {
    const key = `${grid.name}!${row},${col}`;
    const done = computed.get(key);
    if (done) return done;
    if (inProgress.has(key)) return { type: "error", value: "#REF!" };
    inProgress.add(key);
    const parser = parserAt(depth);
    depth++;
    let result: ParserValue;
    try {
      result = parser.parse(formula.replace(/^=/, ""), { sheet: grid.name, row, col });
    } catch (e) {
      result = isParserError(e) ? e : FormulaError.VALUE;
    } finally {
      depth--;
      inProgress.delete(key);
    }
    const value = toCellValue(result);
    computed.set(key, value);
    return value;
  }

  const previous = active;
  active = context;
  try {
    if (only) {
      for (const { sheet, row, column } of only) {
        const grid = byName.get(sheet.toLowerCase());
        const formula = grid?.rows[row - 1]?.[column - 1]?.formula;
        if (grid && formula && computing.has(grid)) evaluate(grid, row, column, formula);
      }
    } else {
      for (const grid of targets)
        grid.rows.forEach((line, r) =>
          line?.forEach((cell, c) => {
            if (cell?.formula) evaluate(grid, r + 1, c + 1, cell.formula);
          })
        );
    }
  } finally {
    active = previous;
  }
  return computed;
}

/** The formula cells of one sheet, computed over it and the others, by "row,column". */
export function evaluateSheet(
  target: Grid,
  others: readonly Grid[],
  only?: readonly { row: number; column: number }[]
): Map<string, CellValue> {
  const cells = only?.map((c) => ({ sheet: target.name, ...c }));
  const all = evaluateFormulas([target], others, cells);
  const prefix = `${target.name}!`;
  return new Map([...all].map(([key, value]) => [key.slice(prefix.length), value]));
}

/**
 * The grids with every formula's value computed again over them, as Excel recalculates after an
 * edit. Where the parser cannot compute a formula (an error it would give, a function it lacks), the
 * value the file cached stays: this never puts an error where Excel showed a figure.
 */
export function recalculated(grids: readonly Grid[]): Grid[] {
  const values = evaluateFormulas(grids);
  return grids.map((grid) => {
    let rows: Grid["rows"] | undefined;
    grid.rows.forEach((line, r) =>
      line?.forEach((cell, c) => {
        const value = cell?.formula ? values.get(`${grid.name}!${r + 1},${c + 1}`) : undefined;
        if (!cell || !value || value.type === "error" || value.type === "empty") return;
        const old = cell.value;
        if (old.type === value.type && old.value === value.value) return;
        rows ??= grid.rows.map((l) => (l ? [...l] : l));
        (rows[r] as NonNullable<Grid["rows"][number]>)[c] = { ...cell, value };
      })
    );
    return rows ? { ...grid, rows } : grid;
  });
}
