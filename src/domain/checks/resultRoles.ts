// A result read by its rows' roles, for a result row without parts (a table laid by hand, or a
// result whose income stands in another table): the result above it, then the top-level income
// and cost rows after it; income missing from the table is taken from another table's total
// income for the same year.
import type Decimal from "decimal.js";
import type { CheckContext } from "../finding";
import { isCheckedResult } from "../recognize/proposals";
import type { BudgetRow, BudgetTable, Period } from "../table";
import { tablesNear, tolerance, ZERO } from "./common";
import { hierarchy, shownValue, trueValue, type Hierarchy } from "./hierarchy";
import { compatibleKinds, resultVerdict, type ResultVerdict, type Term } from "./results";

function combine(terms: Term[], pick: (t: Term) => Decimal): Decimal {
  return terms.reduce((acc, t) => (t.side === "cost" ? acc.minus(pick(t)) : acc.plus(pick(t))), ZERO);
}

export function resultByRoles(
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
  return { stated, shown, expected, terms, ok, judged: true };
}

function resultTerms(h: Hierarchy, result: BudgetRow, p: number, context: CheckContext): Term[] | undefined {
  const rows = h.table.rows;
  const at = rows.indexOf(result);
  let prevIndex = at - 1;
  while (prevIndex >= 0 && !isCheckedResult(rows[prevIndex])) prevIndex--;
  const previous = prevIndex >= 0 ? rows[prevIndex] : undefined;
  const terms: Term[] = [];
  if (previous) {
    const shown = previous.values[p]?.value;
    if (!shown) return undefined;
    const base = resultVerdict(h, previous, p, context);
    terms.push({ side: "base", label: previous.label, shown, true: base?.expected ?? shown });
  }
  let costSeen = false;
  for (let k = prevIndex + 1; k < at; k++) {
    const row = rows[k];
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
