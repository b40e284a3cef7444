// The engine as the pane needs it: Grids + settings → PaneAnalysis (plain, formatted data).
// Loaded with import() so the recognition, the checks and fast-formula-parser are a lazy chunk.
import { analyzeWorkbook, countBySeverity } from "../../domain/analyze";
import type { Finding, UserSettings } from "../../domain/finding";
import type { Grid } from "../../domain/grid";
import type { BudgetTable } from "../../domain/table";
import { periodLabel } from "../../domain/checks/common";
import { buildKontrollrapport } from "../../domain/report/kontrollrapport";
import { reportSheetSpec } from "../../domain/report/sheet";
import type { SheetSpec } from "../../domain/sheetspec";
import packageJson from "../../../package.json";
import { equitySeries } from "./equity";
import { findingLines } from "./findingLines";
import { prognosisDefaults, prognosisTables } from "./prognosis";
import { memberShares } from "./shares";
import type { PaneAnalysis, SumsStatus, TableSummary } from "./types";

export { buildPrognosis } from "./prognosis";

const SUM_ROLES = new Set(["subtotal", "total-income", "total-cost"]);

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

export function analyzePane(grids: Grid[], settings: UserSettings): PaneAnalysis {
  const { tables, findings } = analyzeWorkbook(grids, settings, settings.overrides);
  return {
    grids,
    settings,
    tables,
    findings,
    checked: tables.length > 0,
    lines: findingLines(findings, tables, grids),
    summaries: tables.map(summarize),
    counts: countBySeverity(findings),
    sums: sumsStatus(tables, findings),
    shares: memberShares(tables, findings, settings),
    equity: equitySeries(tables, grids, settings, findings),
    prognosis: prognosisTables(tables)
      .map((t) => prognosisDefaults(tables, tableKey(t), grids))
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
