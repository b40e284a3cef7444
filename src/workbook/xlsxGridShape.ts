// The shape of a Grid as the reader leaves it: rows without cells share one frozen empty row (so a
// cell in row 1 048 576 costs a pointer per row above it, not an array), a row keeps its holes (a
// cell in column XFD does not fill the columns before it), and the cells a merged area covers are
// dropped, as Excel shows them empty, without visiting the area cell by cell.
import type { Cell, CellRange } from "../domain/grid";

type Row = (Cell | undefined)[];

const NO_CELLS = Object.freeze([]) as unknown as Row;

/** Rows in place: every missing row becomes the shared, frozen empty row. */
export function finishRows(rows: Row[]): Row[] {
  for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = NO_CELLS;
  return rows;
}

/**
 * Drops every cell inside a merged area but its top-left one. One sweep down the rows that have
 * cells, with the merges that span the current row kept sorted by their left column.
 */
export function coverMerges(rows: Row[], merges: CellRange[]): void {
  if (merges.length === 0) return;
  const byTop = [...merges].sort((a, b) => a.top - b.top);
  let next = 0;
  let active: CellRange[] = [];
  let lowestBottom = Infinity;
  rows.forEach((line, index) => {
    const r = index + 1;
    let changed = false;
    while (next < byTop.length && byTop[next].top <= r) {
      const merge = byTop[next++];
      if (merge.bottom < r) continue;
      active.push(merge);
      if (merge.bottom < lowestBottom) lowestBottom = merge.bottom;
      changed = true;
    }
    if (lowestBottom < r) {
      active = active.filter((m) => m.bottom >= r);
      lowestBottom = active.reduce((low, m) => Math.min(low, m.bottom), Infinity);
      changed = true;
    }
    if (active.length === 0 || line === NO_CELLS) return;
    if (changed) active.sort((a, b) => a.left - b.left);
    line.forEach((_, i) => {
      const c = i + 1;
      const merge = mergeAt(active, c);
      if (merge && !(merge.top === r && merge.left === c)) delete line[i];
    });
  });
}

/** The active merge whose columns hold c (binary search on left; active merges do not overlap). */
function mergeAt(active: CellRange[], c: number): CellRange | undefined {
  let low = 0;
  let high = active.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (active[mid].left <= c) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  const merge = found >= 0 ? active[found] : undefined;
  return merge && c <= merge.right ? merge : undefined;
}
