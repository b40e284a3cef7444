// Hand-built BudgetTables for rule tests: labels in column A, one column per period from B.
import Decimal from "decimal.js";
import { address } from "../../src/domain/grid";
import type { CheckContext, CheckModule, Finding, UserSettings } from "../../src/domain/finding";
import type { BudgetRow, BudgetTable, MemberKind, Period, RowRole, TableKind, Unit } from "../../src/domain/table";

export interface RowSpec {
  label: string;
  role: RowRole;
  member?: MemberKind;
  side?: BudgetRow["side"];
  parts?: number[];
  /** One per period; null for an empty cell; a string is an amount written as text. */
  values: (number | string | null)[];
}

export interface TableSpec {
  sheet?: string;
  unit?: Unit;
  kind?: TableKind;
  years: number[];
  periodKind?: Period["kind"];
  /** Sheet row of the first row (default 2: row 1 is the header). */
  firstRow?: number;
  rows: RowSpec[];
}

export function buildTable(spec: TableSpec): BudgetTable {
  const first = spec.firstRow ?? 2;
  const periods: Period[] = spec.years.map((year, i) => ({
    column: i + 2,
    header: String(year),
    year,
    kind: spec.periodKind ?? "budget",
  }));
  const rows: BudgetRow[] = spec.rows.map((r, i) => {
    const row = first + i;
    const values = r.values.map((v, p) => {
      if (v === null) return undefined;
      const cell = address(row, p + 2);
      if (typeof v === "string") {
        const [text, amount] = v.split("|");
        return { value: new Decimal(amount), cell, source: "text" as const, text };
      }
      return { value: new Decimal(v), cell, source: "number" as const };
    });
    const out: BudgetRow = { row, label: r.label, role: r.role, values };
    if (r.member) out.member = r.member;
    if (r.side) out.side = r.side;
    if (r.parts) out.parts = r.parts;
    return out;
  });
  const last = first + spec.rows.length - 1;
  return {
    sheet: spec.sheet ?? "Budget",
    range: `A${first - 1}:${address(last, spec.years.length + 1)}`,
    kind: spec.kind ?? "budget",
    labelColumn: 1,
    periods,
    unit: spec.unit ?? "kr",
    rows,
    confidence: 1,
    reasons: [],
  };
}

export function contextOf(tables: BudgetTable[], settings: UserSettings = {}): CheckContext {
  return { tables, grids: [], settings };
}

/** A check module's check() on hand-built tables, with no grids. */
export function checkTables(module: CheckModule, tables: BudgetTable[], settings: UserSettings = {}): Finding[] {
  return module.check(tables, contextOf(tables, settings));
}

/** The fields a rule test compares: where a finding points and what it expected and found. */
export const brief = (f: Finding) => ({
  rule: f.rule,
  severity: f.severity,
  sheet: f.sheet,
  cell: f.cell,
  period: f.period,
  expected: f.expected,
  actual: f.actual,
});
