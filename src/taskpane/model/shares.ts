// The Medlemsandelar card as data: one line per member group (state 1/2, region 1/4, the kommuner
// together 1/4) and each kommun apart under its group, every share of the members' whole, so that
// "Andel" and "Ska vara" read on one basis. Badges follow the findings: never "Rätt" beside one.
import Decimal from "decimal.js";
import { formatAmount } from "../../domain/amount";
import type { Finding, UserSettings } from "../../domain/finding";
import type { BudgetTable } from "../../domain/table";
import { periodLabel } from "../../domain/checks/common";
import { matchKey, parseWeight } from "../../domain/checks/kommunKey";
import { percentText } from "../../domain/checks/percent";
import { memberGroups, type GroupFigure, type MemberGroup } from "../../domain/checks/shares";
import { paneTextStrings } from "../../domain/strings";
import type { MemberShareRow, MemberShareTable, ShareBadge } from "./types";

const S = paneTextStrings.singleLineRows;
const GROUPS: MemberGroup[] = ["state", "region", "kommuner"];
const GROUP_RULE: Record<MemberGroup, string> = {
  state: "shares.state",
  region: "shares.region",
  kommuner: "shares.municipalities",
};
const QUARTERS: Record<MemberGroup, number> = { state: 2, region: 1, kommuner: 1 };
const SHARE_RULES = new Set([...Object.values(GROUP_RULE), "shares.split"]);

function tableKeyOf(table: { sheet: string; range: string }): string {
  return `${table.sheet}!${table.range}`;
}

/** A group's cells: its rows' amounts in the period. */
function cellsOf(figure: GroupFigure): Set<string> {
  return new Set(figure.amounts.map((a) => a.cell));
}

function badgeOf(findings: Finding[]): ShareBadge | undefined {
  if (findings.length === 0) return undefined;
  return findings.every((f) => f.data?.agreed) ? "agreed" : "wrong";
}

/** Share findings of a table (any period), by the cells they stand at. */
function tableShareFindings(table: BudgetTable, findings: Finding[]): Finding[] {
  const cells = new Set(table.rows.flatMap((r) => r.values.map((v) => v?.cell)));
  return findings.filter((f) => SHARE_RULES.has(f.rule) && f.sheet === table.sheet && cells.has(f.cell));
}

/** Each kommun's expected share of the whole, from the key, when every kommun row matches it. */
function keyShares(rows: GroupFigure["rows"], key: UserSettings["kommunKey"]): Map<string, Decimal> | undefined {
  if (!key) return undefined;
  const weights = new Map<string, Decimal>();
  for (const [name, text] of Object.entries(key)) {
    const w = parseWeight(text);
    if (w) weights.set(name, w);
  }
  const { pairs, unmatchedKeys, unmatchedRows } = matchKey(rows, [...weights.keys()]);
  if (weights.size === 0 || unmatchedKeys.length > 0 || unmatchedRows.length > 0) return undefined;
  const total = [...weights.values()].reduce((s, w) => s.plus(w), new Decimal(0));
  const out = new Map<string, Decimal>();
  for (const [row, name] of pairs) out.set(row.label, (weights.get(name) as Decimal).div(total).div(4));
  return out;
}

function shareTable(table: BudgetTable, findings: Finding[], settings: UserSettings): MemberShareTable | undefined {
  const own = tableShareFindings(table, findings);
  const withGroups = table.periods.map((_, i) => i).filter((i) => memberGroups(table, i).size === 3);
  if (withGroups.length === 0) return undefined;
  // The period the card shows: the first with a share error, else the first with all three groups.
  const p = withGroups.find((i) => own.some((f) => f.period === table.periods[i].year)) ?? withGroups[0];
  const year = table.periods[p].year;
  const groups = memberGroups(table, p);
  const total = [...groups.values()].reduce((s, g) => s.plus(g.total), new Decimal(0));
  const share = (value: Decimal) => (total.isZero() ? "–" : percentText(value.div(total)));
  const inPeriod = own.filter((f) => f.period === year);
  const rows: MemberShareRow[] = [];
  for (const group of GROUPS) {
    const figure = groups.get(group) as GroupFigure;
    const cells = cellsOf(figure);
    const groupFindings = inPeriod.filter((f) => f.rule === GROUP_RULE[group] && cells.has(f.cell));
    const lone = figure.rows.length === 1 && figure.rows[0].member !== "kommun";
    // Right only when no share of this period is in doubt: a group beside a wrong one says nothing.
    const badge = badgeOf(groupFindings) ?? (inPeriod.some((f) => f.rule !== "shares.split") ? undefined : "ok");
    rows.push({
      kind: "group",
      label: lone ? figure.rows[0].label : S[group],
      cell: figure.amounts[0].cell,
      amount: formatAmount(figure.total, table.unit),
      share: share(figure.total),
      expectedShare: percentText(new Decimal(QUARTERS[group]).div(4)),
      ...(badge ? { badge } : {}),
    });
    if (lone) continue;
    const keyed = group === "kommuner" ? keyShares(figure.rows, settings.kommunKey) : undefined;
    figure.rows.forEach((row, i) => {
      const amount = figure.amounts[i];
      const expected = keyed?.get(row.label);
      const rowBadge =
        badgeOf(inPeriod.filter((f) => f.rule === "shares.split" && f.cell === amount.cell)) ??
        (expected ? "ok" : undefined);
      rows.push({
        kind: "member",
        label: row.label,
        cell: amount.cell,
        amount: formatAmount(amount.value, table.unit),
        share: share(amount.value),
        expectedShare: expected ? percentText(expected) : "–",
        ...(rowBadge ? { badge: rowBadge } : {}),
      });
    });
  }
  const otherYears = [...new Set(own.filter((f) => f.period !== year).map((f) => f.period))].filter(
    (y): y is number => y !== undefined
  );
  return {
    sheet: table.sheet,
    tableKey: tableKeyOf(table),
    period: periodLabel(table.periods[p]),
    total: formatAmount(total, table.unit),
    rows,
    singleLine: false,
    badge: badgeOf(own) ?? "ok",
    ...(otherYears.length > 0 ? { otherYears } : {}),
  };
}

/** The 50/25/25 breakdown of a single contribution line: shown, not judged. */
function singleLineTable(tables: BudgetTable[], findings: Finding[]): MemberShareTable[] {
  const single = findings.find((f) => f.rule === "shares.single-line");
  if (!single || !single.data || !single.actual) return [];
  const unit = single.unit ?? "kr";
  const part = (key: string) => formatAmount(new Decimal(String(single.data?.[key] ?? "0")), unit);
  const line = (label: string, key: string, share: string): MemberShareRow => ({
    kind: "group",
    label,
    cell: single.cell,
    amount: part(key),
    share,
    expectedShare: share,
    badge: "unchecked",
  });
  const table = tables.find((t) => t.sheet === single.sheet);
  return [
    {
      sheet: single.sheet,
      tableKey: table ? tableKeyOf(table) : single.sheet,
      period: String(single.period ?? ""),
      total: formatAmount(new Decimal(single.actual), unit),
      rows: [line(S.state, "state", "50 %"), line(S.region, "region", "25 %"), line(S.kommuner, "kommuner", "25 %")],
      singleLine: true,
      badge: "unchecked",
    },
  ];
}

/** Every table with the three member groups; else the breakdown of a single contribution line. */
export function memberShares(tables: BudgetTable[], findings: Finding[], settings: UserSettings): MemberShareTable[] {
  const out = tables
    .map((t) => shareTable(t, findings, settings))
    .filter((t): t is MemberShareTable => t !== undefined);
  return out.length > 0 ? out : singleLineTable(tables, findings);
}
