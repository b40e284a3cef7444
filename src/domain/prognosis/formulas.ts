// The formulas of the prognosis sheet, as Excel takes them (English function names, "," separators).
import { columnLetter } from "../grid";

/** 'Budget 2024'!B12: the sheet name always quoted, an apostrophe in it doubled. */
export function sheetRef(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/** A text constant inside a formula: "Inget underskott", quotes doubled. */
export function textConstant(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The cells of `rows` in one column, runs of adjacent rows as ranges: "B12:B13,B19". */
export function cellList(column: number, rows: readonly number[]): string {
  const c = columnLetter(column);
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(i === j ? `${c}${sorted[i]}` : `${c}${sorted[i]}:${c}${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(",");
}

/** =SUM(…) over rows of one column; "=0" when there is nothing to add. */
export function sumFormula(column: number, rows: readonly number[], sign: 1 | -1 = 1): string {
  if (rows.length === 0) return "=0";
  return `=${sign === -1 ? "-" : ""}SUM(${cellList(column, rows)})`;
}

export interface GrowthCells {
  /** Column of this prognosis year and of the year before it. */
  column: number;
  previous: number;
  row: number;
  /** Row holding the years as numbers, for the end-year test. */
  headerRow: number;
  /** The rate of the line's class for this year, e.g. "C$6"; "0" for lines that do not grow. */
  classRate: string;
  rateColumn: number;
  fixedColumn: number;
  endColumn: number;
}

/**
 * A line in a prognosis year: 0 after its end year, else its fixed amount, else last year's
 * figure × (1 + its own rate, or its class's rate). Empty override cells count as not set.
 */
export function growthFormula(g: GrowthCells): string {
  const x = columnLetter(g.column);
  const prev = `${columnLetter(g.previous)}${g.row}`;
  const rate = `$${columnLetter(g.rateColumn)}${g.row}`;
  const fixed = `$${columnLetter(g.fixedColumn)}${g.row}`;
  const end = `$${columnLetter(g.endColumn)}${g.row}`;
  const year = `${x}$${g.headerRow}`;
  return (
    `=IF(AND(ISNUMBER(${end}),${year}>${end}),0,` +
    `IF(ISNUMBER(${fixed}),${fixed},${prev}*(1+IF(ISNUMBER(${rate}),${rate},${g.classRate}))))`
  );
}

/** The class rate reference for a column: row absolute, column relative ("C$6"). */
export function rateRef(column: number, row: number): string {
  return `${columnLetter(column)}$${row}`;
}
