// Evaluates the formulas of a set of Grids with fast-formula-parser (MIT), as Excel would
// compute their cached values. Test-only: fixtures and generated sheets (the prognosis) use it.
import type { CellValue, Grid } from "../../src/domain/grid";

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
  parse(formula: string, position: CellRef, allowReturnArray?: boolean): ParserValue;
}
interface FormulaParserModule {
  new (config: { onCell: (ref: CellRef) => ParserValue; onRange: (ref: RangeRef) => ParserValue[][] }): FormulaParser;
  FormulaError: { REF: ParserError; VALUE: ParserError; NAME: ParserError; new (code: string): ParserError };
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const FormulaParserClass = require("fast-formula-parser") as FormulaParserModule;
const { FormulaError } = FormulaParserClass;

function isParserError(v: unknown): v is ParserError {
  return typeof v === "object" && v !== null && !Array.isArray(v) && typeof (v as ParserError).error === "string";
}

/** A CellValue as the parser wants it: numbers as JS numbers, text as text, errors as FormulaError. */
function toParserValue(v: CellValue): ParserValue {
  switch (v.type) {
    case "number":
    case "string":
    case "boolean":
      return v.value;
    case "error":
      return new FormulaError(v.value);
    default:
      return null;
  }
}

/** What a formula cell caches: an empty reference reads as 0, as in Excel. */
function toCellValue(v: ParserValue): CellValue {
  if (Array.isArray(v)) return toCellValue(v[0]?.[0]);
  if (isParserError(v)) return { type: "error", value: v.error === "#ERROR!" ? "#NAME?" : v.error };
  if (typeof v === "number")
    return Number.isFinite(v) ? { type: "number", value: v } : { type: "error", value: "#NUM!" };
  if (typeof v === "string") return { type: "string", value: v };
  if (typeof v === "boolean") return { type: "boolean", value: v };
  return { type: "number", value: 0 };
}

/**
 * (Re)computes the cached value of every formula cell in place. References to other
 * formula cells are resolved recursively, across sheets; a cycle gives #REF!.
 */
export function evaluateSheetFormulas(grids: Grid[]): void {
  const byName = new Map<string, Grid>();
  for (const g of grids) byName.set(g.name.toLowerCase(), g);
  const done = new Set<string>();
  const inProgress = new Set<string>();
  // fast-formula-parser is not re-entrant: a formula evaluated inside another's onCell/onRange
  // (a reference to a formula cell not yet computed) gets a parser of its own, one per depth.
  const config: ConstructorParameters<FormulaParserModule>[0] = {
    onCell: (ref) => cellValue(ref.sheet, ref.row, ref.col),
    onRange: (ref) => {
      const grid = byName.get(ref.sheet.toLowerCase());
      if (!grid) return [[FormulaError.REF]];
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
  const parsers: FormulaParser[] = [];
  let depth = 0;

  function cellValue(sheet: string, row: number, col: number): ParserValue {
    const grid = byName.get(sheet.toLowerCase());
    if (!grid) return FormulaError.REF;
    const cell = grid.rows[row - 1]?.[col - 1];
    if (!cell) return null;
    if (cell.formula) evaluate(grid, row, col);
    return toParserValue(cell.value);
  }

  function evaluate(grid: Grid, row: number, col: number): void {
    const cell = grid.rows[row - 1]?.[col - 1];
    if (!cell?.formula) return;
    const key = `${grid.name.toLowerCase()}!${row},${col}`;
    if (done.has(key)) return;
    if (inProgress.has(key)) {
      cell.value = { type: "error", value: "#REF!" };
      return;
    }
    inProgress.add(key);
    let result: ParserValue;
    const parser = (parsers[depth] ??= new FormulaParserClass(config));
    depth++;
    try {
      result = parser.parse(cell.formula.replace(/^=/, ""), { sheet: grid.name, row, col });
    } catch (e) {
      result = isParserError(e) ? e : FormulaError.VALUE;
    } finally {
      depth--;
    }
    inProgress.delete(key);
    // A cycle found below this cell already marked it; keep #REF! then.
    if (!done.has(key)) cell.value = toCellValue(result);
    done.add(key);
  }

  for (const grid of grids) {
    grid.rows.forEach((line, r) => line?.forEach((cell, c) => cell?.formula && evaluate(grid, r + 1, c + 1)));
  }
}

/** The value one formula would give in the context of these grids (e.g. "=SUM(B3:B9)" on "Budget"). */
export function evaluateFormula(grids: Grid[], sheet: string, formula: string): CellValue {
  const probe: Grid = { name: `__probe_${Date.now()}`, rows: [[{ value: { type: "empty" }, formula }]], merges: [] };
  const target = grids.find((g) => g.name === sheet);
  // Unqualified references must point at `sheet`, so qualify them through a copy positioned there.
  if (target) {
    const rows = target.rows.map((line) => (line ? [...line] : line));
    const copy: Grid = { ...target, rows };
    const r = rows.length + 1;
    rows[r - 1] = [{ value: { type: "empty" }, formula }];
    evaluateSheetFormulas([...grids.filter((g) => g !== target), copy]);
    return rows[r - 1][0]?.value ?? { type: "empty" };
  }
  evaluateSheetFormulas([...grids, probe]);
  return probe.rows[0][0]?.value ?? { type: "empty" };
}
