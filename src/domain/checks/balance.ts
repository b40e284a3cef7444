// balance.mismatch: summa tillgångar must equal summa eget kapital och skulder, every period.
import type Decimal from "decimal.js";
import type { CheckModule, Finding } from "../finding";
import type { BudgetRow, BudgetTable } from "../table";
import { findingStrings } from "../strings";
import { cellOf, makeFinding, money, periodLabel, tolerance } from "./common";

const ASSETS = /^summa\s+tillgångar$/i;
const EQUITY_AND_LIABILITIES = /^summa\s+(eget\s+kapital\s+och\s+skulder|skulder\s+och\s+eget\s+kapital)$/i;
const EQUITY = /^summa\s+eget\s+kapital$/i;
const LIABILITIES = /^summa\s+skulder$/i;

export const balance: CheckModule = {
  rules: [
    {
      id: "balance.mismatch",
      description: "Summa tillgångar är inte lika med summa eget kapital och skulder.",
      fixable: false,
    },
  ],
  check(tables) {
    const findings: Finding[] = [];
    for (const table of tables) findings.push(...checkBalance(table));
    return findings;
  },
};

function labelled(table: BudgetTable, re: RegExp): BudgetRow[] {
  return table.rows.filter((r) => re.test(r.label.replace(/[:.]$/, "").trim()));
}

/** Each period: the (first) assets total against the equity-and-liabilities total, or equity plus liabilities. */
function checkBalance(table: BudgetTable): Finding[] {
  const assets = labelled(table, ASSETS)[0];
  if (!assets) return [];
  const total = labelled(table, EQUITY_AND_LIABILITIES)[0];
  const equity = labelled(table, EQUITY)[0];
  const liabilities = labelled(table, LIABILITIES)[0];
  const findings: Finding[] = [];
  table.periods.forEach((period, p) => {
    const a = assets.values[p]?.value;
    if (!a) return;
    let other: Decimal | undefined;
    let at: BudgetRow;
    let terms = 2;
    if (total?.values[p]) {
      other = total.values[p]?.value;
      at = total;
    } else if (equity?.values[p] && liabilities?.values[p]) {
      other = equity.values[p]?.value.plus(liabilities.values[p]?.value ?? 0);
      at = assets;
      terms = 3;
    } else return;
    if (!other) return;
    const diff = a.minus(other);
    if (diff.abs().lte(tolerance(table.unit, terms))) return;
    const unit = table.unit;
    findings.push(
      makeFinding({
        rule: "balance.mismatch",
        severity: "error",
        table,
        cell: cellOf(table, at, p),
        period,
        expected: at === assets ? other : a,
        actual: at === assets ? a : other,
        related: [cellOf(table, at === assets ? (total ?? equity ?? assets) : assets, p)],
        message: findingStrings.balanceMismatch(
          periodLabel(period),
          money(a, unit),
          money(other, unit),
          money(diff.abs(), unit)
        ),
      })
    );
  });
  return findings;
}
