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

/**
 * The values of the formula cells of `target`, by "row,column", computed over `target` and the
 * other sheets (read as they are: their cached values). A cycle gives #REF!. Nothing is mutated.
 */
export function evaluateSheet(target: Grid, others: readonly Grid[]): Map<string, CellValue> {
  const byName = new Map<string, Grid>();
  for (const g of others) byName.set(g.name.toLowerCase(), g);
  byName.set(target.name.toLowerCase(), target);
  const computed = new Map<string, CellValue>();
  const inProgress = new Set<string>();
  const parsers: FormulaParser[] = [];
  let depth = 0;

  const cellValue = (sheet: string, row: number, col: number): ParserValue => {
    const grid = byName.get(sheet.toLowerCase());
    if (!grid) return FormulaError.REF;
    const cell = grid.rows[row - 1]?.[col - 1];
    if (!cell) return null;
    if (grid === target && cell.formula) return toParserValue(evaluate(row, col, cell.formula));
    return toParserValue(cell.value);
  };
  const config = {
    onCell: (ref: CellRef) => cellValue(ref.sheet, ref.row, ref.col),
    onRange: (ref: RangeRef): ParserValue[][] => {
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

  function evaluate(row: number, col: number, formula: string): CellValue {
    const key = `${row},${col}`;
    const done = computed.get(key);
    if (done) return done;
    if (inProgress.has(key)) return { type: "error", value: "#REF!" };
    inProgress.add(key);
    // The parser is not re-entrant: a formula read inside another's callback gets one of its own.
    const parser = (parsers[depth] ??= new FormulaParserClass(config));
    depth++;
    let result: ParserValue;
    try {
      result = parser.parse(formula.replace(/^=/, ""), { sheet: target.name, row, col });
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

  target.rows.forEach((line, r) =>
    line?.forEach((cell, c) => {
      if (cell?.formula) evaluate(r + 1, c + 1, cell.formula);
    })
  );
  return computed;
}
