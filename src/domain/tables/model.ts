// The general layer's picture of a table: labelled lines × figure columns, and the aggregations
// that hold among them. Knows nothing about budgets, members or eget kapital.
import type Decimal from "decimal.js";

export type Sign = 1 | -1;

/** One figure of a table as the sheet shows it. */
export interface Figure {
  value: Decimal;
  /** Decimals as printed (0 for whole numbers): the last printed digit sets the rounding. */
  decimals: number;
  /** A1 address on the table's sheet. */
  cell: string;
  source: "number" | "text" | "formula";
  formula?: string;
}

/** What a line's label says, read once: by the generic words here, or by the layer above. */
export interface LineMarks {
  /** "Summa", "Totalt", "Total": the line totals something; target is the rest of the label ("kostnader"). */
  total?: { target: string };
  /** "Resultat", "Netto": the line is a result of the lines above it (a running chain). */
  result?: boolean;
  /** "varav", "därav", "of which": part of the line above, never a term. */
  varav?: boolean;
  /** "Avgår:", "Minus": a term subtracted where it is printed positive. */
  subtract?: boolean;
  /** A line without figures that opens a block. */
  heading?: boolean;
  /** Bold or upper case: how a sheet sets its totals apart. */
  emphasis?: boolean;
  /** A dash or bullet before the words ("– övrigt eget kapital"): a line breaking down the line above. */
  bullet?: boolean;
}

export interface Line {
  /** 1-based sheet row. */
  row: number;
  label: string;
  /** Lower case, numbering, bullets and trailing punctuation removed. */
  key: string;
  figures: (Figure | undefined)[];
  marks: LineMarks;
}

export interface TableColumn {
  /** 1-based sheet column. */
  column: number;
  header: string;
}

export interface FigureTable {
  sheet: string;
  lines: Line[];
  columns: TableColumn[];
  /** Figures are exact (kronor stated): no rounding tolerance. */
  exact: boolean;
  /**
   * Whole figures that all end in zeros (9 100, 12 400) were rounded to that digit, not to the
   * last one: a statistics table's convention. Off for budgets, whose round figures are typed.
   */
  coarse?: boolean;
}

/**
 * "rows": the total is a line, its parts are lines, and it holds down each column.
 * "columns": the total is a column (Totalt, Avvikelse), its parts are columns, and it holds across each line.
 */
export type Axis = "rows" | "columns";

/** What says an aggregation is there: given by the layer above or the user, a label, a formula, or the figures alone. */
export type Basis = "given" | "label" | "formula" | "figures";

export type AggregationKind = "sum" | "identity" | "variance";

export interface Aggregation {
  axis: Axis;
  /** Index of a line (rows axis) or of a column (columns axis) in the table. */
  total: number;
  parts: number[];
  signs: Sign[];
  kind: AggregationKind;
  basis: Basis;
}

/** An aggregation in sheet terms: rows (rows axis) or columns (columns axis) of the sheet. */
export interface SheetAggregation {
  axis: Axis;
  total: number;
  parts: number[];
  signs: Sign[];
  kind: AggregationKind;
  basis: Basis;
}

/** One accepted aggregation at one total cell, as the JSON contract lists it. */
export interface AggregationCells {
  total: string;
  parts: string[];
  signs: Sign[];
}
