// What a prognosis assumes, and the defaults read from the budget: base period, years, growth
// rates, how each row grows, and where the eget kapital at the start of the first year comes from.
import Decimal from "decimal.js";
import type { AmountSource, BudgetRow, BudgetTable, Period } from "../table";
import { address } from "../grid";

/** How a line grows: with medlemsbidrag, wages, prices, or not at all (other income such as ESF). */
export type RateClass = "income" | "wage" | "price" | "flat";

/** One line's assumptions; rate, fixed and endYear are the per-row overrides the user may set. */
export interface RowAssumption {
  /** Sheet row of the line in the source table. */
  row: number;
  rateClass: RateClass;
  /** A yearly change of its own, as a fraction (0.05 = 5 %), instead of its class's rate. */
  rate?: Decimal;
  /** The same amount every prognosis year, in the table's unit. */
  fixed?: Decimal;
  /** The last year the line runs (a project or ESF insats that stops); 0 after it. */
  endYear?: number;
}

/** Where the eget kapital at the start of the first prognosis year comes from. */
export type EquitySource =
  /** Eget kapital at the start of the base year, as stated in a cell; the base year's resultat is added in the sheet. */
  | { kind: "opening"; sheet: string; cell: string; label: string; value: Decimal; source: AmountSource }
  /** Eget kapital at the end of the base year, as stated in a cell. */
  | { kind: "closing"; sheet: string; cell: string; label: string; value: Decimal; source: AmountSource }
  | { kind: "entered"; value: Decimal }
  | { kind: "missing" };

export interface Assumptions {
  /** Index into table.periods of the base period. */
  basePeriod: number;
  /** The prognosis years, consecutive after the base year. */
  years: number[];
  /** Fractions per prognosis year (aligned with years): change of medlemsbidrag, wages, prices. */
  incomeGrowth: Decimal[];
  wageGrowth: Decimal[];
  priceGrowth: Decimal[];
  /** One entry per line item of the table (rows without one are classified on the fly). */
  rows: RowAssumption[];
  equity: EquitySource;
}

export const PROGNOSIS_YEARS = 3;

/** Roles whose figures are lines that grow year by year. */
export const LINE_ROLES: ReadonlySet<BudgetRow["role"]> = new Set(["item", "member"]);

const PERSONNEL = /lön(?!eadministration|sam)|arvode|sociala avgifter|pension|personal/;
const CONTRIBUTION =
  /medlemsbidrag|medelstilldelning|tilldelning|finansiell ram|bidrag från (?:parterna|medlemmarna|huvudmännen)/;

/** Personnel costs grow with wages: lön, arvode, sociala avgifter, pension, personal (not löneadministration, a bought service). */
export function isPersonnelLabel(label: string): boolean {
  return PERSONNEL.test(label.toLowerCase());
}

/** The rate a line follows by default. */
export function rateClassOf(row: BudgetRow): RateClass {
  const label = row.label.toLowerCase();
  if (row.role === "member") return "income";
  if (row.side === "income") return CONTRIBUTION.test(label) ? "income" : "flat";
  if (row.side === "cost") return isPersonnelLabel(label) ? "wage" : "price";
  // A line of no known side: a contribution by its words, else a cost.
  if (CONTRIBUTION.test(label)) return "income";
  return isPersonnelLabel(label) ? "wage" : "price";
}

/** The latest budget or utfall period (the last such column on a tie); else the latest period of any kind. */
export function basePeriodIndex(table: BudgetTable): number {
  const pick = (accept: (p: Period) => boolean): number => {
    let best = -1;
    table.periods.forEach((p, i) => {
      if (accept(p) && (best < 0 || p.year >= table.periods[best].year)) best = i;
    });
    return best;
  };
  const base = pick((p) => p.kind === "budget" || p.kind === "utfall");
  return base >= 0 ? base : pick(() => true);
}

function yearInLabel(label: string): number | undefined {
  const years = [...label.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)].map((m) => Number(m[1]));
  return years.length === 1 ? years[0] : undefined;
}

interface EquityCandidate {
  table: BudgetTable;
  row: BudgetRow;
  periodIndex: number;
  /** Start of the year the figure opens, or end of the year it closes. */
  kind: "opening" | "closing";
}

/**
 * Eget kapital figures of a table that tell the start of year `year`: an opening figure for
 * `year`, or a closing figure for `year - 1`. A year in the label of a figure written once
 * ("Prel. eget kapital ingående 2024") wins over the column's year, since plans write such
 * rows under the first year's column.
 */
function equityCandidates(table: BudgetTable, baseYear: number): EquityCandidate[] {
  const out: EquityCandidate[] = [];
  for (const row of table.rows) {
    if (row.role !== "equity-in" && row.role !== "equity-out") continue;
    // A year in the label names the year of a figure written once; a row with a figure in every
    // column ("Överskott 2019 fördelat på 1 år": 1 771 / 329 / 143) goes by its columns' years.
    const single = row.values.filter((v) => v !== undefined).length === 1;
    const labelYear = single ? yearInLabel(row.label) : undefined;
    // "Överskott 2021" carried into a budget is the surplus of 2021: the eget kapital at the start of 2022.
    const surplusOf = row.role === "equity-in" && /^överskott\s+(?:från\s+)?(?:år\s+)?\d{4}\b/i.test(row.label.trim());
    table.periods.forEach((period, periodIndex) => {
      if (!row.values[periodIndex]) return;
      const year = labelYear === undefined ? period.year : surplusOf ? labelYear + 1 : labelYear;
      if (row.role === "equity-in" && year === baseYear) out.push({ table, row, periodIndex, kind: "opening" });
      if (row.role === "equity-out" && year === baseYear) out.push({ table, row, periodIndex, kind: "closing" });
      if (row.role === "equity-out" && year === baseYear - 1) out.push({ table, row, periodIndex, kind: "opening" });
    });
  }
  return out;
}

/**
 * The eget kapital at the start of the base year (preferred: the sheet then adds its own
 * resultat, so the chain follows the budget) or at its end; the table's own rows first,
 * then the other tables in workbook order. The last matching row of a table wins (a
 * "Prel." line below the stated one is the later figure).
 */
export function findEquity(table: BudgetTable, tables: readonly BudgetTable[], baseYear: number): EquitySource {
  const ordered = [table, ...tables.filter((t) => t !== table)];
  for (const kind of ["opening", "closing"] as const) {
    for (const t of ordered) {
      const found = equityCandidates(t, baseYear).filter((c) => c.kind === kind);
      const last = found[found.length - 1];
      if (!last) continue;
      const amount = last.row.values[last.periodIndex];
      if (!amount) continue;
      const cell = amount.cell || address(last.row.row, last.table.periods[last.periodIndex].column);
      return { kind, sheet: last.table.sheet, cell, label: last.row.label, value: amount.value, source: amount.source };
    }
  }
  return { kind: "missing" };
}

/** The defaults: latest budget column as base, the three years after it, no growth, no overrides. */
export function defaultAssumptions(table: BudgetTable, tables: readonly BudgetTable[]): Assumptions {
  const basePeriod = basePeriodIndex(table);
  // A table without periods cannot be a base; callers pick tables with periods (0 keeps this total).
  const baseYear = table.periods[basePeriod]?.year ?? 0;
  const years = Array.from({ length: PROGNOSIS_YEARS }, (_, i) => baseYear + 1 + i);
  const zeros = (): Decimal[] => years.map(() => new Decimal(0));
  return {
    basePeriod,
    years,
    incomeGrowth: zeros(),
    wageGrowth: zeros(),
    priceGrowth: zeros(),
    rows: table.rows.filter((r) => LINE_ROLES.has(r.role)).map((r) => ({ row: r.row, rateClass: rateClassOf(r) })),
    equity: findEquity(table, tables, baseYear),
  };
}

/** The same rate every prognosis year, from a percent such as "2.5" (CLI and pane input). */
export function ratePerYear(percent: string, years: number): Decimal[] {
  const fraction = new Decimal(percent.replace(",", ".")).dividedBy(100);
  return Array.from({ length: years }, () => fraction);
}
