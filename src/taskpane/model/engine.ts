// The engine as the pane needs it: Grids + settings → PaneAnalysis (plain, formatted data).
// Loaded with import() so the recognition, the checks and fast-formula-parser are a lazy chunk.
import Decimal from "decimal.js";
import { analyzeWorkbook, countBySeverity } from "../../domain/analyze";
import { formatAmount } from "../../domain/amount";
import type { Finding, UserSettings } from "../../domain/finding";
import type { Grid } from "../../domain/grid";
import type { BudgetTable, Unit } from "../../domain/table";
import { periodLabel, tolerance } from "../../domain/checks/common";
import { chainYears, equityChain } from "../../domain/checks/equityChain";
import { convertUnit } from "../../domain/checks/equityCoverage";
import { percentText } from "../../domain/checks/percent";
import { memberGroups, type MemberGroup } from "../../domain/checks/shares";
import { paneTextStrings } from "../../domain/strings";
import type { EquitySeries, EquityYear, MemberShareTable, PaneAnalysis, SumsStatus, TableSummary } from "./types";

import { buildKontrollrapport } from "../../domain/report/kontrollrapport";
import { reportSheetSpec } from "../../domain/report/sheet";
import type { SheetSpec } from "../../domain/sheetspec";
import packageJson from "../../../package.json";
import { prognosisDefaults, prognosisTables } from "./prognosis";

export { buildPrognosis } from "./prognosis";

const S = paneTextStrings.singleLineRows;
const SUM_ROLES = new Set(["subtotal", "total-income", "total-cost"]);
const SHARE_RULES = new Set(["shares.state", "shares.region", "shares.municipalities"]);
const EXPECTED_SHARE: Record<MemberGroup, string> = { state: "50 %", region: "25 %", kommuner: "25 %" };

export function tableKey(table: { sheet: string; range: string }): string {
  return `${table.sheet}!${table.range}`;
}

function summarize(table: BudgetTable): TableSummary {
  return {
    key: tableKey(table),
    sheet: table.sheet,
    range: table.range,
    title: table.title,
    unit: table.unit,
    years: table.periods.map(periodLabel).join(", "),
    periods: table.periods.map((p) => ({ column: p.column, year: p.year, kind: p.kind, header: p.header })),
    sumRows: table.rows.filter((r) => SUM_ROLES.has(r.role) || r.parts).map((r) => ({ row: r.row, label: r.label })),
  };
}

function sumsStatus(tables: BudgetTable[], findings: Finding[]): SumsStatus {
  let checked = 0;
  for (const t of tables)
    for (const r of t.rows) if (r.parts && r.parts.length > 0) checked += r.values.filter(Boolean).length;
  const count = (rules: string[]) => findings.filter((f) => rules.includes(f.rule) && f.severity !== "info").length;
  return {
    checked,
    wrong: count(["sum.mismatch", "formula.range-omits-row"]),
    rounding: findings.filter((f) => f.rule === "sum.rounding").length,
    resultsWrong: count(["result.mismatch"]),
  };
}

/** The member rows of each table in its first period with groups, judged by the share findings. */
function memberShares(tables: BudgetTable[], findings: Finding[]): MemberShareTable[] {
  const out: MemberShareTable[] = [];
  for (const table of tables) {
    const p = table.periods.findIndex((_, i) => memberGroups(table, i).size === 3);
    if (p < 0) continue;
    const groups = memberGroups(table, p);
    const total = [...groups.values()].reduce((s, g) => s.plus(g.total), new Decimal(0));
    const year = table.periods[p].year;
    const shareFindings = findings.filter(
      (f) => SHARE_RULES.has(f.rule) && f.sheet === table.sheet && f.period === year
    );
    const rows = [...groups.values()].flatMap((g) =>
      g.rows.map((row, i) => {
        const amount = g.amounts[i];
        const hit =
          shareFindings.find((f) => f.cell === amount.cell || f.related.includes(amount.cell)) ??
          shareFindings.find((f) => g.amounts.some((a) => a.cell === f.cell));
        return {
          label: row.label,
          cell: amount.cell,
          amount: formatAmount(amount.value, table.unit),
          share: total.isZero() ? "–" : percentText(amount.value.div(total)),
          expectedShare: EXPECTED_SHARE[g.group],
          badge: hit ? (hit.data?.agreed ? ("agreed" as const) : ("wrong" as const)) : ("ok" as const),
        };
      })
    );
    const period = periodLabel(table.periods[p]);
    out.push({
      sheet: table.sheet,
      tableKey: tableKey(table),
      period,
      total: formatAmount(total, table.unit),
      rows,
      singleLine: false,
    });
  }
  if (out.length > 0) return out;
  const single = findings.find((f) => f.rule === "shares.single-line");
  if (!single || !single.data || !single.actual) return out;
  const unit = single.unit ?? "kr";
  const part = (key: string) => formatAmount(new Decimal(String(single.data?.[key] ?? "0")), unit);
  const line = (label: string, key: string, share: string) => ({
    label,
    cell: single.cell,
    amount: part(key),
    share,
    expectedShare: share,
    badge: "unchecked" as const,
  });
  const table = tables.find((t) => t.sheet === single.sheet);
  return [
    {
      sheet: single.sheet,
      tableKey: table ? tableKey(table) : single.sheet,
      period: String(single.period ?? ""),
      total: formatAmount(new Decimal(single.actual), unit),
      rows: [line(S.state, "state", "50 %"), line(S.region, "region", "25 %"), line(S.kommuner, "kommuner", "25 %")],
      singleLine: true,
    },
  ];
}

/** Eget kapital at the end of each year, from every table's chain (the first table that states a year wins). */
function equitySeries(tables: BudgetTable[], grids: Grid[], settings: UserSettings, findings: Finding[]): EquitySeries {
  const unit: Unit =
    tables.find((t) => t.rows.some((r) => r.role === "equity-out" || r.role === "equity-in"))?.unit ?? "kr";
  const byYear = new Map<number, { value?: Decimal; result?: Decimal }>();
  const context = { tables, grids, settings };
  for (const table of tables) {
    for (const entry of chainYears(equityChain(table, context))) {
      const slot = byYear.get(entry.year) ?? {};
      const toUnit = (d: Decimal) => convertUnit(d, table.unit, unit);
      const result = entry.result && entry.result.year === entry.result.period.year ? entry.result.value : undefined;
      const closing =
        entry.closing?.value ?? (entry.opening && result !== undefined ? entry.opening.value.plus(result) : undefined);
      if (slot.value === undefined && closing !== undefined) slot.value = toUnit(closing);
      if (slot.result === undefined && result !== undefined) slot.result = toUnit(result);
      byYear.set(entry.year, slot);
    }
  }
  const uncovered = new Set(findings.filter((f) => f.rule === "equity.deficit-uncovered").map((f) => f.period));
  const years: EquityYear[] = [...byYear.entries()]
    .filter(([, s]) => s.value !== undefined)
    .sort(([a], [b]) => a - b)
    .map(([year, s]) => {
      const value = s.value as Decimal;
      const deficit = s.result !== undefined && s.result.lt(tolerance(unit, 1).negated());
      return {
        year,
        value: value.toFixed(),
        valueText: formatAmount(value, unit),
        shortText: formatAmount(value),
        deficit,
        resultText: s.result === undefined ? undefined : formatAmount(s.result, unit),
        uncovered: uncovered.has(year) || value.isNegative(),
      };
    });
  return { unit, years };
}

export function analyzePane(grids: Grid[], settings: UserSettings): PaneAnalysis {
  const { tables, findings } = analyzeWorkbook(grids, settings, settings.overrides);
  return {
    grids,
    settings,
    tables,
    findings,
    summaries: tables.map(summarize),
    counts: countBySeverity(findings),
    sums: sumsStatus(tables, findings),
    shares: memberShares(tables, findings),
    equity: equitySeries(tables, grids, settings, findings),
    prognosis: prognosisTables(tables)
      .map((t) => prognosisDefaults(tables, tableKey(t)))
      .filter((d): d is NonNullable<typeof d> => d !== undefined),
  };
}

/** The Kontrollrapport of what the pane shows, as a new sheet (never an existing name). */
export function reportSheet(analysis: PaneAnalysis, workbookName: string, createdAt: string): SheetSpec {
  const report = buildKontrollrapport({
    workbookName,
    createdAt,
    version: packageJson.version,
    grids: analysis.grids,
    tables: analysis.tables,
    findings: analysis.findings,
    settings: analysis.settings,
  });
  return reportSheetSpec(
    report,
    analysis.grids.map((g) => g.name)
  );
}
