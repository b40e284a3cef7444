// Where a formula cell stands (the recognised table and period holding it, if any), and a
// Finding at a sheet cell in that table's unit and period.
import type { Finding, Severity } from "../finding";
import { address, parseRange, rangeContains, type Grid } from "../grid";
import type { BudgetTable, Period } from "../table";
import type { ShapedCell } from "./formulaLines";

/** Where a cell stands: the recognised table holding it and the period of its column, if any. */
export interface Placement {
  table?: BudgetTable;
  period?: Period;
}

export type Placer = (row: number, column: number) => Placement;

export function placer(tables: readonly BudgetTable[], sheet: string): Placer {
  const own = tables
    .filter((t) => t.sheet === sheet)
    .map((t) => ({ table: t, range: parseRange(t.range) }))
    .filter((t) => t.range !== undefined);
  return (row, column) => {
    const hit = own.find((t) => t.range && rangeContains(t.range, row, column));
    if (!hit) return {};
    return { table: hit.table, period: hit.table.periods.find((p) => p.column === column) };
  };
}

/** A finding on a sheet, in a table's unit and period where the cell stands in one. */
export function sheetFinding(
  rule: string,
  severity: Severity,
  grid: Grid,
  cell: ShapedCell,
  place: Placement,
  message: string,
  extra: Partial<Finding> = {}
): Finding {
  const finding: Finding = {
    rule,
    severity,
    sheet: grid.name,
    cell: address(cell.row, cell.column),
    related: [],
    message,
    ...extra,
  };
  if (place.table) finding.unit = place.table.unit;
  if (place.period) finding.period = place.period.year;
  return finding;
}
