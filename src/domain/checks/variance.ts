// variance.mismatch: an Avvikelse (Diff, Förändring) column is the difference of two other columns,
// Utfall − Budget or Budget − Utfall as the table's own lines compute it; a line that breaks the
// table's convention is wrong at that cell.
import { formatAmount } from "../amount";
import type { CheckModule, Finding } from "../finding";
import { address } from "../grid";
import { findingStrings } from "../strings";
import { arithmeticOf } from "./arithmetic";
import { makeFinding } from "./common";
import { generalVarianceFindings } from "./generalFindings";

export const variance: CheckModule = {
  rules: [
    {
      id: "variance.mismatch",
      description: "En avvikelse är inte skillnaden mellan sina kolumner så som tabellens övriga rader räknar den.",
      fixable: true,
    },
  ],
  check(tables, context) {
    const findings: Finding[] = [];
    for (const table of tables) {
      const ta = arithmeticOf(table, context.grids);
      for (const a of ta.aggregations) {
        if (a.kind !== "variance") continue;
        const columns = ta.table.columns;
        const header = (k: number) => columns[k].header || address(table.rows[0]?.row ?? 1, columns[k].column);
        const formula = findingStrings.varianceFormula(
          header(a.parts[a.signs[0] > 0 ? 0 : 1]),
          header(a.parts[a.signs[0] > 0 ? 1 : 0])
        );
        for (const i of ta.instancesOf(a).values()) {
          if (i.verdict !== "mismatch" || !i.judged) continue;
          const row = table.rows[i.series];
          const cell = address(row.row, columns[a.total].column);
          const u = table.unit;
          findings.push(
            makeFinding({
              rule: "variance.mismatch",
              severity: "error",
              table,
              cell,
              expected: i.shown,
              actual: i.stated,
              related: a.parts.map((k) => address(row.row, columns[k].column)),
              message: findingStrings.varianceMismatch(
                row.label,
                columns[a.total].header || findingStrings.varianceColumn,
                formatAmount(i.stated, u),
                formula,
                formatAmount(i.shown, u),
                formatAmount(i.stated.minus(i.shown).abs(), u)
              ),
            })
          );
        }
      }
    }
    findings.push(...generalVarianceFindings(context));
    return findings;
  },
};
