// Which tables a rule looked at: the report lists, for every check, the cells it covered, and calls a
// check "ej tillämplig" when no table has what it needs (no sums, no member rows, no balance sheet).
// The predicates mirror what each rule module reads first; a rule not listed here looked at every table.
import type { UserSettings } from "../finding";
import type { BudgetTable } from "../table";
import { hierarchy, partRows } from "../checks/hierarchy";
import { isCheckedResult } from "../checks/results";
import { memberGroups } from "../checks/shares";

export interface ScopeContext {
  tables: BudgetTable[];
  settings: UserSettings;
}

type Applies = (table: BudgetTable, context: ScopeContext) => boolean;

function hasSums(table: BudgetTable): boolean {
  const h = hierarchy(table);
  return table.totalColumn !== undefined || table.rows.some((r) => r.role !== "result" && partRows(h, r).length > 0);
}

function hasAnySum(table: BudgetTable): boolean {
  const h = hierarchy(table);
  return table.rows.some((r) => partRows(h, r).length > 0);
}

function hasResult(table: BudgetTable): boolean {
  return table.kind !== "balance" && table.kind !== "members" && table.rows.some(isCheckedResult);
}

function hasEquity(table: BudgetTable): boolean {
  return table.rows.some((r) => r.role === "equity-in" || r.role === "equity-out" || r.role === "equity-use");
}

/** Eget kapital stated as such: an opening or closing figure, not a surplus carried in among the income. */
function statesEquity(table: BudgetTable): boolean {
  return table.rows.some((r) => r.role === "equity-out" || (r.role === "equity-in" && r.side !== "income"));
}

function hasAllMemberGroups(table: BudgetTable): boolean {
  return table.periods.some((_, i) => memberGroups(table, i).size === 3);
}

function hasKommunRows(table: BudgetTable): boolean {
  return table.rows.some((r) => r.role === "member" && (r.member === "kommun" || r.member === "kommuner"));
}

function hasTrappa(context: ScopeContext): boolean {
  return (context.settings.equityTrappa ?? []).length > 0;
}

const SCOPES: Record<string, Applies> = {
  "sum.mismatch": hasSums,
  "sum.rounding": (t) => hasSums(t) && t.unit !== "kr",
  "result.mismatch": hasResult,
  "balance.mismatch": (t) => t.rows.some((r) => /^summa\s+tillgångar/i.test(r.label.trim())),
  // A quantity stated twice needs two tables that state totals or results.
  "crosscheck.mismatch": (t, c) => c.tables.length > 1 && (hasAnySum(t) || hasResult(t)),
  "formula.range-omits-row": hasAnySum,
  "formula.hardcoded-total": hasAnySum,
  "number.as-text": () => true,
  "shares.state": hasAllMemberGroups,
  "shares.region": hasAllMemberGroups,
  "shares.municipalities": hasAllMemberGroups,
  "shares.split": (t, c) => c.settings.kommunKey !== undefined && hasAllMemberGroups(t) && hasKommunRows(t),
  "shares.single-line": (t) => t.rows.some((r) => r.role === "member"),
  "equity.rollforward": hasEquity,
  // A deficit is judged against eget kapital only where the workbook states some.
  "equity.deficit-covered": (t, c) => (hasResult(t) || hasEquity(t)) && c.tables.some(statesEquity),
  "equity.deficit-uncovered": (t, c) => (hasResult(t) || hasEquity(t)) && c.tables.some(statesEquity),
  "equity.deficit-unchecked": hasResult,
  "equity.above-recommendation": (t, c) => hasEquity(t) && hasTrappa(c),
  "equity.ratio": (t, c) => hasEquity(t) && !hasTrappa(c),
  "variance.mismatch": (t) => (t.aggregations ?? []).some((a) => a.kind === "variance"),
};

/** The tables the rule looked at, in the order given. */
export function tablesInScope(rule: string, context: ScopeContext): BudgetTable[] {
  const applies = SCOPES[rule] ?? (() => true);
  return context.tables.filter((t) => applies(t, context));
}
