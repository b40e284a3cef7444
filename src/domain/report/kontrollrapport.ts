// The Kontrollrapport model: what the board and the auditors file. Built from the analysis alone;
// the date and the add-in's version come in from the caller, so the engine reads no clock.
import Decimal from "decimal.js";
import type { Finding, RuleMeta, Severity, UserSettings } from "../finding";
import type { Grid } from "../grid";
import type { BudgetTable, PeriodKind, Unit } from "../table";
import { allRules } from "../checks";
import { compactRanges } from "./cellRanges";
import { canonicalFigures, fingerprintOf, tableFigures, compareCodePoints, type Fingerprint } from "./fingerprint";
import { bySeverity } from "./order";
import { tablesInScope } from "./scope";

export interface ReportInput {
  /** The workbook's file name, as the reader knows it ("Budget 2024.xlsx"). */
  workbookName: string;
  /** ISO 8601, e.g. "2024-11-05T14:32:00+01:00". */
  createdAt: string;
  /** The add-in's version (package.json). */
  version: string;
  grids: Grid[];
  tables: BudgetTable[];
  findings: Finding[];
  settings?: UserSettings;
  /** The rules that ran; allRules() when not given. */
  rules?: RuleMeta[];
}

export interface ReportTable {
  sheet: string;
  range: string;
  title?: string;
  unit: Unit;
  years: number[];
  periods: { year: number; kind: PeriodKind; header: string }[];
  /** How many value cells the table has (its checked figures). */
  figures: number;
}

export type VerdictKind = "passed" | "errors" | "warnings" | "not-applicable";

export interface ReportCheck {
  rule: string;
  description: string;
  verdict: VerdictKind;
  errors: number;
  warnings: number;
  infos: number;
  /** The value cells of the tables the rule looked at, per sheet, as compact A1 ranges. */
  cells: { sheet: string; ranges: string[] }[];
}

export interface ReportFinding {
  rule: string;
  severity: Severity;
  sheet: string;
  cell: string;
  period?: number;
  unit?: Unit;
  expected?: string;
  actual?: string;
  /** actual − expected, a decimal string, when both are given. */
  difference?: string;
  message: string;
}

export interface Kontrollrapport {
  workbook: string;
  /** False when the workbook holds no budget table: nothing was checked (not a clean pass). */
  checked: boolean;
  createdAt: string;
  version: string;
  tables: ReportTable[];
  checks: ReportCheck[];
  findings: ReportFinding[];
  totals: { errors: number; warnings: number; infos: number; checks: number; passed: number; notApplicable: number };
  fingerprint: Fingerprint;
}

export function buildKontrollrapport(input: ReportInput): Kontrollrapport {
  const rules = input.rules ?? allRules();
  // Errors first, then warnings, then information; within each, the order the checks gave (sheet, row, column).
  const findings = bySeverity(input.findings).map(reportFinding);
  const checks = [...rules, ...unlistedRules(rules, input.findings)].map((rule) => reportCheck(rule, input));
  const totals = {
    errors: count(findings, "error"),
    warnings: count(findings, "warning"),
    infos: count(findings, "info"),
    checks: checks.length,
    passed: checks.filter((c) => c.verdict === "passed").length,
    notApplicable: checks.filter((c) => c.verdict === "not-applicable").length,
  };
  return {
    workbook: input.workbookName,
    checked: input.tables.length > 0,
    createdAt: input.createdAt,
    version: input.version,
    tables: input.tables.map((t) => reportTable(t, input.grids)),
    checks,
    findings,
    totals,
    fingerprint: fingerprintOf(input.tables, input.grids),
  };
}

function count(findings: ReportFinding[], severity: Severity): number {
  return findings.filter((f) => f.severity === severity).length;
}

/** A finding whose rule is not among the listed rules still gets its check line. */
function unlistedRules(rules: RuleMeta[], findings: Finding[]): RuleMeta[] {
  const known = new Set(rules.map((r) => r.id));
  const extra = [...new Set(findings.map((f) => f.rule).filter((id) => !known.has(id)))];
  return extra.map((id) => ({ id, description: "", fixable: false }));
}

function reportTable(table: BudgetTable, grids: Grid[]): ReportTable {
  return {
    sheet: table.sheet,
    range: table.range,
    ...(table.title ? { title: table.title } : {}),
    unit: table.unit,
    years: [...new Set(table.periods.map((p) => p.year))],
    periods: table.periods.map((p) => ({ year: p.year, kind: p.kind, header: p.header })),
    figures: canonicalFigures(tableFigures(table, grids)).length,
  };
}

function reportCheck(rule: RuleMeta, input: ReportInput): ReportCheck {
  const own = input.findings.filter((f) => f.rule === rule.id);
  const scope = new Set(tablesInScope(rule.id, { tables: input.tables, settings: input.settings ?? {} }));
  // A table where the rule reported something was looked at, whatever the scope says.
  for (const f of own) for (const t of input.tables) if (t.sheet === f.sheet && containsCell(t, f.cell)) scope.add(t);
  const errors = own.filter((f) => f.severity === "error").length;
  const warnings = own.filter((f) => f.severity === "warning").length;
  const infos = own.filter((f) => f.severity === "info").length;
  const verdict: VerdictKind =
    scope.size === 0 && own.length === 0 ? "not-applicable" : errors ? "errors" : warnings ? "warnings" : "passed";
  const tables = input.tables.filter((t) => scope.has(t));
  return {
    rule: rule.id,
    description: rule.description,
    verdict,
    errors,
    warnings,
    infos,
    cells: coveredCells(tables, input.grids),
  };
}

function containsCell(table: BudgetTable, cell: string): boolean {
  const figures = tableFigures(table, []);
  return (
    figures.some((f) => f.address === cell) || table.rows.some((r) => (r.problems ?? []).some((p) => p.cell === cell))
  );
}

function coveredCells(tables: BudgetTable[], grids: Grid[]): { sheet: string; ranges: string[] }[] {
  const bySheet = new Map<string, { row: number; column: number }[]>();
  for (const f of canonicalFigures(tables.flatMap((t) => tableFigures(t, grids)))) {
    bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f]);
  }
  return [...bySheet.entries()]
    .sort(([a], [b]) => compareCodePoints(a, b))
    .map(([sheet, cells]) => ({ sheet, ranges: compactRanges(cells) }));
}

/** Rules whose expected figure is a yardstick (the eget kapital available, a ceiling), not what the cell should hold. */
const NO_DIFFERENCE = /^equity\.(deficit-covered|deficit-uncovered|above-recommendation|ratio)$/;

function reportFinding(f: Finding): ReportFinding {
  const comparable = f.expected !== undefined && f.actual !== undefined && !NO_DIFFERENCE.test(f.rule);
  const difference = comparable ? differenceOf(f.actual ?? "", f.expected ?? "") : undefined;
  return {
    rule: f.rule,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    ...(f.period !== undefined ? { period: f.period } : {}),
    ...(f.unit ? { unit: f.unit } : {}),
    ...(f.expected !== undefined ? { expected: f.expected } : {}),
    ...(f.actual !== undefined ? { actual: f.actual } : {}),
    ...(difference !== undefined ? { difference } : {}),
    message: difference !== undefined ? withoutDifference(f.message) : f.message,
  };
}

/**
 * The message without its "(diff 300 tkr)": the report gives the difference in a column of its
 * own, signed (actual − expected), and the same figure twice with two signs only confuses.
 */
export function withoutDifference(message: string): string {
  return message.replace(/ \(diff [^()]*\)/, "");
}

function differenceOf(actual: string, expected: string): string | undefined {
  try {
    const d = new Decimal(actual).minus(new Decimal(expected));
    return d.isZero() ? "0" : d.toFixed();
  } catch {
    return undefined; // not decimal strings: nothing to subtract
  }
}

/** "2024-11-05T14:32:07+01:00" → { date: "2024-11-05", dateTime: "2024-11-05 14:32 (UTC+01:00)" }. */
export function reportDate(iso: string): { date: string; dateTime: string } {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?/.exec(iso.trim());
  if (!m) return { date: iso, dateTime: iso };
  const zone = m[3] === undefined ? "" : m[3] === "Z" ? " (UTC)" : ` (UTC${m[3]})`;
  return { date: m[1], dateTime: m[2] ? `${m[1]} ${m[2]}${zone}` : m[1] };
}
