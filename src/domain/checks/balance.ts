// balance.mismatch: summa tillgångar must equal summa eget kapital (avsättningar) och skulder, every
// period. The identity is an aggregation of the table (recognition proposes it from the labels).
import type { CheckModule, Finding } from "../finding";
import { findingStrings } from "../strings";
import { arithmeticOf } from "./arithmetic";
import { cellOf, makeFinding, money, periodLabel } from "./common";

export { balanceRows } from "../recognize/proposals";

export const balance: CheckModule = {
  rules: [
    {
      id: "balance.mismatch",
      description: "Summa tillgångar är inte lika med summa eget kapital och skulder.",
      fixable: false,
    },
  ],
  check(tables, context) {
    const findings: Finding[] = [];
    for (const table of tables) {
      const ta = arithmeticOf(table, context.grids);
      for (const a of ta.aggregations) {
        if (a.kind !== "identity" || a.axis !== "rows") continue;
        // Assets against equity and liabilities, or (no such total) equity plus liabilities against assets.
        const totalRow = table.rows[a.total];
        const assetsFirst = a.parts.length === 1;
        for (const i of ta.instancesOf(a).values()) {
          if (i.series >= table.periods.length || i.verdict !== "mismatch" || !i.judged) continue;
          const period = table.periods[i.series];
          const assets = assetsFirst ? i.shown : i.stated;
          const other = assetsFirst ? i.stated : i.shown;
          const unit = table.unit;
          const related = a.parts.map((k) => cellOf(table, table.rows[k], i.series));
          findings.push(
            makeFinding({
              rule: "balance.mismatch",
              severity: "error",
              table,
              cell: cellOf(table, totalRow, i.series),
              period,
              expected: i.shown,
              actual: i.stated,
              related: assetsFirst ? related : [related[0]],
              message: findingStrings.balanceMismatch(
                periodLabel(period),
                money(assets, unit),
                money(other, unit),
                money(assets.minus(other).abs(), unit)
              ),
            })
          );
        }
      }
    }
    return findings;
  },
};
