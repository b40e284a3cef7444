// Finding: one problem or observation at one cell (DESIGN.md), and the shape of a rule module.
import type { BudgetTable, Overrides, Unit } from "./table";
import type { Grid } from "./grid";

export type Severity = "error" | "warning" | "info";

/** A change the task pane may apply on request: exactly one cell. */
export interface ProposedFix {
  sheet: string;
  cell: string;
  /** A value (decimal string) or a formula starting with "=". */
  newValue: string;
  oldValue: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  sheet: string;
  cell: string;
  related: string[];
  period?: number;
  unit?: Unit;
  /** Decimal strings in the table's unit. */
  expected?: string;
  actual?: string;
  message: string;
  fix?: ProposedFix;
  /** Extra structured data for the pane (e.g. the 50/25/25 breakdown). */
  data?: Record<string, unknown>;
}

export interface RuleMeta {
  id: string;
  description: string;
  /** Whether findings of this rule may carry a ProposedFix. */
  fixable: boolean;
}

/** What a check sees beyond one table: the whole workbook's tables and the user's settings. */
export interface CheckContext {
  tables: BudgetTable[];
  /** The sheets the tables were recognised in, for checks that read formulas and raw cells. */
  grids: Grid[];
  settings: UserSettings;
}

/** Settings kept in the workbook, in one very hidden sheet that both adapters read and write (domain/settings.ts). */
export interface UserSettings {
  /** kommun name → weight (population or agreed percentage). */
  kommunKey?: Record<string, string>;
  /** Deviations marked as agreed: rule, sheet, cell. */
  agreedDeviations?: { rule: string; sheet: string; cell: string; note?: string }[];
  /** The eget kapital trappa: up to a yearly allocation (kr), the ceiling as a percentage. */
  equityTrappa?: { allocationUpTo: string; maxPercent: string }[];
  /** Corrections to recognition the user made in the task pane (not a sum, a column's year, the unit). */
  overrides?: Overrides;
  /** Names of the sheets the add-in wrote (prognosis, Kontrollrapport): never read as budgets (domain/addinSheets.ts). */
  addinSheets?: string[];
}

export interface CheckModule {
  rules: RuleMeta[];
  check(tables: BudgetTable[], context: CheckContext): Finding[];
}
