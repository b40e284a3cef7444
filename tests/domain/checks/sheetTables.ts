// BudgetTables laid by hand over the real fixture grids (the figures read from the cells, as
// recognition would read them), so the arithmetic checks can be tested on the seeds as written.
import { cellAmount, splitLabelAmount } from "../../../src/domain/amount";
import type { CheckContext, UserSettings } from "../../../src/domain/finding";
import { address, cellAt, cellText, type Grid } from "../../../src/domain/grid";
import type { Amount, BudgetRow, BudgetTable, Period, RowRole, TableKind, Unit } from "../../../src/domain/table";

export interface SheetRow {
  row: number;
  role: RowRole;
  parts?: number[];
  side?: BudgetRow["side"];
  sign?: 1 | -1;
}

export interface SheetTable {
  sheet: string;
  unit: Unit;
  kind?: TableKind;
  labelColumn?: number;
  /** [column, year, kind]. */
  periods: [number, number, Period["kind"]][];
  rows: SheetRow[];
}

/** A cell's amount as recognition reads it: a number, a text amount, or a label ending in an amount. */
function amountAt(grid: Grid, row: number, column: number): Amount | undefined {
  const cell = cellAt(grid, row, column);
  const cell1 = address(row, column);
  const a = cellAmount(cell);
  if (a) return { value: a.value, cell: cell1, source: a.source, ...(a.text !== undefined ? { text: a.text } : {}) };
  if (cell?.value.type !== "string") return undefined;
  const split = splitLabelAmount(cell.value.value);
  return split ? { value: split.amount.value, cell: cell1, source: "text", text: cell.value.value } : undefined;
}

export function tableOnSheet(grids: Grid[], spec: SheetTable): BudgetTable {
  const grid = grids.find((g) => g.name === spec.sheet);
  if (!grid) throw new Error(`no sheet ${spec.sheet}`);
  const labelColumn = spec.labelColumn ?? 1;
  const periods: Period[] = spec.periods.map(([column, year, kind]) => ({
    column,
    year,
    kind,
    header: cellText(cellAt(grid, spec.rows[0].row - 1, column)),
  }));
  const rows: BudgetRow[] = spec.rows.map((r) => {
    const out: BudgetRow = {
      row: r.row,
      label: cellText(cellAt(grid, r.row, labelColumn)),
      role: r.role,
      values: periods.map((p) => amountAt(grid, r.row, p.column)),
    };
    if (r.parts) out.parts = r.parts;
    if (r.side) out.side = r.side;
    if (r.sign) out.sign = r.sign;
    return out;
  });
  const first = Math.min(...spec.rows.map((r) => r.row)) - 1;
  const last = Math.max(...spec.rows.map((r) => r.row));
  const right = Math.max(...periods.map((p) => p.column));
  return {
    sheet: spec.sheet,
    range: `${address(first, labelColumn)}:${address(last, right)}`,
    kind: spec.kind ?? "budget",
    labelColumn,
    periods,
    unit: spec.unit,
    rows,
    confidence: 1,
    reasons: [],
  };
}

export function contextFor(tables: BudgetTable[], grids: Grid[], settings: UserSettings = {}): CheckContext {
  return { tables, grids, settings };
}

/** Rows from..to (inclusive) as plain items of one side. */
export function items(from: number, to: number, side: BudgetRow["side"], skip: number[] = []): SheetRow[] {
  const out: SheetRow[] = [];
  for (let r = from; r <= to; r++) if (!skip.includes(r)) out.push({ row: r, role: "item", side });
  return out;
}

export function range(from: number, to: number, skip: number[] = []): number[] {
  const out: number[] = [];
  for (let r = from; r <= to; r++) if (!skip.includes(r)) out.push(r);
  return out;
}
