// What "Rätta…" proposes, and what the dialog shows before anything is written. A sum that does not
// hold is fixed with its SUM formula in one step (not a typed figure, then a second warning); but
// first the dialog names the parts and their sum, and which part one slip would explain, since
// writing the formula over a correct total would hide a mistyped part.
import Decimal from "decimal.js";
import { formatAmount } from "../../domain/amount";
import type { Finding, ProposedFix } from "../../domain/finding";
import { address, type Grid } from "../../domain/grid";
import type { BudgetTable } from "../../domain/table";
import { decimalString, sumFormula } from "../../domain/checks/common";
import { hierarchy, partRows, shownValue } from "../../domain/checks/hierarchy";
import { diagnoseSum, type SumTerm } from "../../domain/checks/suspects";
import { swedishFormula } from "../../domain/formulaText";
import type { FixPlan, SumFix } from "./types";

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A cell's content as a Swedish Excel user reads it: a formula in Swedish, a number with spaces and a decimal comma. */
export function shownContent(content: string): string {
  if (content.startsWith("=")) return swedishFormula(content);
  return DECIMAL.test(content) ? formatAmount(new Decimal(content)) : content;
}

function simplePlan(fix: ProposedFix): FixPlan {
  return { fix, oldShown: shownContent(fix.oldValue), newShown: shownContent(fix.newValue) };
}

/** The row sum a finding stands at: its table, row and period. */
function sumAt(finding: Finding, tables: readonly BudgetTable[]) {
  for (const table of tables) {
    if (table.sheet !== finding.sheet) continue;
    for (const row of table.rows) {
      const p = row.values.findIndex((v) => v?.cell === finding.cell);
      if (p >= 0 && row.parts && row.parts.length > 0) return { table, row, p };
    }
  }
  return undefined;
}

function sumFix(finding: Finding, tables: readonly BudgetTable[], grids: readonly Grid[]): FixPlan | undefined {
  const at = sumAt(finding, tables);
  if (!at || !finding.fix) return undefined;
  const { table, row, p } = at;
  const h = hierarchy(table);
  const column = table.periods[p].column;
  const parts = partRows(h, row);
  const terms: (SumTerm & { source?: string })[] = [];
  for (const part of parts) {
    const value = shownValue(h, part, p);
    if (value === undefined) continue;
    const amount = part.values[p];
    terms.push({ label: part.label, cell: amount?.cell ?? address(part.row, column), value, source: amount?.source });
  }
  const stated = row.values[p];
  if (!stated || terms.length === 0) return undefined;
  const money = (d: Decimal) => formatAmount(d, table.unit);
  // Excel's SUM skips a number written as text: then only the figure itself is a safe fix.
  const formulaFits = terms.every((t) => t.source !== "text");
  const grid = grids.find((g) => g.name === table.sheet);
  const fix: ProposedFix = formulaFits
    ? {
        ...finding.fix,
        newValue: sumFormula(
          grid,
          column,
          parts.map((r) => r.row)
        ),
      }
    : finding.fix;
  const diagnosis = diagnoseSum({ label: row.label, cell: stated.cell, value: stated.value }, terms);
  const partsTotal = terms.reduce((s, t) => s.plus(t.value), new Decimal(0));
  const sum: SumFix = {
    label: row.label,
    statedText: money(stated.value),
    parts: terms.map((t) => ({ label: t.label, cell: t.cell, amountText: money(t.value) })),
    partsTotalText: money(partsTotal),
    differenceText: money(diagnosis.difference.abs()),
    suspects: diagnosis.suspects.map((s) => {
      const source = terms.find((t) => t.cell === s.term.cell)?.source;
      const partFix: ProposedFix | undefined =
        s.role === "part" && source === "number"
          ? {
              sheet: table.sheet,
              cell: s.term.cell,
              newValue: decimalString(s.corrected),
              oldValue: decimalString(s.term.value),
            }
          : undefined;
      return {
        role: s.role,
        label: s.term.label,
        cell: s.term.cell,
        amountText: money(s.term.value),
        correctedText: money(s.corrected),
        slip: s.slip,
        ...(partFix ? { fix: partFix } : {}),
      };
    }),
  };
  if (sum.suspects.length === 0 && diagnosis.multipleOf9) sum.hint = "nine";
  else if (sum.suspects.length === 0 && diagnosis.multipleOf1000) sum.hint = "thousand";
  return { ...simplePlan(fix), sum };
}

/** The plan for a finding's fix; undefined when the finding proposes none. */
export function fixPlan(finding: Finding, tables: readonly BudgetTable[], grids: readonly Grid[]): FixPlan | undefined {
  if (!finding.fix) return undefined;
  return (finding.rule === "sum.mismatch" ? sumFix(finding, tables, grids) : undefined) ?? simplePlan(finding.fix);
}
