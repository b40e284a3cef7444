// result.mismatch: a resultat / över-/underskott / nettokostnader that is not what its terms make:
// the result above it plus the rows between (a running chain), or income minus costs. The terms
// are the result row's accepted aggregation (recognition: labels weighed against formulas and
// figures); a table laid by hand without them is read by its rows' sides, as labels would say.
import type Decimal from "decimal.js";
import type { CheckContext, CheckModule, Finding } from "../finding";
import { isCheckedResult } from "../recognize/proposals";
import type { BudgetRow, BudgetTable, Period } from "../table";
import { periodIdentity } from "../periodSeries";
import { findingStrings } from "../strings";
import { arithmeticOf } from "./arithmetic";
import { cellOf, decimalString, makeFinding, money, periodLabel, sumOf } from "./common";
import { hierarchy, partRows, partSign, shownValue, trueValue, type Hierarchy } from "./hierarchy";
import { resultByRoles } from "./resultRoles";

export { isCheckedResult } from "../recognize/proposals";

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
      arithmeticOf(table, context.grids);
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

/** One term of a result: a row (or a figure from another table) counted as income or as cost. */
export interface Term {
  side: "income" | "cost" | "base";
  label: string;
  shown: Decimal;
  true: Decimal;
}

export interface ResultVerdict {
  stated: Decimal;
  shown: Decimal;
  /** What the result should be, as its terms' leaves add up. */
  expected: Decimal;
  terms: Term[];
  ok: boolean;
  /** A mismatch may be reported: the result's structure stands apart from this cell. */
  judged: boolean;
}

export function resultVerdict(
  h: Hierarchy,
  row: BudgetRow,
  p: number,
  context: CheckContext
): ResultVerdict | undefined {
  if (partRows(h, row).length === 0) return resultByRoles(h, row, p, context);
  const i = arithmeticOf(h.table, context.grids).sumAt(row, p);
  if (!i) return undefined;
  const terms: Term[] = [];
  for (const part of partRows(h, row)) {
    const shown = shownValue(h, part, p);
    const truth = trueValue(h, part, p);
    if (!shown || !truth) continue;
    const sign = partSign(row, part);
    if (isCheckedResult(part) && part.row < row.row)
      terms.push({ side: "base", label: part.label, shown, true: truth });
    else {
      const signed = truth.times(sign);
      const side = part.side === "cost" || part.side === "income" ? part.side : signed.isNegative() ? "cost" : "income";
      terms.push({
        side,
        label: part.label,
        shown: shown.times(sign).abs(),
        true: side === "cost" ? signed.negated() : signed,
      });
    }
  }
  return { stated: i.stated, shown: i.shown, expected: i.true, terms, ok: i.verdict !== "mismatch", judged: i.judged };
}

function resultFinding(h: Hierarchy, row: BudgetRow, p: number, context: CheckContext): Finding | undefined {
  const v = resultVerdict(h, row, p, context);
  if (!v || v.ok || !v.judged) return undefined;
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

/** The same kind of figure for a year: budget and plan go together; prognos, utfall, bokslut each alone. */
/** The same kind of figure for a year: budget and plan go together; prognos, utfall, bokslut each alone; one entity. */
export function compatibleKinds(a: Period, b: Period): boolean {
  return periodIdentity(a) === periodIdentity(b);
}

export type { BudgetTable };
