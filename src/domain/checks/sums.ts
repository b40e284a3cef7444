// sum.mismatch, sum.rounding: every accepted sum of a table against its parts, at each of its
// cells (a Summa row in each period, a Totalt column in each row), in budget tables and in every
// other table of the workbook. A mismatch is reported only where the sum is evidenced apart from
// the disputed cell (tables/judge.ts); a difference within the rounding of the figures is info.
import type Decimal from "decimal.js";
import type { CheckModule, Finding } from "../finding";
import { address, cellAt, cellText, parseRange, type Grid } from "../grid";
import type { BudgetRow, BudgetTable } from "../table";
import type { Aggregation } from "../tables";
import type { Instance } from "../tables/judge";
import { findingStrings } from "../strings";
import { arithmeticOf, type TableArithmetic } from "./arithmetic";
import { decimalString, gridOf, makeFinding, money, periodLabel, sumFormula } from "./common";
import { generalSumFindings } from "./generalFindings";
import { hierarchy, partRows, type Hierarchy } from "./hierarchy";
import { mismatchesByCell, partCause } from "./partCauses";

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
      const ta = arithmeticOf(table, context.grids);
      const grid = gridOf(context, table.sheet);
      for (const a of ta.aggregations) {
        if (a.kind !== "sum") continue;
        if (a.axis === "rows") findings.push(...rowSumFindings(ta, grid, a));
        else if (a.basis === "given") findings.push(...columnSumFindings(ta, grid, a));
      }
    }
    findings.push(...generalSumFindings(context));
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
  if (partRows(h, row).length === 0) return undefined;
  const i = arithmeticOf(h.table).sumAt(row, p);
  return i ? { stated: i.stated, shownSum: i.shown, trueSum: i.true, verdict: i.verdict } : undefined;
}

/** A row the sum checks speak for: a sum the table's rows carry (a result's mismatch is results.ts's to report). */
function judgedHere(ta: TableArithmetic, a: Aggregation): BudgetRow | undefined {
  const row = ta.budget.rows[a.total];
  if (!row || !row.parts || row.parts.length === 0) return undefined;
  return row;
}

function rowSumFindings(ta: TableArithmetic, grid: Grid | undefined, a: Aggregation): Finding[] {
  const row = judgedHere(ta, a);
  if (!row) return [];
  const out: Finding[] = [];
  for (const i of ta.instancesOf(a).values()) {
    const f = sumFinding(ta, grid, row, a, i);
    if (!f) continue;
    // Off only because a part is wrong by its own row's arithmetic: that part is the cause.
    const cause = f.rule === "sum.mismatch" ? partCause(ta, i, mismatchesOf(ta)) : undefined;
    if (cause) f.followsFrom = { sheet: f.sheet, cells: [cause] };
    out.push(f);
  }
  return out;
}

const mismatchMaps = new WeakMap<TableArithmetic, Map<string, Instance>>();

function mismatchesOf(ta: TableArithmetic): Map<string, Instance> {
  let m = mismatchMaps.get(ta);
  if (!m) mismatchMaps.set(ta, (m = mismatchesByCell(ta)));
  return m;
}

function sumFinding(
  ta: TableArithmetic,
  grid: Grid | undefined,
  row: BudgetRow,
  a: Aggregation,
  i: Instance
): Finding | undefined {
  if (i.verdict === "exact" || i.verdict === "text-skipped") return undefined;
  const table = ta.budget;
  const p = i.series;
  // A result in a period is results.ts's to judge, in a Totalt column the row total's; down an
  // Avvikelse column nothing else checks it, and its terms are a plain sum.
  const column = ta.table.columns[p].column;
  const variance = (table.varianceColumns ?? []).some((v) => v.column === column);
  const resultsJudge = row.role === "result" && !variance;
  if (i.verdict === "mismatch" && (!i.judged || resultsJudge)) return undefined;
  // A period's column, or another column of figures (Avvikelse, Förändring) named by its header.
  const period = p < table.periods.length ? table.periods[p] : undefined;
  const figure = ta.table.lines[a.total].figures[p];
  const amount = period ? row.values[p] : undefined;
  const cell = figure?.cell ?? address(row.row, column);
  const partRowsOf = a.parts.map((k) => table.rows[k].row);
  const related = partsRange(ta, partRowsOf, column);
  const unit = table.unit;
  const diff = money(i.stated.minus(i.shown).abs(), unit);
  const place = period ? periodLabel(period) : ta.table.columns[p].header;
  const pieces = [row.label, place, money(i.stated, unit), money(i.shown, unit), diff] as const;
  if (i.verdict === "rounding") {
    return makeFinding({
      rule: "sum.rounding",
      severity: "info",
      table,
      cell,
      ...(period ? { period } : {}),
      expected: i.shown,
      actual: i.stated,
      related,
      message: findingStrings.sumRounding(...pieces),
    });
  }
  const plain = a.signs.every((s) => s > 0);
  const source = figure?.source;
  const oldValue =
    source === "text"
      ? (amount?.text ?? writtenText(grid, row.row, column) ?? decimalString(i.stated))
      : decimalString(i.stated);
  const newValue = source === "formula" && plain ? sumFormula(grid, column, partRowsOf) : decimalString(i.shown);
  return makeFinding({
    rule: "sum.mismatch",
    severity: "error",
    table,
    cell,
    ...(period ? { period } : {}),
    expected: i.shown,
    actual: i.stated,
    related,
    message: findingStrings.sumMismatch(...pieces),
    fix: { newValue, oldValue: source === "formula" ? (cellFormula(grid, cell) ?? oldValue) : oldValue },
  });
}

function cellFormula(grid: Grid | undefined, a1: string): string | undefined {
  const range = parseRange(a1);
  return grid && range ? cellAt(grid, range.top, range.left)?.formula : undefined;
}

/** "C12:C40" when the parts run without a break among the table's rows with figures, else the cells one by one. */
function partsRange(ta: TableArithmetic, rows: number[], column: number): string[] {
  const sorted = [...rows].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const first = ta.lineOf.get(sorted[0]) ?? 0;
  const last = ta.lineOf.get(sorted[sorted.length - 1]) ?? 0;
  const parts = new Set(sorted);
  let allParts = true;
  for (let k = first + 1; k < last && allParts; k++) {
    const r = ta.budget.rows[k];
    if (r.values.some((v) => v) && !parts.has(r.row)) allParts = false;
  }
  if (allParts && sorted.length > 1)
    return [`${address(sorted[0], column)}:${address(sorted[sorted.length - 1], column)}`];
  return sorted.map((r) => address(r, column));
}

/** A Totalt column against the periods it sums, row by row. */
function columnSumFindings(ta: TableArithmetic, grid: Grid | undefined, a: Aggregation): Finding[] {
  const table = ta.budget;
  const h = hierarchy(table);
  const column = ta.table.columns[a.total].column;
  const header = totalHeader(table, grid, column);
  const out: Finding[] = [];
  for (const i of ta.instancesOf(a).values()) {
    if (i.verdict === "exact" || i.verdict === "text-skipped" || (i.verdict === "mismatch" && !i.judged)) continue;
    const row = table.rows[i.series];
    if (downFromParts(ta, h, row, a)) continue;
    const total = ta.table.lines[i.series].figures[a.total];
    const diff = i.stated.minus(i.shown);
    const rounding = i.verdict === "rounding";
    const pieces = [
      row.label,
      header,
      money(i.stated, table.unit),
      money(i.shown, table.unit),
      money(diff.abs(), table.unit),
    ] as const;
    const columns = a.parts.map((p) => ta.table.columns[p].column);
    out.push(
      makeFinding({
        rule: rounding ? "sum.rounding" : "sum.mismatch",
        severity: rounding ? "info" : "error",
        table,
        cell: address(row.row, column),
        expected: i.shown,
        actual: i.stated,
        related: [
          `${address(
            row.row,
            columns.reduce((m, c) => Math.min(m, c))
          )}:${address(
            row.row,
            columns.reduce((m, c) => Math.max(m, c))
          )}`,
        ],
        message: rounding ? findingStrings.rowTotalRounding(...pieces) : findingStrings.rowTotalMismatch(...pieces),
        fix:
          rounding || total?.source === "formula"
            ? undefined
            : {
                newValue: decimalString(i.shown),
                oldValue: writtenText(grid, row.row, column) ?? decimalString(i.stated),
              },
      })
    );
  }
  return out;
}

/** A Totalt cell of a sum row that equals the Totalt cells of its parts: the break, if any, is above it. */
function downFromParts(ta: TableArithmetic, h: Hierarchy, row: BudgetRow, a: Aggregation): boolean {
  const parts = partRows(h, row);
  if (parts.length === 0) return false;
  const figure = (r: BudgetRow) => ta.table.lines[ta.lineOf.get(r.row)!].figures[a.total]?.value;
  const total = figure(row);
  if (!total) return false;
  let sum = total.minus(total);
  for (const part of parts) {
    const v = figure(part);
    if (v) sum = sum.plus(v);
  }
  return total.eq(sum);
}

/** A cell's text when it holds an amount written as text, for the old value of a fix. */
function writtenText(grid: Grid | undefined, row: number, column: number): string | undefined {
  const v = grid ? cellAt(grid, row, column)?.value : undefined;
  return v?.type === "string" ? v.value : undefined;
}

/** The Totalt column's header text, read above the table's first row. */
function totalHeader(table: BudgetTable, grid: Grid | undefined, column: number): string {
  const range = parseRange(table.range.split("!").pop() ?? "");
  const firstData = table.rows.length ? table.rows[0].row : (range?.top ?? 1);
  for (let r = firstData - 1; grid && r >= (range?.top ?? 1) - 1 && r >= 1; r--) {
    const text = cellText(cellAt(grid, r, column));
    if (text) return text;
  }
  return findingStrings.totalColumn;
}
