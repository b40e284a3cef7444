// result.mismatch: a resultat / över-/underskott / nettokostnader is not income minus cost.
import type Decimal from "decimal.js";
import type { CheckContext, CheckModule, Finding } from "../finding";
import type { BudgetRow, BudgetTable, Period } from "../table";
import { periodIdentity } from "../periodSeries";
import { findingStrings } from "../strings";
import { cellOf, decimalString, makeFinding, money, periodLabel, sumOf, tablesNear, tolerance, ZERO } from "./common";
import { hierarchy, shownValue, trueValue, type Hierarchy } from "./hierarchy";

export const results: CheckModule = {
  rules: [
    {
      id: "result.mismatch",
      description: "Ett resultat (årets resultat, över-/underskott, nettokostnader) är inte intäkter minus kostnader.",
      fixable: true,
    },
  ],
  check(tables, context) {
    const findings: Finding[] = [];
    for (const table of tables) {
      if (table.kind === "balance" || table.kind === "members") continue;
      const h = hierarchy(table);
      for (const row of table.rows) {
        if (!isCheckedResult(row)) continue;
        table.periods.forEach((_, p) => {
          const finding = resultFinding(h, row, p, context);
          if (finding) findings.push(finding);
        });
      }
    }
    return findings;
  },
};

/** A result of the table's own periods: not "Prel. resultat 2023" (an earlier year) nor an accumulated result. */
export function isCheckedResult(row: BudgetRow): boolean {
  return row.role === "result" && !/\b(19|20)\d\d\b/.test(row.label) && !/acku/i.test(row.label);
}

/** One term of a result: a row (or a figure from another table) counted as income or as cost. */
interface Term {
  side: "income" | "cost" | "base";
  label: string;
  shown: Decimal;
  true: Decimal;
}

export interface ResultVerdict {
  stated: Decimal;
  shown: Decimal;
  /** Income minus cost as the leaves add up: what the result should be. */
  expected: Decimal;
  terms: Term[];
  ok: boolean;
}

export function resultVerdict(
  h: Hierarchy,
  row: BudgetRow,
  p: number,
  context: CheckContext
): ResultVerdict | undefined {
  const stated = row.values[p]?.value;
  if (!stated) return undefined;
  const terms = resultTerms(h, row, p, context);
  if (!terms) return undefined;
  const shown = combine(terms, (t) => t.shown);
  const expected = combine(terms, (t) => t.true);
  const tol = tolerance(h.table.unit, terms.length + 1);
  const ok = stated.minus(shown).abs().lte(tol) || stated.minus(expected).abs().lte(tol);
  return { stated, shown, expected, terms, ok };
}

function combine(terms: Term[], pick: (t: Term) => Decimal): Decimal {
  return terms.reduce((acc, t) => (t.side === "cost" ? acc.minus(pick(t)) : acc.plus(pick(t))), ZERO);
}

/**
 * The terms above a result: the previous result (e.g. nettokostnader before årets resultat) if
 * any, then the top-level income and cost rows after it. Income missing from the table is taken
 * from another table's total income for the same year. Undefined when the table holds no cost.
 */
function resultTerms(h: Hierarchy, result: BudgetRow, p: number, context: CheckContext): Term[] | undefined {
  const above = h.table.rows.filter((r) => r.row < result.row).sort((a, b) => a.row - b.row);
  const previous = [...above].reverse().find(isCheckedResult);
  const candidates = previous ? above.filter((r) => r.row > previous.row) : above;
  const terms: Term[] = [];
  if (previous) {
    const shown = previous.values[p]?.value;
    if (!shown) return undefined;
    const base = resultVerdict(h, previous, p, context);
    terms.push({ side: "base", label: previous.label, shown, true: base?.expected ?? shown });
  }
  let costSeen = false;
  for (const row of candidates) {
    const side = termSide(row, costSeen);
    if (side === "cost") costSeen = true;
    // A part of a sum counts through its sum; a part of the result itself (=SUM over the terms) counts alone.
    const parent = h.parentOf.get(row.row);
    if (!side || (parent !== undefined && parent !== result.row)) continue;
    const shown = shownValue(h, row, p);
    const actual = trueValue(h, row, p);
    if (!shown || !actual) continue;
    const sign = side === "cost" ? costSign(row, shown) : 1;
    terms.push({ side, label: row.label, shown: shown.times(sign), true: actual.times(sign) });
  }
  if (previous) return terms;
  if (!terms.some((t) => t.side === "cost")) return undefined;
  if (!terms.some((t) => t.side === "income")) {
    const income = incomeElsewhere(h.table, h.table.periods[p], context);
    if (!income) return undefined;
    terms.unshift(income);
  }
  return terms;
}

function termSide(row: BudgetRow, costSeen: boolean): "income" | "cost" | undefined {
  switch (row.role) {
    case "total-income":
    case "member":
      return "income";
    case "total-cost":
      return "cost";
    case "equity-in":
      // A surplus carried over is income when it stands among the income, before the costs.
      return row.side === "income" || (row.side === undefined && !costSeen) ? "income" : undefined;
    case "item":
    case "subtotal":
      if (row.side === "income" || row.side === "cost") return row.side;
      if (row.side) return undefined;
      if (/intäkt/i.test(row.label)) return "income";
      if (/kostnad/i.test(row.label) || row.sign === -1) return "cost";
      return undefined;
    default:
      return undefined;
  }
}

/** Costs count as positive amounts: flip the ones written negative. */
function costSign(row: BudgetRow, shown: Decimal): 1 | -1 {
  if (row.sign !== undefined) return row.sign;
  return shown.isNegative() ? -1 : 1;
}

/** Total income of the same year from another table: the same sheet first, then the workbook. */
function incomeElsewhere(table: BudgetTable, period: Period, context: CheckContext): Term | undefined {
  for (const other of tablesNear(table, context.tables)) {
    const q = other.periods.findIndex((o) => o.year === period.year && compatibleKinds(o, period));
    if (q < 0) continue;
    const income = other.rows.find((r) => r.role === "total-income" && r.values[q]);
    if (!income) continue;
    const oh = hierarchy(other);
    const shown = income.values[q]?.value ?? ZERO;
    return { side: "income", label: income.label, shown, true: trueValue(oh, income, q) ?? shown };
  }
  return undefined;
}

/** The same kind of figure for a year: budget and plan go together; prognos, utfall, bokslut each alone; one entity. */
export function compatibleKinds(a: Period, b: Period): boolean {
  return periodIdentity(a) === periodIdentity(b);
}

function resultFinding(h: Hierarchy, row: BudgetRow, p: number, context: CheckContext): Finding | undefined {
  const v = resultVerdict(h, row, p, context);
  if (!v || v.ok) return undefined;
  const table = h.table;
  const unit = table.unit;
  const period = table.periods[p];
  const amount = row.values[p];
  const income = sumOf(v.terms.filter((t) => t.side === "income").map((t) => t.true));
  const cost = sumOf(v.terms.filter((t) => t.side === "cost").map((t) => t.true));
  const base = v.terms.find((t) => t.side === "base");
  const formula = base
    ? findingStrings.resultFormulaAfter(base.label, money(base.true, unit), money(income, unit), money(cost, unit))
    : findingStrings.resultFormula(money(income, unit), money(cost, unit));
  const typed = amount?.source !== "formula";
  return makeFinding({
    rule: "result.mismatch",
    severity: "error",
    table,
    cell: cellOf(table, row, p),
    period,
    expected: v.expected,
    actual: v.stated,
    message: findingStrings.resultMismatch(
      row.label,
      periodLabel(period),
      money(v.stated, unit),
      money(v.expected, unit),
      formula
    ),
    fix: typed ? { newValue: decimalString(v.expected), oldValue: amount?.text ?? decimalString(v.stated) } : undefined,
  });
}
