// Helpers shared by the rule modules: building a Finding, rounding tolerance, reading a row's figures.
import Decimal from "decimal.js";
import { formatAmount } from "../amount";
import type { CheckContext, Finding, Severity } from "../finding";
import { address, cellAt, columnLetter, isEmptyCell, type Grid } from "../grid";
import { UNKNOWN_UNIT, type Amount, type BudgetRow, type BudgetTable, type Period, type Unit } from "../table";
import { findingStrings } from "../strings";

export const ZERO = new Decimal(0);

/** What a rule module passes to makeFinding; sheet, unit and period year come from the table. */
export interface FindingInput {
  rule: string;
  severity: Severity;
  table: BudgetTable;
  /** A1 address of the cell the finding is about. */
  cell: string;
  period?: Period;
  expected?: Decimal;
  actual?: Decimal;
  message: string;
  related?: string[];
  /** The value (decimal string) or formula ("=SUM(…)") the cell should hold. */
  fix?: { newValue: string; oldValue: string; cell?: string };
  data?: Record<string, unknown>;
}

/** A decimal string without exponent and without a negative zero: "4286000", "-618", "0.5". */
export function decimalString(value: Decimal): string {
  return value.isZero() ? "0" : value.toFixed();
}

export function makeFinding(input: FindingInput): Finding {
  const finding: Finding = {
    rule: input.rule,
    severity: input.severity,
    sheet: input.table.sheet,
    cell: input.cell,
    related: input.related ?? [],
    unit: input.table.unit,
    message: input.message,
  };
  if (input.period) finding.period = input.period.year;
  if (input.expected) finding.expected = decimalString(input.expected);
  if (input.actual) finding.actual = decimalString(input.actual);
  if (input.fix)
    finding.fix = {
      sheet: input.table.sheet,
      cell: input.fix.cell ?? input.cell,
      newValue: input.fix.newValue,
      oldValue: input.fix.oldValue,
    };
  if (input.data) finding.data = input.data;
  return finding;
}

/**
 * How far a sum of rounded figures may stray from its stated total: nothing in kr; in tkr
 * or Mkr half a unit for every term, the total included (each figure was rounded once).
 * Where the unit is unknown, the figures were rounded where they were printed: half of the
 * last printed digit for every term (decimals: how many the table shows; whole numbers when
 * not given).
 */
export function tolerance(unit: Unit, termCount: number, decimals = 0): Decimal {
  if (unit === "kr") return ZERO;
  if (unit === UNKNOWN_UNIT) return new Decimal(termCount).times("0.5").times(new Decimal(10).pow(-decimals));
  return new Decimal(termCount).times("0.5");
}

/** "2021", or "prognos 2016" / "plan 2018" / "utfall 2016" / "bokslut 2016" for the other kinds. */
export function periodLabel(period: Period): string {
  return findingStrings.period(period.kind, period.year);
}

/** The row's figure in a period as Decimal (as written, sign included), or undefined when empty. */
export function rowValue(row: BudgetRow, periodIndex: number): Decimal | undefined {
  return row.values[periodIndex]?.value;
}

export function rowAmount(row: BudgetRow, periodIndex: number): Amount | undefined {
  return row.values[periodIndex];
}

/** The A1 address of a row's cell in a period, whether or not it holds a figure. */
export function cellOf(table: BudgetTable, row: BudgetRow, periodIndex: number): string {
  return row.values[periodIndex]?.cell ?? address(row.row, table.periods[periodIndex].column);
}

/** Exact sum; undefined terms (empty cells) count as nothing. */
export function sumOf(amounts: readonly (Decimal | undefined)[]): Decimal {
  let total = ZERO;
  for (const a of amounts) if (a) total = total.plus(a);
  return total;
}

/** An amount for a message: "10 407 tkr". */
export function money(value: Decimal, unit: Unit): string {
  return formatAmount(value, unit);
}

/** The row with this sheet row number, if the table has it. */
export function rowByNumber(table: BudgetTable, sheetRow: number): BudgetRow | undefined {
  return table.rows.find((r) => r.row === sheetRow);
}

/** Tables of the same sheet first, then the rest of the workbook. */
export function tablesNear(table: BudgetTable, tables: readonly BudgetTable[]): BudgetTable[] {
  const same = tables.filter((t) => t !== table && t.sheet === table.sheet);
  const other = tables.filter((t) => t !== table && t.sheet !== table.sheet);
  return [...same, ...other];
}

/** The index of the table's period for a year and kind (kind optional), or -1. */
export function periodIndexOf(table: BudgetTable, year: number, kind?: Period["kind"]): number {
  return table.periods.findIndex((p) => p.year === year && (kind === undefined || p.kind === kind));
}

/** The sheet a table was recognised in. */
export function gridOf(context: CheckContext, sheet: string): Grid | undefined {
  return context.grids.find((g) => g.name === sheet);
}

/**
 * The SUM formula over some rows of one column: one range where the rows between the parts
 * are empty ("=SUM(B14:B16)"), otherwise the ranges and cells listed ("=SUM(B6,B10:B12)").
 */
export function sumFormula(grid: Grid | undefined, column: number, rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const col = columnLetter(column);
  const runs: [number, number][] = [];
  for (const r of sorted) {
    const last = runs[runs.length - 1];
    if (last && gapIsEmpty(grid, column, last[1], r)) last[1] = r;
    else runs.push([r, r]);
  }
  const refs = runs.map(([a, b]) => (a === b ? `${col}${a}` : `${col}${a}:${col}${b}`));
  return `=SUM(${refs.join(",")})`;
}

function gapIsEmpty(grid: Grid | undefined, column: number, from: number, to: number): boolean {
  if (!grid) return to === from + 1;
  for (let r = from + 1; r < to; r++) if (!isEmptyCell(cellAt(grid, r, column))) return false;
  return true;
}
