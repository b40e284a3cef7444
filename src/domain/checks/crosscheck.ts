// crosscheck.mismatch: one quantity (total income, total cost, result of a year; a "Summa …" line
// repeated in a table) stated twice in the workbook with two values.
//
// Where it is reported: at the statement its own table's arithmetic does not confirm. Each statement
// scores +1 when a check confirms it (its sum adds up, its result follows from its income and costs,
// or it is a part of a sum that adds up), -1 when its own check fails, 0 otherwise. Statements that
// agree vote together: the value with the best total score is the reference (ties: stated more
// often, then resting on more figures, then first in the workbook), and every statement that
// differs from it gets one finding. So seed 002's 278 (result.mismatch in the resultatbudget) is also where
// the crosscheck lands, against the balansbudget's 257 that Summa eget kapital confirms: two causes,
// one cell, which DESIGN.md allows.
import Decimal from "decimal.js";
import type { CheckContext, CheckModule, Finding } from "../finding";
import { periodIdentity } from "../periodSeries";
import { UNKNOWN_UNIT, type BudgetRow, type BudgetTable, type StatedUnit } from "../table";
import { findingStrings } from "../strings";
import { cellOf, makeFinding, money, periodLabel } from "./common";
import { hierarchy, leafCount, type Hierarchy } from "./hierarchy";
import { compatibleKinds, isCheckedResult, resultVerdict } from "./results";
import { sumVerdict } from "./sums";

export const crosscheck: CheckModule = {
  rules: [
    {
      id: "crosscheck.mismatch",
      description: "Samma belopp (intäkter, kostnader, resultat för ett år) står med två olika värden i arbetsboken.",
      fixable: false,
    },
  ],
  check(tables, context) {
    const statements = tables.flatMap((t) => statementsOf(t, context));
    const groups = new Map<string, Statement[]>();
    for (const s of statements) {
      const key = `${s.quantity}|${s.year}|${s.identity}`;
      groups.set(key, [...(groups.get(key) ?? []), s]);
    }
    const findings: Finding[] = [];
    for (const group of groups.values()) findings.push(...disagreements(group));
    return findings;
  },
};

interface Statement {
  quantity: string;
  year: number;
  /** Kind group and entity: budget and utfall of a year, or kommun and koncern, are not one quantity. */
  identity: string;
  table: BudgetTable;
  row: BudgetRow;
  p: number;
  /** In kr, signed as written; compared as magnitudes for income and cost. */
  kr: Decimal;
  score: number;
  /** How many stated figures the statement rests on (1 for a figure that sums nothing). */
  leaves: number;
}

const UNIT_FACTOR: Record<StatedUnit, number> = { kr: 1, tkr: 1000, Mkr: 1000000 };

/** Figures of a table whose unit nothing states are compared only with others of its sheet that state none either. */
function unitScope(table: BudgetTable): string {
  return table.unit === UNKNOWN_UNIT ? `${UNKNOWN_UNIT}@${table.sheet}` : "";
}

function factor(table: BudgetTable): number {
  return table.unit === UNKNOWN_UNIT ? 1 : UNIT_FACTOR[table.unit];
}

/** A result adjusted or taken at another point ("efter balanskravsjusteringar", "före extraordinära poster") is another quantity. */
const QUALIFIED_RESULT = /balanskrav|justering|justerat|före |exkl|inkl|jämförelsestörande/;

function quantityOf(row: BudgetRow, h: Hierarchy): string | undefined {
  const label = row.label.trim().toLowerCase();
  if (/nettokostnad/.test(label)) return undefined;
  if ((isCheckedResult(row) && !QUALIFIED_RESULT.test(label)) || /^årets resultat$/.test(label)) return "result";
  if (label === "verksamhetens intäkter") return "income";
  if (label === "verksamhetens kostnader") return "cost";
  if (h.parentOf.has(row.row)) return /^summa\s+\S/.test(label) ? `line:${label}` : undefined;
  if (row.role === "total-income") return "income";
  if (row.role === "total-cost") return "cost";
  if (/^summa\s+\S/.test(label)) return `line:${label}`;
  return undefined;
}

function statementsOf(table: BudgetTable, context: CheckContext): Statement[] {
  const h = hierarchy(table);
  const out: Statement[] = [];
  const lastOf = new Map<string, BudgetRow>();
  const lines: BudgetRow[] = [];
  for (const row of table.rows) {
    const q = quantityOf(row, h);
    if (!q) continue;
    if (q.startsWith("line:")) lines.push(row);
    else lastOf.set(q, row); // the last total of its kind is the table's own figure for it
  }
  const chosen: [string, BudgetRow][] = [...lastOf.entries()];
  for (const row of lines) chosen.push([`${table.sheet}|${quantityOf(row, h)}`, row]);
  const scope = unitScope(table);
  for (const [quantity, row] of chosen) {
    table.periods.forEach((period, p) => {
      const value = row.values[p]?.value;
      if (!value) return;
      out.push({
        quantity: scope ? `${scope}|${quantity}` : quantity,
        year: period.year,
        identity: periodIdentity(period),
        table,
        row,
        p,
        kr: value.times(factor(table)),
        score: confirmation(h, row, p, context),
        leaves: leafCount(h, row),
      });
    });
  }
  return out;
}

/** +1 when the statement's own table confirms it, -1 when its own check fails, 0 when nothing checks it. */
function confirmation(h: Hierarchy, row: BudgetRow, p: number, context: CheckContext): number {
  if (isCheckedResult(row)) {
    const result = resultVerdict(h, row, p, context);
    if (result) return result.ok ? 1 : -1;
  }
  const own = row.role === "result" ? undefined : sumVerdict(h, row, p);
  if (own) return own.verdict === "mismatch" ? -1 : 1;
  const parent = h.byRow.get(h.parentOf.get(row.row) ?? -1);
  if (parent) {
    const verdict = sumVerdict(h, parent, p);
    if (verdict && verdict.stated.eq(verdict.shownSum)) return 1;
  }
  return 0;
}

function comparable(s: Statement): Decimal {
  return s.quantity === "result" ? s.kr : s.kr.abs();
}

/**
 * Two statements agree when equal, or within half a unit of the coarser one when their units
 * differ; where the unit is unknown, within half of the last digit the coarser figure prints.
 */
function agree(a: Statement, b: Statement): boolean {
  const diff = comparable(a).minus(comparable(b)).abs();
  if (a.table.unit === UNKNOWN_UNIT || b.table.unit === UNKNOWN_UNIT) {
    const decimals = Math.min(a.table.decimals ?? 0, b.table.decimals ?? 0);
    return diff.lte(new Decimal(10).pow(-decimals).div(2));
  }
  if (a.table.unit === b.table.unit) return diff.isZero();
  const coarser = Math.max(factor(a.table), factor(b.table));
  return diff.lte(new Decimal(coarser).div(2));
}

function disagreements(group: Statement[]): Finding[] {
  if (group.length < 2) return [];
  const matching = group.filter((s, i) => group.every((o, j) => j === i || !sameKindClash(s, o)));
  if (matching.length < 2) return [];
  const reference = referenceOf(matching);
  const findings: Finding[] = [];
  const reported = new Set<string>();
  for (const s of matching) {
    if (s === reference || agree(s, reference)) continue;
    const cell = cellOf(s.table, s.row, s.p);
    const key = `${s.table.sheet}!${cell}`;
    if (reported.has(key)) continue;
    reported.add(key);
    findings.push(finding(s, reference, cell));
  }
  return findings;
}

/**
 * The statement the others are measured against: statements that agree vote together; the value
 * its own tables confirm most wins, then the one stated most often, then the one resting on more
 * figures (the detailed budget over its summary), then the first in the workbook.
 */
function referenceOf(group: Statement[]): Statement {
  const clusters: Statement[][] = [];
  for (const s of group) {
    const cluster = clusters.find((c) => agree(c[0], s));
    if (cluster) cluster.push(s);
    else clusters.push([s]);
  }
  const rank = (c: Statement[]) => [
    c.reduce((n, s) => n + s.score, 0),
    c.length,
    c.reduce((m, s) => Math.max(m, s.leaves), 0),
  ];
  let best = clusters[0];
  for (const c of clusters.slice(1)) {
    const [a, b] = [rank(c), rank(best)];
    const i = a.findIndex((x, k) => x !== b[k]);
    if (i >= 0 && a[i] > b[i]) best = c;
  }
  return best.reduce((m, s) => (s.leaves > m.leaves ? s : m), best[0]);
}

/** Guards the grouping: two periods of one year must really be the same kind of figure. */
function sameKindClash(a: Statement, b: Statement): boolean {
  return !compatibleKinds(a.table.periods[a.p], b.table.periods[b.p]);
}

function finding(s: Statement, reference: Statement, cell: string): Finding {
  const unit = s.table.unit;
  const actual = s.row.values[s.p]?.value ?? new Decimal(0);
  let expected = comparable(reference).div(factor(s.table));
  if (s.quantity !== "result" && actual.isNegative()) expected = expected.negated();
  const refCell = cellOf(reference.table, reference.row, reference.p);
  const where = `${reference.table.sheet}!${refCell}`;
  const period = s.table.periods[s.p];
  const refValue = reference.row.values[reference.p]?.value ?? new Decimal(0);
  return makeFinding({
    rule: "crosscheck.mismatch",
    severity: "error",
    table: s.table,
    cell,
    period,
    expected,
    actual,
    related: [where],
    message: findingStrings.crosscheckMismatch(
      s.row.label,
      periodLabel(period),
      money(actual, unit),
      reference.row.label,
      where,
      money(refValue, reference.table.unit)
    ),
  });
}
