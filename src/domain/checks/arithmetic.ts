// A budget table's arithmetic, computed once and shared by the rule modules: the table as the
// general layer sees it (lines × the periods and any total or variance column), its accepted
// aggregations (recognition's, or for a table laid by hand its rows' parts, its Totalt column and
// its balance identity), and each aggregation's verdict at each cell.
import { cellAt, cellText, type Grid } from "../grid";
import { balanceRows } from "../recognize/proposals";
import type { Amount, BudgetRow, BudgetTable } from "../table";
import {
  exactInKronor,
  figureOf,
  type Aggregation,
  type Figure,
  type FigureTable,
  type SheetAggregation,
} from "../tables";
import { judgeTable, type Arithmetic, type Instance } from "../tables/judge";

export interface TableArithmetic extends Arithmetic {
  budget: BudgetTable;
  /** Sheet row → line index. */
  lineOf: Map<number, number>;
  /** The verdict of a row's own sum (its parts) in a period, if it has one there. */
  sumAt(row: BudgetRow, period: number): Instance | undefined;
  /** The instances of one aggregation, by series. */
  instancesOf(a: Aggregation): Map<number, Instance>;
}

interface Cached {
  rows: BudgetRow[];
  aggregations: SheetAggregation[] | undefined;
  withGrid: boolean;
  value: TableArithmetic;
}

const cache = new WeakMap<BudgetTable, Cached>();

/** The table's arithmetic; the sheet, when given, adds its total and variance columns. */
export function arithmeticOf(table: BudgetTable, grids?: readonly Grid[]): TableArithmetic {
  const grid = grids?.find((g) => g.name === table.sheet);
  const hit = cache.get(table);
  if (hit && hit.rows === table.rows && hit.aggregations === table.aggregations && (hit.withGrid || !grid))
    return hit.value;
  const value = compute(table, grid);
  cache.set(table, { rows: table.rows, aggregations: table.aggregations, withGrid: !!grid, value });
  return value;
}

/** A period's figure as the general layer reads it: decimals as written (text) or as stored. */
function figureOfAmount(a: Amount): Figure {
  const written = a.text ? /\d[,.](\d{1,2})\s*[^\d]*$/.exec(a.text.trim()) : null;
  const decimals = Math.min(Math.max(a.value.decimalPlaces(), written ? written[1].length : 0), 6);
  return { value: a.value, decimals, cell: a.cell, source: a.source };
}

function extraColumns(table: BudgetTable): number[] {
  const periods = new Set(table.periods.map((p) => p.column));
  const out = new Set<number>();
  if (table.totalColumn !== undefined) out.add(table.totalColumn);
  for (const c of table.otherColumns ?? []) if (!periods.has(c)) out.add(c);
  for (const a of table.aggregations ?? []) {
    if (a.axis !== "columns") continue;
    for (const c of [a.total, ...a.parts]) if (!periods.has(c)) out.add(c);
  }
  return [...out].sort((x, y) => x - y);
}

function compute(table: BudgetTable, grid: Grid | undefined): TableArithmetic {
  const extra = grid ? extraColumns(table) : [];
  const columns = [
    ...table.periods.map((p) => ({ column: p.column, header: p.header })),
    ...extra.map((c) => ({ column: c, header: grid ? headerAbove(grid, table, c) : "" })),
  ];
  const lines = table.rows.map((row) => ({
    row: row.row,
    label: row.label,
    key: row.label.toLowerCase(),
    figures: columns.map((c, k) => {
      if (k < table.periods.length) return row.values[k] ? figureOfAmount(row.values[k]!) : undefined;
      return grid ? figureOf(cellAt(grid, row.row, c.column), row.row, c.column) : undefined;
    }),
    marks: {},
  }));
  const figures: FigureTable = { sheet: table.sheet, lines, columns, exact: false };
  figures.exact = kronorStated(table) && exactInKronor(figures);
  const lineOf = new Map(table.rows.map((r, i) => [r.row, i]));
  const columnOf = new Map(columns.map((c, i) => [c.column, i]));
  const aggregations = aggregationsOf(table, lineOf, columnOf);
  const arithmetic = judgeTable(figures, aggregations);
  const byAggregation = new Map<Aggregation, Map<number, Instance>>();
  for (const i of arithmetic.instances) {
    let m = byAggregation.get(i.aggregation);
    if (!m) byAggregation.set(i.aggregation, (m = new Map()));
    m.set(i.series, i);
  }
  const instancesOf = (a: Aggregation) => byAggregation.get(a) ?? new Map<number, Instance>();
  return {
    ...arithmetic,
    budget: table,
    lineOf,
    instancesOf,
    sumAt(row, period) {
      const line = lineOf.get(row.row);
      const a = line === undefined ? undefined : arithmetic.primary.get(line);
      return a ? instancesOf(a).get(period) : undefined;
    },
  };
}

/** The text heading a column, read in the rows above the table's first row. */
function headerAbove(grid: Grid, table: BudgetTable, column: number): string {
  const first = table.rows.length ? table.rows[0].row : 1;
  for (let r = first - 1; r >= Math.max(1, first - 4); r--) {
    const text = cellText(cellAt(grid, r, column));
    if (text) return text;
  }
  return "";
}

/** Kronor stated: sums are exact (figures permitting). Tkr, Mkr or no unit stated: every figure was rounded. */
function kronorStated(table: BudgetTable): boolean {
  return table.unit === "kr" && table.unitSource !== "none";
}

function aggregationsOf(table: BudgetTable, lineOf: Map<number, number>, columnOf: Map<number, number>): Aggregation[] {
  if (table.aggregations) {
    const out: Aggregation[] = [];
    for (const a of table.aggregations) {
      const index = a.axis === "rows" ? lineOf : columnOf;
      const total = index.get(a.total);
      const parts = a.parts.map((p) => index.get(p));
      if (total === undefined || parts.some((p) => p === undefined)) continue;
      out.push({ ...a, total, parts: parts as number[], signs: [...a.signs] });
    }
    // A row whose parts were set after recognition (by hand) counts as its parts say.
    return withRowParts(table, out, lineOf);
  }
  const out = withRowParts(table, [], lineOf);
  if (table.totalColumn !== undefined && columnOf.has(table.totalColumn) && table.periods.length > 1) {
    const parts = table.periods.map((_, i) => i);
    out.push({
      axis: "columns",
      total: columnOf.get(table.totalColumn)!,
      parts,
      signs: parts.map(() => 1),
      kind: "sum",
      basis: "given",
    });
  }
  const balance = balanceRows(table.rows);
  if (balance) {
    const parts = balance.parts.map((r) => lineOf.get(r.row)!);
    out.push({
      axis: "rows",
      total: lineOf.get(balance.total.row)!,
      parts,
      signs: parts.map(() => 1),
      kind: "identity",
      basis: "given",
    });
  }
  return out;
}

/** The rows' parts as the first sum of each row (ahead of what recognition found for it otherwise). */
function withRowParts(table: BudgetTable, found: Aggregation[], lineOf: Map<number, number>): Aggregation[] {
  const out: Aggregation[] = [];
  const set = new Set<number>();
  table.rows.forEach((row, i) => {
    if (!row.parts || row.parts.length === 0) return;
    const parts = row.parts.map((r) => lineOf.get(r)).filter((p): p is number => p !== undefined && p !== i);
    if (parts.length === 0) return;
    const signs = row.signs && row.signs.length === row.parts.length ? [...row.signs] : parts.map(() => 1 as const);
    const same = found.find(
      (a) => a.axis === "rows" && a.kind === "sum" && a.total === i && a.parts.join() === parts.join()
    );
    out.push(same ?? { axis: "rows", total: i, parts, signs, kind: "sum", basis: row.basis ?? "given" });
    set.add(i);
  });
  for (const a of found)
    if (!out.includes(a) && !(a.axis === "rows" && a.kind === "sum" && set.has(a.total) && isPrimaryOf(a, found)))
      out.push(a);
  return out;
}

/** Whether a is the first sum found for its total (replaced by the row's own parts). */
function isPrimaryOf(a: Aggregation, found: Aggregation[]): boolean {
  return found.find((b) => b.axis === "rows" && b.kind === "sum" && b.total === a.total) === a;
}
