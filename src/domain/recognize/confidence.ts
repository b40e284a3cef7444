// How sure recognition is that a block is a budget, with the reasons a user can read.
import Decimal from "decimal.js";
import { recognizeStrings as S } from "../strings";
import { UNKNOWN_UNIT, type Unit } from "../table";
import { BUDGET_WORDS, NOT_BUDGET_WORDS } from "../vocabulary";
import type { Layout } from "./periods";
import type { WorkRow } from "./rows";
import { addsUp } from "./structure";

export const RECOGNITION_THRESHOLD = 0.5;

const STRONG_ROLES = new Set([
  "member",
  "subtotal",
  "total-income",
  "total-cost",
  "result",
  "equity-in",
  "equity-out",
  "equity-use",
  "balance",
]);

export interface Verdict {
  confidence: number;
  reasons: string[];
}

export function judge(rows: WorkRow[], layout: Layout, titles: string[], unit: Unit): Verdict {
  const reasons: string[] = [];
  let score = 0;
  if (layout.yearSource === "header") {
    score += 0.25;
    reasons.push(S.headerYears(layout.periods.map((p) => p.year).join(", ")));
  } else if (layout.yearSource === "title") {
    score += 0.15;
    reasons.push(S.titleYear(layout.periods[0].year));
  } else reasons.push(S.noYears);

  const figured = rows.filter((w) => w.hasFigures);
  reasons.push(S.amounts(figured.length));
  if (figured.length < 2) {
    score -= 0.3;
    reasons.push(S.fewAmounts);
  }

  const labelled = rows.filter((w) => w.row.label !== "");
  const worded = labelled.filter((w) => BUDGET_WORDS.test(w.name.key) || STRONG_ROLES.has(w.row.role));
  if (labelled.length) {
    score += 0.3 * (worded.length / labelled.length);
    reasons.push(S.budgetWords(worded.length, labelled.length));
  }
  const members = rows.filter((w) => w.row.role === "member").length;
  if (members > 0) {
    score += 0.1;
    reasons.push(S.members(members));
  }
  if (rows.some((w) => ["result", "equity-in", "equity-out", "equity-use"].includes(w.row.role))) {
    score += 0.1;
    reasons.push(S.resultRows);
  }
  const sums = rows.map((w, i) => ({ w, i })).filter(({ w }) => w.row.parts && w.row.parts.length > 0);
  if (sums.length) {
    const byRow = new Map(rows.map((w, i) => [w.row.row, i]));
    const holding = sums.filter(({ w, i }) =>
      addsUp(
        rows,
        i,
        w.row.parts!.map((r) => byRow.get(r)!),
        unit
      )
    ).length;
    score += 0.1 + 0.15 * (holding / sums.length);
    reasons.push(S.sums(holding, sums.length));
  }
  if (largeAmounts(figured, unit)) score += 0.1;

  const against = new Set<string>();
  let againstRows = 0;
  for (const text of [...titles, ...labelled.map((w) => w.row.label)]) {
    const m = NOT_BUDGET_WORDS.exec(text.toLowerCase());
    if (m) {
      againstRows++;
      against.add(m[0].trim());
    }
  }
  if (againstRows > 0) {
    score -= 0.25 + 0.5 * Math.min(1, againstRows / Math.max(1, labelled.length));
    reasons.push(S.notBudgetWords([...against].join(", ")));
  }
  if (smallCounts(figured, unit)) {
    score -= 0.2;
    reasons.push(S.smallCounts);
  }
  if (pageNumbers(figured)) {
    score -= 0.5;
    reasons.push(S.pageNumbers);
  }
  if (layout.periods.length === 0) score = Math.min(score, 0.2);
  reasons.push(S.unit(unit, S.unitFrom[layout.unitSource]));
  return { confidence: Math.round(Math.max(0, Math.min(1, score)) * 100) / 100, reasons };
}

/** Up to 2 000 figures of the table, as absolute values: enough to judge their size. */
function figures(rows: WorkRow[]): Decimal[] {
  const out: Decimal[] = [];
  for (const w of rows) {
    for (const v of w.row.values) if (v) out.push(v.value.abs());
    if (out.length >= 2000) break;
  }
  return out;
}

function largeAmounts(rows: WorkRow[], unit: Unit): boolean {
  const all = figures(rows).filter((v) => !v.isZero());
  if (all.length === 0) return false;
  const sorted = all.sort((a, b) => a.comparedTo(b));
  const median = sorted[Math.floor(sorted.length / 2)];
  return unit === "kr" || unit === UNKNOWN_UNIT ? median.greaterThanOrEqualTo(1000) : median.greaterThanOrEqualTo(10);
}

/** Counts of people or cases: whole numbers under 100, in a table that claims kronor. */
function smallCounts(rows: WorkRow[], unit: Unit): boolean {
  const all = figures(rows);
  return (
    (unit === "kr" || unit === UNKNOWN_UNIT) && all.length > 0 && all.every((v) => v.isInteger() && v.lessThan(100))
  );
}

/** A table of contents: one small whole number a row, never decreasing. */
function pageNumbers(rows: WorkRow[]): boolean {
  const firsts = rows.map((w) => w.row.values.find((v) => v)?.value).filter((v): v is Decimal => !!v);
  if (firsts.length < 3) return false;
  if (!firsts.every((v) => v.isInteger() && v.greaterThan(0) && v.lessThan(500))) return false;
  return firsts.every((v, i) => i === 0 || v.greaterThanOrEqualTo(firsts[i - 1]));
}
