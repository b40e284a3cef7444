// BudgetTable: where a budget sits in a sheet and what each of its rows means (DESIGN.md).
import type Decimal from "decimal.js";

// Each closed set of words is a list (for code that must validate stored text) and its type.
export const UNITS = ["kr", "tkr", "Mkr"] as const;
/** A unit a table, a cell or the user states. */
export type StatedUnit = (typeof UNITS)[number];
/** The unit of a table where nothing states one: its figures are compared as printed, shown without a unit word. */
export const UNKNOWN_UNIT = "okänd";
export type Unit = StatedUnit | typeof UNKNOWN_UNIT;

export const PERIOD_KINDS = ["budget", "plan", "prognos", "utfall", "bokslut"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  /** 1-based column of the period's values. */
  column: number;
  header: string;
  year: number;
  kind: PeriodKind;
  /**
   * Whose figures, when the headers say: "kommun", "koncern", "region", "förbund", or a
   * measure ("intäkter"). Periods of one year and kind but another entity are other figures.
   */
  entity?: string;
  /** The closing day the header names, ISO ("2017-12-31"). */
  date?: string;
}

export const ROW_ROLES = [
  "section", // a heading that opens a block: "KOSTNADER", "Insatser"
  "item", // a line item
  "subtotal", // a Summa that closes a block
  "total-income",
  "total-cost",
  "result", // resultat, årets resultat, över-/underskott, verksamhetens nettokostnader
  "equity-in", // eget kapital ingående, överskott från tidigare år
  "equity-out", // eget kapital utgående, prel. eget kapital, periodens ackumulerade resultat
  "equity-use", // anspråktagande av eget kapital
  "member", // a member's contribution
  "balance", // a balance-sheet line (tillgångar, skulder, summa eget kapital och skulder)
  "column-total", // a Totalt column is not a row; kept for row-wise totals of a table
  "note", // text or a figure that takes part in no check
] as const;
export type RowRole = (typeof ROW_ROLES)[number];

export const MEMBER_KINDS = ["state", "region", "kommun", "kommuner", "all"] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

/** Where a figure came from: a number, a number written as text, or a formula's cached result. */
export type AmountSource = "number" | "text" | "formula";

export interface Amount {
  value: Decimal;
  /** A1 address of the cell, e.g. "C41". */
  cell: string;
  source: AmountSource;
  /** The text as written, when source is "text". */
  text?: string;
}

export interface BudgetRow {
  /** 1-based sheet row. */
  row: number;
  label: string;
  role: RowRole;
  member?: MemberKind;
  /** For sums: the sheet rows this row sums. */
  parts?: number[];
  /** Which side of the budget the row stands on, from its section; checks use it for the result. */
  side?: "income" | "cost" | "equity" | "assets" | "liabilities";
  /** Indentation depth within its section (0 = top level), from numbering, bullets or the sheet's indent. */
  level?: number;
  /** -1 where the row's figures are costs written as negative numbers. */
  sign?: 1 | -1;
  /** Figures aligned with BudgetTable.periods; undefined where the cell is empty. */
  values: (Amount | undefined)[];
  /** Cells in a value column that hold something that is not an amount (an error, a word). */
  problems?: { cell: string; period: number; text: string }[];
}

export type TableKind = "budget" | "members" | "balance" | "result" | "plan";

export interface BudgetTable {
  sheet: string;
  /** e.g. "A3:D42". */
  range: string;
  title?: string;
  kind: TableKind;
  labelColumn: number;
  periods: Period[];
  unit: Unit;
  rows: BudgetRow[];
  /** 0..1; only tables above the recognition threshold are budgets. */
  confidence: number;
  reasons: string[];
  /** A column that sums the periods row-wise ("Totalt"), if any. */
  totalColumn?: number;
  /** Columns of differences (Avvikelse, Diff, Budget-Utfall) with their header text; no periods. */
  varianceColumns?: { column: number; header: string }[];
  /** The column of note numbers ("Not") between the labels and the figures, if any. */
  noteColumn?: number;
  /** The most decimals the table's figures show (0 for whole numbers); rounding follows it where the unit is unknown. */
  decimals?: number;
}

/** Corrections the ekonom gives where recognition guessed wrong: data, not code paths. */
export interface Overrides {
  /** sheet → row → parts (a sum of those rows) or null (not a sum). */
  sums?: { sheet: string; row: number; parts: number[] | null }[];
  /** This column is year Y (and optionally of kind K). */
  periods?: { sheet: string; column: number; year: number; kind?: PeriodKind }[];
  /** The unit of the tables in a sheet. */
  units?: { sheet: string; unit: Unit }[];
  /** Role of a row. */
  roles?: { sheet: string; row: number; role: RowRole; member?: MemberKind }[];
}
