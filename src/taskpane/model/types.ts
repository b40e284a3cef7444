// What the task pane shows, as plain data: amounts already formatted, no Decimal, no engine.
// Components import only these types, so the engine (and fast-formula-parser) can load lazily.
import type { Grid } from "../../domain/grid";
import type { Finding, UserSettings } from "../../domain/finding";
import type { BudgetTable, PeriodKind, Unit } from "../../domain/table";

export interface TableSummary {
  /** Stable key: sheet and range. */
  key: string;
  sheet: string;
  range: string;
  title?: string;
  unit: Unit;
  /** "2024, 2025, 2026" or "prognos 2016, 2017 …". */
  years: string;
  periods: { column: number; year: number; kind: PeriodKind; header: string }[];
  /** Rows that are sums (a correction may say one is not). */
  sumRows: { row: number; label: string }[];
}

export interface SumsStatus {
  /** Sums (subtotals and totals, each period) the checks looked at. */
  checked: number;
  wrong: number;
  rounding: number;
  resultsWrong: number;
}

export type ShareBadge = "ok" | "wrong" | "agreed" | "unchecked";

export interface MemberShareRow {
  label: string;
  cell: string;
  amount: string;
  /** "50 %", "24,3 %"; "–" when the members' sum is zero. */
  share: string;
  /** "50 %" for the state group, "25 %" for the region(s) and the kommuner together. */
  expectedShare: string;
  badge: ShareBadge;
}

export interface MemberShareTable {
  sheet: string;
  tableKey: string;
  /** "2018" or "prognos 2020". */
  period: string;
  total: string;
  rows: MemberShareRow[];
  /** One contribution line only: the shares cannot be checked; the rows are the 50/25/25 breakdown. */
  singleLine: boolean;
}

export interface EquityYear {
  year: number;
  /** Eget kapital at the end of the year, in the series' unit (a plain decimal string for the chart). */
  value: string;
  /** Formatted with unit. */
  valueText: string;
  /** Formatted without unit, for the chart's labels. */
  shortText: string;
  /** The year's result is a deficit. */
  deficit: boolean;
  /** Formatted result, when stated. */
  resultText?: string;
  /** Deficit larger than the eget kapital at its start. */
  uncovered: boolean;
}

export interface EquitySeries {
  unit: Unit;
  years: EquityYear[];
}

export interface PaneAnalysis {
  grids: Grid[];
  settings: UserSettings;
  tables: BudgetTable[];
  findings: Finding[];
  summaries: TableSummary[];
  counts: { error: number; warning: number; info: number };
  sums: SumsStatus;
  shares: MemberShareTable[];
  equity: EquitySeries;
  /** The tables a prognosis can start from, with what the form starts with. */
  prognosis: PrognosisDefaults[];
}

/** Percentages as the user types them ("2,5"), and the eget kapital at the start in kr of the table. */
export interface PrognosisInput {
  tableKey: string;
  incomeGrowth: string;
  wageGrowth: string;
  priceGrowth: string;
  /** Empty: the figure found in the workbook (or none). */
  equityStart: string;
}

export interface PrognosisDefaults {
  tableKey: string;
  /** The first prognosis year's opening eget kapital, formatted with unit, for the hint. */
  equityText?: string;
  /** The eget kapital found in the workbook, as a decimal string, if any. */
  equityStart?: string;
  equityLabel?: string;
  years: number[];
}
