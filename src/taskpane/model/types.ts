// What the task pane shows, as plain data: amounts already formatted, no Decimal, no engine.
// Components import only these types, so the engine (and fast-formula-parser) can load lazily.
import type { Grid } from "../../domain/grid";
import type { Finding, ProposedFix, Severity, UserSettings } from "../../domain/finding";
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
  /** A member group (state, region, the kommuner together) or one member within its group. */
  kind: "group" | "member";
  label: string;
  cell: string;
  amount: string;
  /** Of the members' whole: "50 %", "24,3 %"; "–" when the whole is zero. */
  share: string;
  /** Of the members' whole too: 50 % for the state, 25 % for the region and for the kommuner together,
   * a kommun's key share of the kommuner's 25 %; "–" where nothing says what it should be. */
  expectedShare: string;
  /** What the findings say of this line; none where a share beside it is wrong (it is then neither right nor wrong). */
  badge?: ShareBadge;
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
  /** The table's verdict over every period: "wrong" when any share finding (split included) is an error. */
  badge: ShareBadge;
  /** Other years with share findings than the one shown. */
  otherYears?: number[];
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
  /** The eget kapital itself is below zero. */
  negative: boolean;
}

/** A deficit no eget kapital could judge (equity.deficit-unchecked). */
export interface UncheckedDeficit {
  year: number;
  deficitText: string;
  /** Only income − cost shows it (the result row says otherwise). */
  computed: boolean;
  /** What the surplus carried in among the income does about it. */
  carriedText?: string;
}

export interface EquitySeries {
  unit: Unit;
  years: EquityYear[];
  unchecked: UncheckedDeficit[];
}

/** What the dialog of "Rätta…" shows for a sum: the parts, their sum, and a part one slip would explain. */
export interface SumFix {
  label: string;
  statedText: string;
  parts: { label: string; cell: string; amountText: string }[];
  partsTotalText: string;
  /** |stated − parts|, with unit. */
  differenceText: string;
  suspects: {
    role: "part" | "total";
    label: string;
    cell: string;
    amountText: string;
    correctedText: string;
    slip: "transposed" | "sign" | "digit" | "thousand";
    /** Writes the corrected figure into the part (only where the part is a typed number). */
    fix?: ProposedFix;
  }[];
  /** No part stands out, but the difference has the mark of a slip. */
  hint?: "nine" | "thousand";
}

export interface FixPlan {
  /** The one cell the main action writes. */
  fix: ProposedFix;
  /** Old and new content as a Swedish Excel user reads them (=SUMMA(B9:B10)). */
  oldShown: string;
  newShown: string;
  sum?: SumFix;
}

/** One line of the findings list: a finding, or one note repeated over several years. */
export interface FindingLine {
  key: string;
  severity: Severity;
  rule: string;
  sheet: string;
  cell: string;
  /** Where the line is, beside its cell: the sheet. */
  place: string;
  message: string;
  /** "2024–2026" when several years' findings are merged. */
  years?: string;
  findings: Finding[];
  fix?: FixPlan;
}

export interface PaneAnalysis {
  grids: Grid[];
  settings: UserSettings;
  tables: BudgetTable[];
  findings: Finding[];
  /** False when no budget table was found: nothing was checked, which is no pass. */
  checked: boolean;
  /** The findings as listed: errors first, yearly repeats merged. */
  lines: FindingLine[];
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
  /** The eget kapital the sheet starts its first year from, as it computes it, formatted with unit. */
  equityText?: string;
  /** How that figure is reached: "Eget kapital ingående 2024 (Budgetplan!B15) 2 103 610 kr + resultat 2024 −1 828 456 kr". */
  equityHow?: string;
  years: number[];
}

/** What the new prognosis sheet says, year by year, for the pane to show beside the form. */
export interface PrognosisSummary {
  sheet: string;
  unit: Unit;
  years: { year: number; resultText: string; equityText: string; uncovered: boolean; deficit: boolean }[];
  firstUncovered?: number;
}
