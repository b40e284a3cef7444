// variance.mismatch: an Avvikelse (Diff, Förändring) column is the difference of two other columns,
// Utfall − Budget or Budget − Utfall as the table's own lines compute it; a line that breaks the
// table's convention is wrong at that cell.
import type { CheckModule, Finding } from "../finding";
import { arithmeticOf } from "./arithmetic";
import { acrossRowFinding } from "./columnFindings";
import { generalAcrossRowFindings } from "./generalFindings";

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
        // The Totalt column over the periods is sums.ts's; every other aggregation across a row is here.
        if (a.axis !== "columns" || (a.kind === "sum" && a.basis === "given")) continue;
        for (const i of ta.instancesOf(a).values()) {
          const f = acrossRowFinding({ table: ta.table, unit: table.unit }, a, i);
          if (f) findings.push(f);
        }
      }
    }
    findings.push(...generalAcrossRowFindings(context));
    return findings;
  },
};
