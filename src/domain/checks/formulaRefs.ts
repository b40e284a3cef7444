// The cells a formula reads, through fast-formula-parser's dependency parser (MIT), in the engine
// so that file mode and Excel mode judge formulas alike.
import { cellAt, type CellRange, type Grid } from "../grid";

interface CellRef {
  sheet?: string;
  row: number;
  col: number;
}
interface RangeRef {
  sheet?: string;
  from: { row: number; col: number };
  to: { row: number; col: number };
}
interface DepParserInstance {
  parse(formula: string, position: { sheet: string; row: number; col: number }): (CellRef | RangeRef)[];
}
interface DepParserModule {
  DepParser: new (config: Record<string, unknown>) => DepParserInstance;
}

// fast-formula-parser ships no types: the one class used here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DepParser } = require("fast-formula-parser") as DepParserModule;
const parser = new DepParser({});

/** A 1-based cell a formula reads. */
export interface FormulaRef {
  sheet: string;
  row: number;
  column: number;
}

/** The ranges of this sheet a formula reads (a single cell as a one-cell range); undefined when unparsable. */
export function formulaRanges(formula: string, sheet: string, row: number, column: number): CellRange[] | undefined {
  const refs = parse(formula, sheet, row, column);
  if (!refs) return undefined;
  return refs
    .filter((ref) => (ref.sheet ?? sheet) === sheet)
    .map((ref) =>
      "from" in ref
        ? { top: ref.from.row, left: ref.from.col, bottom: ref.to.row, right: ref.to.col }
        : { top: ref.row, left: ref.col, bottom: ref.row, right: ref.col }
    );
}

function parse(formula: string, sheet: string, row: number, column: number): (CellRef | RangeRef)[] | undefined {
  try {
    return parser.parse(formula.replace(/^=/, ""), { sheet, row, col: column });
  } catch {
    return undefined;
  }
}

/** Every cell a formula reads (ranges expanded), or undefined when the formula cannot be parsed. */
export function formulaRefs(formula: string, sheet: string, row: number, column: number): FormulaRef[] | undefined {
  const refs = parse(formula, sheet, row, column);
  if (!refs) return undefined;
  const out: FormulaRef[] = [];
  for (const ref of refs) {
    const on = ref.sheet ?? sheet;
    if ("from" in ref) {
      // Whole columns or rows ("B:B") come back huge: cap them to a sheet's worth.
      const bottom = Math.min(ref.to.row, ref.from.row + 5000);
      const right = Math.min(ref.to.col, ref.from.col + 200);
      for (let r = ref.from.row; r <= bottom; r++)
        for (let c = ref.from.col; c <= right; c++) out.push({ sheet: on, row: r, column: c });
    } else {
      out.push({ sheet: on, row: ref.row, column: ref.col });
    }
  }
  return out;
}

/**
 * Whether a formula only adds: SUM over cells and ranges, or cells joined by "+" ("=B13+B19").
 * Only such formulas are compared with a row's parts.
 */
export function isPlainSum(formula: string): boolean {
  const body = formula.replace(/^=/, "").replace(/'[^']*'!|[A-Za-zÅÄÖåäö_][\w.]*!/g, "");
  const withoutRefs = body.replace(/\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?/g, "R");
  const withoutSum = withoutRefs.replace(/\bSUM(?:MA)?\s*\(/gi, "(");
  return /^[R(),;+\s]*$/.test(withoutSum) && /R/.test(withoutSum);
}

/** Whether a formula calls SUM (Excel's SUM skips numbers stored as text in what it reads). */
export function callsSum(formula: string): boolean {
  return /\bSUM(?:MA)?\s*\(/i.test(formula);
}

/** Every formula cell of a sheet, with its position. */
export function formulaCells(grid: Grid): { row: number; column: number; formula: string }[] {
  const out: { row: number; column: number; formula: string }[] = [];
  grid.rows.forEach((line, r) => {
    line?.forEach((cell, c) => {
      const formula = cellAt(grid, r + 1, c + 1)?.formula;
      if (cell && formula) out.push({ row: r + 1, column: c + 1, formula });
    });
  });
  return out;
}
