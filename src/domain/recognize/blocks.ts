// Where tables are: column bands (side-by-side budgets), then stacked blocks within a band,
// separated by blank rows, title rows and new header rows.
import { normalizeLabel } from "../vocabulary";
import { isHeaderRow } from "./headerRows";
import type { SheetView } from "./sheet";
import { looksLikeTitle } from "./titles";

export { isHeaderRow } from "./headerRows";
export { looksLikeTitle } from "./titles";

export type RowClass = "blank" | "header" | "data" | "heading" | "wide-text";

export interface Block {
  /** The column band the block stands in. */
  left: number;
  right: number;
  headerRows: number[];
  /** Rows above the block that title it ("6.2 Kostnader 2018", "Belopp i tkr"). */
  titleRows: number[];
  /** Body rows in order: data rows, headings, and header rows repeated inside the table. */
  body: number[];
}

/** Maximal runs of columns with something in them; a run with no amounts joins the run to its right. */
export function columnBands(view: SheetView): { left: number; right: number }[] {
  const used = new Set<number>();
  const hasAmount = new Set<number>();
  const hasText = new Set<number>();
  for (const r of view.rowList()) {
    for (const c of view.cellsOf(r)) {
      used.add(c);
      const k = view.kind(r, c);
      if (k === "amount" && !hasAmount.has(c) && !view.header(r, c)) hasAmount.add(c);
      if (k === "text" && !hasText.has(c) && !view.header(r, c)) hasText.add(c);
    }
  }
  const bands: { left: number; right: number; amounts: boolean; labelsFirst: boolean }[] = [];
  for (const c of [...used].sort((a, b) => a - b)) {
    const last = bands[bands.length - 1];
    if (last && last.right === c - 1) {
      last.right = c;
      last.amounts ||= hasAmount.has(c);
    } else bands.push({ left: c, right: c, amounts: hasAmount.has(c), labelsFirst: hasText.has(c) });
  }
  const merged: { left: number; right: number; amounts: boolean; labelsFirst: boolean }[] = [];
  for (const band of bands) {
    const prev = merged[merged.length - 1];
    // Labels, an empty column, then values: one table, not two.
    if (prev && (!prev.amounts || !band.labelsFirst)) {
      prev.right = band.right;
      prev.amounts ||= band.amounts;
    } else merged.push({ ...band });
  }
  return merged.map(({ left, right }) => ({ left, right }));
}

function nonEmpty(view: SheetView, row: number, left: number, right: number): number[] {
  return view.cellsIn(row, left, right);
}

export function classifyRow(view: SheetView, row: number, left: number, right: number): RowClass {
  const cells = nonEmpty(view, row, left, right);
  if (cells.length === 0) return "blank";
  if (isHeaderRow(view, row, left, right)) return "header";
  if (cells.some((c) => view.kind(row, c) === "amount" || view.kind(row, c) === "error")) return "data";
  // Text only: a heading keeps to the label columns (one cell, or a section and an item side by side).
  if (cells.length === 1 || (cells.length === 2 && cells[1] === cells[0] + 1 && !isValueText(view, row, cells[1])))
    return "heading";
  return "wide-text";
}

function isValueText(view: SheetView, row: number, column: number): boolean {
  return /\d/.test(view.text(row, column));
}

/** Stacked blocks within one band. */
export function findBlocks(view: SheetView, left: number, right: number): Block[] {
  const blocks: Block[] = [];
  let current: (Block & { hasData: boolean }) | undefined;
  let pending: number[] = [];
  let blankBefore = false;
  const close = () => {
    if (current && current.hasData) {
      // Headings after the last figure title what comes next, not this table.
      while (
        current.body.length &&
        classifyRow(view, current.body[current.body.length - 1], left, right) === "heading"
      ) {
        pending.unshift(current.body.pop() as number);
      }
      blocks.push(current);
    }
    current = undefined;
  };
  const open = (row: number, asHeader: boolean) => {
    // Text right above a header row titles the table ("BALANSKRAVSUTREDNING", "Driftsredovisning,
    // kommunen"); text right above the first figures may open its first section.
    const { titles, headings } = asHeader ? { titles: pending.slice(-4), headings: [] } : splitPending(view, pending);
    current = {
      left,
      right,
      headerRows: asHeader ? [row] : [],
      titleRows: titles,
      body: [...headings],
      hasData: false,
    };
    if (!asHeader) {
      current.body.push(row);
      current.hasData = true;
    }
    pending = [];
  };
  let previous = 0;
  for (const r of view.rowList()) {
    // Rows without cells are blank: one blank row between two rows says what any number says.
    if (r > previous + 1) blankBefore = true;
    previous = r;
    const cls = classifyRow(view, r, left, right);
    if (cls === "blank") {
      blankBefore = true;
      continue;
    }
    if (cls === "header") {
      if (current && !current.hasData && current.body.length === 0) current.headerRows.push(r);
      else if (
        current &&
        current.hasData &&
        pending.length === 0 &&
        sameYears(view, current.headerRows, r, left, right)
      ) {
        // "Kostnader 2017 2018 2019" under "Intäkter 2017 2018 2019": a second table of the same budget, same title.
        const titles = current.titleRows;
        close();
        open(r, true);
        current!.titleRows = titles;
      } else {
        close();
        open(r, true);
      }
    } else if (cls === "data") {
      if (!current || pending.some((p) => looksLikeTitle(view.text(p, firstCell(view, p, left, right))))) {
        if (current) close();
        open(r, false);
      } else {
        current.body.push(...pending, r);
        current.hasData = true;
        pending = [];
      }
    } else if (cls === "heading") {
      const text = view.text(r, firstCell(view, r, left, right));
      if (current && current.hasData && looksLikeTitle(text) && (blankBefore || pending.length > 0)) close();
      if (current && current.hasData && pending.length === 0 && !blankBefore) current.body.push(r);
      else if (current && !current.hasData) current.body.push(r);
      else pending.push(r);
    } else if (current && current.hasData && nextClass(view, r, left, right) === "data") {
      // Words in a value column of a table that goes on: a problem of that row, not the end.
      current.body.push(...pending, r);
      pending = [];
    } else {
      close();
      pending = [];
    }
    blankBefore = false;
  }
  close();
  return joinContinuations(view, blocks);
}

/**
 * A block with no header right under a headed one, its figures in the headed columns: the
 * second half of one table after a heading in capitals ("EGET KAPITAL, AVSÄTTNINGAR OCH
 * SKULDER" in a balansräkning), not a table of its own.
 */
function joinContinuations(view: SheetView, blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const prev = out[out.length - 1];
    if (prev && block.headerRows.length === 0 && prev.headerRows.length > 0 && continues(view, prev, block)) {
      prev.body.push(...block.titleRows, ...block.body);
    } else out.push(block);
  }
  return out;
}

const STATEMENT_TITLE = /räkning|budget|redovisning|analys|utredning|plan\b|översikt|belopp|bilaga|tabell/i;

function continues(view: SheetView, prev: Block, next: Block): boolean {
  const last = prev.body[prev.body.length - 1];
  const first = next.titleRows[0] ?? next.body[0];
  if (last === undefined || first === undefined || first - last > 4) return false;
  for (const r of next.titleRows) {
    const text = textOfRow(view, r);
    if (STATEMENT_TITLE.test(text) || /(?:19|20)\d{2}/.test(text) || normalizeLabel(text).numbering) return false;
  }
  const headed = new Set<number>();
  const years = new Set<number>();
  for (const r of prev.headerRows) {
    for (const c of view.cellsIn(r, prev.left, prev.right)) {
      headed.add(c);
      if (view.header(r, c)?.year !== undefined) years.add(c);
    }
  }
  const used = new Set<number>();
  for (const r of next.body) {
    for (const c of view.cellsIn(r, next.left, next.right)) if (view.kind(r, c) === "amount") used.add(c);
  }
  const inYears = [...used].filter((c) => years.has(c)).length;
  return inYears >= 2 && [...used].every((c) => headed.has(c));
}

export function firstCell(view: SheetView, row: number, left: number, right: number): number {
  return nonEmpty(view, row, left, right)[0] ?? left;
}

/** Pending text rows before a block: titles above, and the headings that open its first section. */
function splitPending(view: SheetView, pending: number[]): { titles: number[]; headings: number[] } {
  const headings: number[] = [];
  let i = pending.length - 1;
  // Headings sit right above the first figures, with no blank row between and no title look.
  while (i >= 0) {
    const row = pending[i];
    const adjacent = i === pending.length - 1 ? true : pending[i + 1] === row + 1;
    if (!adjacent || looksLikeTitle(textOfRow(view, row))) break;
    headings.unshift(row);
    i--;
  }
  return { titles: pending.slice(Math.max(0, i - 3), i + 1), headings };
}

export function textOfRow(view: SheetView, row: number): string {
  for (const c of view.cellsOf(row)) if (view.kind(row, c) === "text") return view.text(row, c);
  return "";
}

function sameYears(view: SheetView, headerRows: number[], row: number, left: number, right: number): boolean {
  if (headerRows.length === 0) return false;
  const yearsOf = (r: number) => {
    const out: string[] = [];
    for (const c of nonEmpty(view, r, left + 1, right)) {
      const y = view.header(r, c)?.year;
      if (y !== undefined) out.push(`${c}:${y}`);
    }
    return out.join(",");
  };
  const mine = yearsOf(row);
  return mine !== "" && headerRows.some((h) => yearsOf(h) === mine);
}

function nextClass(view: SheetView, row: number, left: number, right: number): RowClass {
  const list = view.rowList();
  for (let i = view.rowIndexFrom(row + 1); i < list.length; i++) {
    const cls = classifyRow(view, list[i], left, right);
    if (cls !== "blank") return cls;
  }
  return "blank";
}
