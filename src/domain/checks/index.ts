// Every rule module, run over a workbook's tables: one finding per cell, period and cause, sorted
// by sheet (workbook order), row and column; agreed deviations become info with their note.
import type { CheckContext, CheckModule, Finding, RuleMeta } from "../finding";
import { parseAddress } from "../grid";
import { findingStrings } from "../strings";
import type { BudgetTable } from "../table";
import { balance } from "./balance";
import { crosscheck } from "./crosscheck";
import { equity } from "./equity";
import { formulas } from "./formulas";
import { results } from "./results";
import { shares } from "./shares";
import { sums } from "./sums";
import { values } from "./values";

/** The rule modules, in the order their rules are listed. Adding a family: one import, one entry. */
export const CHECK_MODULES: CheckModule[] = [sums, results, balance, crosscheck, formulas, shares, equity, values];

export function allRules(): RuleMeta[] {
  return CHECK_MODULES.flatMap((m) => m.rules);
}

export function runChecks(tables: BudgetTable[], context: CheckContext): Finding[] {
  const findings = CHECK_MODULES.flatMap((m) => m.check(tables, context));
  const sheetOrder = sheetOrderOf(tables, context);
  return applyAgreed(oneCausePerCell(findings), context).sort((a, b) => compareFindings(a, b, sheetOrder));
}

/**
 * Where a cause explains a symptom at the same cell and period, keep the cause only: a SUM range
 * that omits a row explains why the sum (or the result it is) is off.
 */
const EXPLAINED_BY: Record<string, string[]> = {
  "sum.mismatch": ["formula.range-omits-row"],
  "sum.rounding": ["formula.range-omits-row"],
  "result.mismatch": ["formula.range-omits-row"],
};

function oneCausePerCell(findings: Finding[]): Finding[] {
  const key = (f: Finding, rule: string) => `${rule}|${f.sheet}|${f.cell}|${f.period ?? ""}`;
  const present = new Set(findings.map((f) => key(f, f.rule)));
  const seen = new Set<string>();
  return findings.filter((f) => {
    const k = key(f, f.rule);
    if (seen.has(k)) return false;
    seen.add(k);
    return !(EXPLAINED_BY[f.rule] ?? []).some((cause) => present.has(key(f, cause)));
  });
}

/** A deviation the user marked as agreed stays listed, as info, with the note (once). */
function applyAgreed(findings: Finding[], context: CheckContext): Finding[] {
  const agreed = context.settings.agreedDeviations ?? [];
  if (agreed.length === 0) return findings;
  return findings.map((f) => {
    if (f.data?.agreed) return f;
    const mark = agreed.find((a) => a.rule === f.rule && a.sheet === f.sheet && a.cell === f.cell);
    if (!mark) return f;
    return {
      ...f,
      severity: "info",
      message: `${f.message} ${findingStrings.agreedDeviation(mark.note)}`,
      data: { ...f.data, agreed: true, note: mark.note },
    };
  });
}

function sheetOrderOf(tables: BudgetTable[], context: CheckContext): Map<string, number> {
  const order = new Map<string, number>();
  for (const name of [...context.grids.map((g) => g.name), ...tables.map((t) => t.sheet)]) {
    if (!order.has(name)) order.set(name, order.size);
  }
  return order;
}

function compareFindings(a: Finding, b: Finding, sheetOrder: Map<string, number>): number {
  const sa = sheetOrder.get(a.sheet) ?? Number.MAX_SAFE_INTEGER;
  const sb = sheetOrder.get(b.sheet) ?? Number.MAX_SAFE_INTEGER;
  if (sa !== sb) return sa - sb || a.sheet.localeCompare(b.sheet);
  const pa = parseAddress(a.cell);
  const pb = parseAddress(b.cell);
  if (pa && pb && (pa.row !== pb.row || pa.column !== pb.column)) return pa.row - pb.row || pa.column - pb.column;
  return a.rule.localeCompare(b.rule);
}
