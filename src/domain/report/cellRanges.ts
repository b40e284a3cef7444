// Sets of cells written compactly as A1 ranges: B3:D9 rather than twenty-one addresses.
import { rangeAddress } from "../grid";

export interface CellPosition {
  row: number;
  column: number;
}

/**
 * The cells as few rectangles as a simple sweep finds: runs of consecutive rows per column, then
 * neighbouring columns with the same run merged. Sorted by top row, then left column.
 */
export function compactRanges(cells: readonly CellPosition[]): string[] {
  const byColumn = new Map<number, number[]>();
  for (const c of cells) byColumn.set(c.column, [...(byColumn.get(c.column) ?? []), c.row]);
  const open = new Map<string, { top: number; bottom: number; left: number; right: number }>();
  const done: { top: number; bottom: number; left: number; right: number }[] = [];
  for (const column of [...byColumn.keys()].sort((a, b) => a - b)) {
    const runs = rowRuns(byColumn.get(column) ?? []);
    const keys = new Set(runs.map(([top, bottom]) => `${top}:${bottom}`));
    for (const [key, rect] of open) {
      if (!keys.has(key) || rect.right !== column - 1) {
        done.push(rect);
        open.delete(key);
      }
    }
    for (const [top, bottom] of runs) {
      const key = `${top}:${bottom}`;
      const rect = open.get(key);
      if (rect) rect.right = column;
      else open.set(key, { top, bottom, left: column, right: column });
    }
  }
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left).map(rangeAddress);
}

function rowRuns(rows: number[]): [number, number][] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const row of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[1] === row - 1) last[1] = row;
    else runs.push([row, row]);
  }
  return runs;
}
