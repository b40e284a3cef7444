// sum.mismatch, sum.rounding: every Summa against its parts, per period, and a Totalt column against its periods.
import type Decimal from "decimal.js";
import { cellAmount } from "../amount";
import type { CheckContext, CheckModule, Finding } from "../finding";
import { address, cellAt, cellText, parseRange, type Grid } from "../grid";
import type { BudgetRow, BudgetTable } from "../table";
import { findingStrings } from "../strings";
import { cellOf, decimalString, gridOf, makeFinding, money, periodLabel, sumFormula, sumOf, tolerance } from "./common";
import { hierarchy, leafCount, partRows, shownValue, trueValue, type Hierarchy } from "./hierarchy";

export const sums: CheckModule = {
  rules: [
    { id: "sum.mismatch", description: "En summa skiljer sig från summan av sina poster.", fixable: true },
    {
      id: "sum.rounding",
      description: "En summa i tkr eller Mkr skiljer sig från posterna bara inom avrundningen.",
      fixable: false,
    },
  ],
  check(tables, context) {
    const findings: Finding[] = [];
    for (const table of tables) {
      const h = hierarchy(table);
      const grid = gridOf(context, table.sheet);
      for (const row of table.rows) {
        // A result that sums its terms is results.ts's to judge: one finding per cell and cause.
        if (row.role === "result" || partRows(h, row).length === 0) continue;
        table.periods.forEach((_, p) => {
          const finding = checkSum(h, grid, row, p);
          if (finding) findings.push(finding);
        });
      }
      if (table.totalColumn !== undefined) findings.push(...checkRowTotals(table, context));
    }
    return findings;
  },
};

/** Where a sum's stated figure stands against its parts; undefined when nothing can be said. */
export interface SumVerdict {
  stated: Decimal;
  /** The parts as shown (a part that is itself a wrong sum counts as written). */
  shownSum: Decimal;
  /** The parts as their leaves add up. */
  trueSum: Decimal;
  verdict: "exact" | "rounding" | "mismatch" | "text-skipped";
}

export function sumVerdict(h: Hierarchy, row: BudgetRow, p: number): SumVerdict | undefined {
  const amount = row.values[p];
  const parts = partRows(h, row);
  if (!amount || parts.length === 0) return undefined;
  const shown = parts.map((part) => shownValue(h, part, p));
  if (shown.every((v) => v === undefined)) return undefined;
  const stated = amount.value;
  const shownSum = sumOf(shown);
  const trueSum = sumOf(parts.map((part) => trueValue(h, part, p)));
  const base = { stated, shownSum, trueSum };
  if (stated.eq(shownSum) || stated.eq(trueSum)) return { ...base, verdict: "exact" };
  // Excel's SUM skips numbers stored as text: number.as-text reports that cause, at the text cell.
  if (amount.source === "formula") {
    const excelSum = sumOf(
      parts.map((part) => (part.values[p]?.source === "text" ? undefined : shown[parts.indexOf(part)]))
    );
    if (stated.eq(excelSum)) return { ...base, verdict: "text-skipped" };
  }
  const unit = h.table.unit;
  const nearShown = stated
    .minus(shownSum)
    .abs()
    .lte(tolerance(unit, parts.length + 1));
  const nearTrue = stated
    .minus(trueSum)
    .abs()
    .lte(tolerance(unit, leafCount(h, row) + 1));
  return { ...base, verdict: nearShown || nearTrue ? "rounding" : "mismatch" };
}

function checkSum(h: Hierarchy, grid: Grid | undefined, row: BudgetRow, p: number): Finding | undefined {
  const v = sumVerdict(h, row, p);
  if (!v || v.verdict === "exact" || v.verdict === "text-skipped") return undefined;
  const table = h.table;
  const period = table.periods[p];
  const amount = row.values[p];
  const cell = cellOf(table, row, p);
  const parts = partRows(h, row);
  const related = partsRange(
    table,
    parts.map((r) => r.row),
    period.column
  );
  const unit = table.unit;
  const diff = money(v.stated.minus(v.shownSum).abs(), unit);
  const pieces = [row.label, periodLabel(period), money(v.stated, unit), money(v.shownSum, unit), diff] as const;
  if (v.verdict === "rounding") {
    return makeFinding({
      rule: "sum.rounding",
      severity: "info",
      table,
      cell,
      period,
      expected: v.shownSum,
      actual: v.stated,
      related,
      message: findingStrings.sumRounding(...pieces),
    });
  }
  const oldValue = amount?.source === "text" ? (amount.text ?? decimalString(v.stated)) : decimalString(v.stated);
  const newValue =
    amount?.source === "formula"
      ? sumFormula(
          grid,
          period.column,
          parts.map((r) => r.row)
        )
      : decimalString(v.shownSum);
  return makeFinding({
    rule: "sum.mismatch",
    severity: "error",
    table,
    cell,
    period,
    expected: v.shownSum,
    actual: v.stated,
    related,
    message: findingStrings.sumMismatch(...pieces),
    fix: { newValue, oldValue: amount?.source === "formula" ? (cellFormula(grid, cell) ?? oldValue) : oldValue },
  });
}

function cellFormula(grid: Grid | undefined, a1: string): string | undefined {
  const range = parseRange(a1);
  return grid && range ? cellAt(grid, range.top, range.left)?.formula : undefined;
}

/** "C12:C40" when the parts run without a break in the table's rows, else the cells one by one. */
function partsRange(table: BudgetTable, rows: number[], column: number): string[] {
  const sorted = [...rows].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const between = table.rows.filter((r) => r.row > first && r.row < last && r.values.some((v) => v));
  const allParts = between.every((r) => sorted.includes(r.row));
  if (allParts && sorted.length > 1) return [`${address(first, column)}:${address(last, column)}`];
  return sorted.map((r) => address(r, column));
}

/** A Totalt column against the sum of the periods, row by row. */
function checkRowTotals(table: BudgetTable, context: CheckContext): Finding[] {
  const grid = gridOf(context, table.sheet);
  const column = table.totalColumn;
  if (!grid || column === undefined) return [];
  const header = totalHeader(table, grid, column);
  const h = hierarchy(table);
  const findings: Finding[] = [];
  for (const row of table.rows) {
    const total = cellAmount(cellAt(grid, row.row, column));
    const values = row.values.filter((v) => v !== undefined);
    if (!total || values.length === 0) continue;
    const expected = sumOf(values.map((v) => v?.value));
    const diff = total.value.minus(expected);
    if (diff.isZero() || addsUpDown(h, grid, row, column, total.value)) continue;
    const rounding = diff.abs().lte(tolerance(table.unit, values.length + 1));
    const pieces = [
      row.label,
      header,
      money(total.value, table.unit),
      money(expected, table.unit),
      money(diff.abs(), table.unit),
    ] as const;
    const cell = address(row.row, column);
    const first = table.periods[0]?.column ?? column;
    const last = table.periods[table.periods.length - 1]?.column ?? column;
    findings.push(
      makeFinding({
        rule: rounding ? "sum.rounding" : "sum.mismatch",
        severity: rounding ? "info" : "error",
        table,
        cell,
        expected,
        actual: total.value,
        related: [`${address(row.row, first)}:${address(row.row, last)}`],
        message: rounding ? findingStrings.rowTotalRounding(...pieces) : findingStrings.rowTotalMismatch(...pieces),
        fix:
          rounding || total.source === "formula"
            ? undefined
            : { newValue: decimalString(expected), oldValue: total.text ?? decimalString(total.value) },
      })
    );
  }
  return findings;
}

/** A Totalt cell of a sum row that equals the Totalt cells of its parts: the break, if any, is above it. */
function addsUpDown(h: Hierarchy, grid: Grid, row: BudgetRow, column: number, total: Decimal): boolean {
  const parts = partRows(h, row);
  if (parts.length === 0) return false;
  return total.eq(sumOf(parts.map((part) => cellAmount(cellAt(grid, part.row, column))?.value)));
}

/** The Totalt column's header text, read above the table's first row with a figure. */
function totalHeader(table: BudgetTable, grid: Grid, column: number): string {
  const range = parseRange(table.range.split("!").pop() ?? "");
  const firstData = Math.min(...table.rows.map((r) => r.row));
  for (let r = firstData - 1; r >= (range?.top ?? 1) - 1 && r >= 1; r--) {
    const text = cellText(cellAt(grid, r, column));
    if (text) return text;
  }
  return findingStrings.totalColumn;
}
