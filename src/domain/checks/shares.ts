// Member shares (lag 2003:1210, 5 §): the state pays half, the region(s) a quarter, the
// kommuner together a quarter; how the kommuner split their quarter is checked only against
// a key the user gives (settings.kommunKey). See FINSAM.md.
//
// Settings read here (UserSettings, src/domain/finding.ts):
//   kommunKey         kommun name → weight as a decimal string ("12 345", "23,5", "23,5 %");
//                     names match rows tolerantly ("Lindesberg" ↔ "Lindesbergs kommun").
//   agreedDeviations  { rule, sheet, cell }: a shares.* deviation there stays reported under
//                     its own rule id, but as info, with data.agreed = true.
import Decimal from "decimal.js";
import type { CheckModule, Finding, RuleMeta, UserSettings } from "../finding";
import { financeStrings as S, findingStrings } from "../strings";
import type { Amount, BudgetRow, BudgetTable, Unit } from "../table";
import { ZERO, cellOf, makeFinding, money, periodLabel, sumOf } from "./common";
import { kommunSplitFindings } from "./kommunKey";
import { percentText } from "./percent";

export type MemberGroup = "state" | "region" | "kommuner";

const GROUPS: MemberGroup[] = ["state", "region", "kommuner"];
/** Quarters of the whole each group pays. */
const QUARTERS: Record<MemberGroup, number> = { state: 2, region: 1, kommuner: 1 };
const RULE_OF: Record<MemberGroup, string> = {
  state: "shares.state",
  region: "shares.region",
  kommuner: "shares.municipalities",
};

const RULE_IDS = ["shares.state", "shares.region", "shares.municipalities", "shares.split", "shares.single-line"];

/** One group's rows and their figures in one period. */
export interface GroupFigure {
  group: MemberGroup;
  rows: BudgetRow[];
  amounts: Amount[];
  total: Decimal;
}

/** What the share check concluded for one group: its amount and what it should be. */
export interface GroupVerdict {
  figure: GroupFigure;
  /** The amount the group should pay (exact), from the other groups or the members' sum. */
  expected: Decimal;
  ok: boolean;
}

function groupOf(row: BudgetRow): MemberGroup | undefined {
  if (row.role !== "member") return undefined;
  if (row.member === "state" || row.member === "region") return row.member;
  if (row.member === "kommun" || row.member === "kommuner") return "kommuner";
  return undefined;
}

/** The member rows of a period grouped as state, region and kommuner (several rows add up). */
export function memberGroups(table: BudgetTable, periodIndex: number): Map<MemberGroup, GroupFigure> {
  const groups = new Map<MemberGroup, GroupFigure>();
  for (const row of table.rows) {
    const group = groupOf(row);
    const amount = row.values[periodIndex];
    if (!group || !amount) continue;
    const figure = groups.get(group) ?? { group, rows: [], amounts: [], total: ZERO };
    figure.rows.push(row);
    figure.amounts.push(amount);
    figure.total = figure.total.plus(amount.value);
    groups.set(group, figure);
  }
  return groups;
}

/** Rounding slack for a group: 1 kr per row in kr (the quarter rounded to the krona), half a unit per row otherwise. */
export function shareTolerance(unit: Unit, rows: number): Decimal {
  return unit === "kr" ? new Decimal(rows) : new Decimal(rows).times("0.5");
}

function within(actual: Decimal, expected: Decimal, slack: Decimal): boolean {
  return actual.minus(expected).abs().lte(slack);
}

/** The quarter implied by some groups together: their sum over their quarters. */
function quarterOf(figures: GroupFigure[]): Decimal {
  const quarters = figures.reduce((n, f) => n + QUARTERS[f.group], 0);
  return sumOf(figures.map((f) => f.total)).div(quarters);
}

/** Two groups pay in the right proportion: their quarters differ by no more than both roundings allow. */
function pairAgrees(a: GroupFigure, b: GroupFigure, unit: Unit): boolean {
  const qa = a.total.div(QUARTERS[a.group]);
  const qb = b.total.div(QUARTERS[b.group]);
  const slack = shareTolerance(unit, a.rows.length)
    .div(QUARTERS[a.group])
    .plus(shareTolerance(unit, b.rows.length).div(QUARTERS[b.group]));
  return qa.minus(qb).abs().lte(slack);
}

/**
 * Judges the three groups. When two groups agree with each other and the third does not,
 * only the third is wrong: its expected amount comes from the other two (so one wrong row
 * gives one finding, not three). Otherwise each group is judged against the members' sum.
 */
export function judgeShares(figures: GroupFigure[], unit: Unit): GroupVerdict[] {
  const slack = (f: GroupFigure) => shareTolerance(unit, f.rows.length);
  const all = quarterOf(figures);
  const verdicts = figures.map((f) => ({ figure: f, expected: all.times(QUARTERS[f.group]), ok: false }));
  verdicts.forEach((v) => (v.ok = within(v.figure.total, v.expected, slack(v.figure))));
  if (verdicts.every((v) => v.ok)) return verdicts;
  // In tkr two readings may fit (the others agree within rounding either way): the smaller correction wins.
  const odd = figures
    .map((f) => {
      const others = figures.filter((o) => o !== f);
      const q = quarterOf(others);
      const othersAgree = pairAgrees(others[0], others[1], unit);
      const expected = q.times(QUARTERS[f.group]);
      const fits = othersAgree && !within(f.total, expected, slack(f));
      return { f, expected, correction: f.total.minus(expected).abs(), fits };
    })
    .filter((c) => c.fits)
    .sort((a, b) => a.correction.comparedTo(b.correction));
  if (odd.length === 0 || (odd.length > 1 && odd[0].correction.eq(odd[1].correction))) return verdicts;
  const q = quarterOf(figures.filter((f) => f !== odd[0].f));
  return figures.map((f) => ({ figure: f, expected: q.times(QUARTERS[f.group]), ok: f !== odd[0].f }));
}

function groupName(figure: GroupFigure): { who: string; rows: string } {
  const [first] = figure.rows;
  if (figure.rows.length === 1 && first.member !== "kommuner") return { who: S.genitive(first.label), rows: "" };
  const who = figure.group === "state" ? S.stateGroup : figure.group === "region" ? S.regionGroup : S.kommunerGroup;
  const rows = figure.rows.length > 1 ? findingStrings.rowList(figure.rows.map((r) => r.label)) : "";
  return { who, rows };
}

function shareFinding(table: BudgetTable, periodIndex: number, verdict: GroupVerdict, members: Decimal): Finding {
  const { figure } = verdict;
  const period = table.periods[periodIndex];
  const expected = verdict.expected.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  const fraction = new Decimal(QUARTERS[figure.group]).div(4);
  const { who, rows } = groupName(figure);
  const [amount] = figure.amounts;
  const single = figure.amounts.length === 1 && amount.source === "number";
  return makeFinding({
    rule: RULE_OF[figure.group],
    severity: "error",
    table,
    cell: amount.cell,
    period,
    expected,
    actual: figure.total,
    related: figure.amounts.slice(1).map((a) => a.cell),
    message: S.shareWrong(
      who,
      periodLabel(period),
      rows,
      money(figure.total, table.unit),
      members.isZero() ? "–" : percentText(figure.total.div(members)),
      figure.group === "state" ? S.half : S.quarter,
      money(expected, table.unit),
      percentText(fraction)
    ),
    fix: single ? { newValue: expected.toFixed(), oldValue: amount.value.toFixed() } : undefined,
  });
}

/** The group findings of one table and the kommuner's amount to split by the key, per period. */
function tableShareFindings(table: BudgetTable, settings: UserSettings): Finding[] {
  const findings: Finding[] = [];
  table.periods.forEach((_, i) => {
    const groups = memberGroups(table, i);
    const figures = GROUPS.map((g) => groups.get(g)).filter((f): f is GroupFigure => f !== undefined);
    if (figures.length !== GROUPS.length) return;
    const verdicts = judgeShares(figures, table.unit);
    const members = sumOf(figures.map((f) => f.total));
    for (const v of verdicts) if (!v.ok) findings.push(shareFinding(table, i, v, members));
    const kommuner = verdicts.find((v) => v.figure.group === "kommuner");
    if (kommuner && settings.kommunKey) {
      const quarter = kommuner.ok ? kommuner.figure.total : kommuner.expected;
      findings.push(...kommunSplitFindings(table, i, kommuner.figure.rows, quarter, settings.kommunKey));
    }
  });
  return findings;
}

/** Years for which some table lists the members one by one: a single line elsewhere adds nothing. */
function yearsWithGroups(tables: BudgetTable[]): Set<number> {
  const years = new Set<number>();
  for (const t of tables)
    t.periods.forEach((p, i) => {
      if (GROUPS.every((g) => memberGroups(t, i).has(g))) years.add(p.year);
    });
  return years;
}

/**
 * The 50/25/25 breakdown of a single contribution line, in whole units: region and kommuner
 * a quarter each rounded down, the state the rest (so the three add up to the line exactly).
 */
export function breakdown(total: Decimal): { state: Decimal; region: Decimal; kommuner: Decimal } {
  const quarter = total.div(4).toDecimalPlaces(0, Decimal.ROUND_DOWN);
  return { state: total.minus(quarter.times(2)), region: quarter, kommuner: quarter };
}

/**
 * One info per table and amount: a plan that holds medlemsbidrag flat over three years gets
 * one breakdown, at the first year's cell, naming every year it applies to (data.years).
 */
function singleLineFindings(tables: BudgetTable[]): Finding[] {
  const covered = yearsWithGroups(tables);
  const findings: Finding[] = [];
  for (const table of tables) {
    const lines = table.rows.filter((r) => r.role === "member");
    if (lines.length !== 1 || lines[0].member !== "all") continue;
    const [line] = lines;
    const byAmount = new Map<string, number[]>();
    table.periods.forEach((period, i) => {
      const amount = line.values[i];
      if (!amount || amount.value.lte(0) || covered.has(period.year)) return;
      covered.add(period.year);
      const key = amount.value.toFixed();
      byAmount.set(key, [...(byAmount.get(key) ?? []), i]);
    });
    for (const [key, indexes] of byAmount) {
      const total = new Decimal(key);
      const parts = breakdown(total);
      const m = (d: Decimal) => money(d, table.unit);
      const periods = indexes.map((i) => table.periods[i]);
      const years = findingStrings.rowList(periods.map(periodLabel));
      findings.push(
        makeFinding({
          rule: "shares.single-line",
          severity: "info",
          table,
          cell: cellOf(table, line, indexes[0]),
          period: periods[0],
          actual: total,
          related: indexes.slice(1).map((i) => cellOf(table, line, i)),
          message: S.singleLine(line.label, years, m(total), m(parts.state), m(parts.region), m(parts.kommuner)),
          data: {
            state: parts.state.toFixed(),
            region: parts.region.toFixed(),
            kommuner: parts.kommuner.toFixed(),
            years: periods.map((p) => p.year),
          },
        })
      );
    }
  }
  return findings;
}

/** A deviation the user marked as agreed stays listed, as info, with the note if any. */
export function applyAgreed(findings: Finding[], settings: UserSettings): Finding[] {
  const agreed = settings.agreedDeviations ?? [];
  return findings.map((f) => {
    const mark = agreed.find((a) => a.rule === f.rule && a.sheet === f.sheet && a.cell === f.cell);
    if (!mark || f.severity === "info") return f;
    const message = `${f.message} ${findingStrings.agreedDeviation(mark.note)}`;
    return { ...f, severity: "info", message, data: { ...f.data, agreed: true, note: mark.note } };
  });
}

function meta(id: string, fixable = false): RuleMeta {
  return { id, description: S.rules[id], fixable };
}

export const shares: CheckModule = {
  rules: RULE_IDS.map((id) =>
    meta(id, id === "shares.state" || id === "shares.region" || id === "shares.municipalities")
  ),
  check(tables, context) {
    const findings = tables.flatMap((t) => tableShareFindings(t, context.settings));
    return applyAgreed([...findings, ...singleLineFindings(tables)], context.settings);
  },
};
