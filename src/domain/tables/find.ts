// Tables in a sheet, budget or not: bands of columns, blocks of rows between wide gaps, figure
// columns (mostly amounts), header rows above the first figure, a label column. A whole sheet
// can be one table.
import { cellAt, cellText, columnCount, rangeContains, type Grid } from "../grid";
import { figureOf, looksLikeNotes } from "./figures";
import type { Figure, FigureTable, Line, TableColumn } from "./model";
import { isNoteHeader, lineKey, marksOf } from "./words";

/** Options for finding tables: cells to leave out (those of tables found otherwise). */
export interface FindOptions {
  exclude?: (row: number, column: number) => boolean;
}

interface Sheet {
  grid: Grid;
  rows: number;
  columns: number;
  figure: (Figure | undefined)[][];
  text: string[][];
}

function isYearHeader(f: Figure): boolean {
  return f.source !== "formula" && f.value.isInteger() && f.value.gte(1900) && f.value.lte(2100);
}

function readSheet(grid: Grid, options: FindOptions): Sheet {
  const rows = grid.rows.length;
  const columns = columnCount(grid);
  const figure: (Figure | undefined)[][] = [];
  const text: string[][] = [];
  for (let r = 1; r <= rows; r++) {
    const f: (Figure | undefined)[] = new Array(columns + 1).fill(undefined);
    const t: string[] = new Array(columns + 1).fill("");
    for (let c = 1; c <= columns; c++) {
      if (options.exclude?.(r, c)) continue;
      const cell = cellAt(grid, r, c);
      if (!cell) continue;
      const fig = figureOf(cell, r, c);
      if (fig) f[c] = fig;
      else if (cell.value.type === "string") t[c] = cellText(cell);
    }
    // A row of two or more years and words only heads the columns under it (2003 | 2007 | Percent
    // change | 2003 | 2007: the same years over each group of columns).
    const figs = f.filter((x): x is Figure => !!x);
    if (figs.length >= 2 && figs.every(isYearHeader)) {
      for (let c = 1; c <= columns; c++) {
        if (!f[c]) continue;
        t[c] = f[c]!.value.toString();
        f[c] = undefined;
      }
    }
    figure.push(f);
    text.push(t);
  }
  return { grid, rows, columns, figure, text };
}

/** Empty rows a table may hold: statistics put their totals far below the figures. */
const GAP = 20;

const used = (s: Sheet, r: number, c: number) => !!s.figure[r - 1][c] || s.text[r - 1][c] !== "";

/** Runs of columns with something in them; a run without figures joins the run to its right. */
function bands(s: Sheet): { left: number; right: number }[] {
  const out: { left: number; right: number; figures: boolean }[] = [];
  for (let c = 1; c <= s.columns; c++) {
    let any = false;
    let figures = false;
    for (let r = 1; r <= s.rows; r++) {
      if (used(s, r, c)) any = true;
      if (s.figure[r - 1][c]) figures = true;
    }
    if (!any) continue;
    const last = out[out.length - 1];
    // One empty column is a spacer inside a table (after a Not column, between column groups).
    if (last && (last.right >= c - 2 || !last.figures)) {
      last.right = c;
      last.figures ||= figures;
    } else out.push({ left: c, right: c, figures });
  }
  return out.filter((b) => b.figures);
}

/** Blocks of rows in a band, split where more than GAP empty rows stand between them. */
function blocks(s: Sheet, left: number, right: number): { top: number; bottom: number }[] {
  const out: { top: number; bottom: number }[] = [];
  let gap = GAP + 1;
  for (let r = 1; r <= s.rows; r++) {
    let any = false;
    for (let c = left; c <= right && !any; c++) any = used(s, r, c);
    if (!any) {
      gap++;
      continue;
    }
    if (gap > GAP || out.length === 0) out.push({ top: r, bottom: r });
    else out[out.length - 1].bottom = r;
    gap = 0;
  }
  return out;
}

/** A column of note references: headed "Not", or small whole numbers that never decrease. */
function noteColumn(s: Sheet, column: number, top: number, bottom: number, headerRows: number[]): boolean {
  if (headerRows.some((r) => isNoteHeader(s.text[r - 1][column]))) return true;
  const figures: (Figure | undefined)[] = [];
  for (let r = top; r <= bottom; r++) figures.push(s.figure[r - 1][column]);
  return looksLikeNotes(figures);
}

function headerOf(s: Sheet, headerRows: number[], column: number): string {
  const parts: string[] = [];
  for (const r of headerRows) {
    let t = s.text[r - 1][column];
    if (!t) {
      const merge = s.grid.merges.find((mg) => rangeContains(mg, r, column));
      if (merge) t = s.text[merge.top - 1][merge.left] ?? "";
    }
    if (t) parts.push(t);
  }
  return parts.join(" ");
}

function tableOf(s: Sheet, left: number, right: number, top: number, bottom: number): FigureTable | undefined {
  let first = 0;
  for (let r = top; r <= bottom && !first; r++) for (let c = left; c <= right; c++) if (s.figure[r - 1][c]) first = r;
  if (!first) return undefined;
  const headerRows: number[] = [];
  for (let r = top; r < first; r++) headerRows.push(r);
  const columns: TableColumn[] = [];
  for (let c = left; c <= right; c++) {
    let figures = 0;
    let texts = 0;
    for (let r = first; r <= bottom; r++) {
      if (s.figure[r - 1][c]) figures++;
      else if (s.text[r - 1][c]) texts++;
    }
    const header = headerOf(s, headerRows, c);
    if (figures >= 2 && figures >= texts && !noteColumn(s, c, first, bottom, headerRows))
      columns.push({ column: c, header });
  }
  if (columns.length === 0) return undefined;
  const labelColumn = labelColumnOf(s, left, columns[0].column, first, bottom);
  const lines: Line[] = [];
  for (let r = first; r <= bottom; r++) {
    const figures = columns.map((col) => s.figure[r - 1][col.column]);
    const label = labelOf(s, r, left, right, labelColumn, columns);
    if (!label && !figures.some((f) => f)) continue;
    const cell = cellAt(s.grid, r, labelColumn);
    lines.push({
      row: r,
      label,
      key: lineKey(label),
      figures,
      marks: marksOf(
        label,
        figures.some((f) => f),
        !!cell?.bold
      ),
    });
  }
  return { sheet: s.grid.name, lines, columns, exact: false, coarse: true };
}

function labelColumnOf(s: Sheet, left: number, firstFigure: number, top: number, bottom: number): number {
  let best = left;
  let most = -1;
  for (let c = left; c < Math.max(firstFigure, left + 1); c++) {
    let texts = 0;
    for (let r = top; r <= bottom; r++) if (s.text[r - 1][c]) texts++;
    if (texts > most) {
      best = c;
      most = texts;
    }
  }
  return best;
}

function labelOf(
  s: Sheet,
  r: number,
  left: number,
  right: number,
  labelColumn: number,
  columns: TableColumn[]
): string {
  const own = s.text[r - 1][labelColumn];
  if (own) return own;
  const figureColumns = new Set(columns.map((c) => c.column));
  for (let c = left; c <= right; c++) if (!figureColumns.has(c) && s.text[r - 1][c]) return s.text[r - 1][c];
  return "";
}

/** Every table of a sheet with at least one figure column. */
export function findTables(grid: Grid, options: FindOptions = {}): FigureTable[] {
  const s = readSheet(grid, options);
  const out: FigureTable[] = [];
  for (const band of bands(s)) {
    for (const block of blocks(s, band.left, band.right)) {
      const t = tableOf(s, band.left, band.right, block.top, block.bottom);
      if (t) out.push(t);
    }
  }
  return out;
}
