// Where tables are: column bands (side-by-side budgets), then stacked blocks within a band,
// separated by blank rows, title rows and new header rows.
import { labelMeaning, normalizeLabel } from "../vocabulary";
import type { SheetView } from "./sheet";

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
  const used: boolean[] = new Array(view.columns + 2).fill(false);
  const hasAmount: boolean[] = new Array(view.columns + 2).fill(false);
  const hasText: boolean[] = new Array(view.columns + 2).fill(false);
  for (let r = 1; r <= view.rows; r++) {
    for (let c = 1; c <= view.columns; c++) {
      const k = view.kind(r, c);
      if (k === "empty") continue;
      used[c] = true;
      if (k === "amount" && !view.header(r, c)) hasAmount[c] = true;
      if (k === "text" && !view.header(r, c)) hasText[c] = true;
    }
  }
  const bands: { left: number; right: number; amounts: boolean; labelsFirst: boolean }[] = [];
  for (let c = 1; c <= view.columns; c++) {
    if (!used[c]) continue;
    const last = bands[bands.length - 1];
    if (last && last.right === c - 1) {
      last.right = c;
      last.amounts ||= hasAmount[c];
    } else bands.push({ left: c, right: c, amounts: hasAmount[c], labelsFirst: hasText[c] });
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
  const out: number[] = [];
  for (let c = left; c <= right; c++) if (view.kind(row, c) !== "empty") out.push(c);
  return out;
}

/** A header row: every cell but a leading label is a year, period word, unit or column word. */
export function isHeaderRow(view: SheetView, row: number, left: number, right: number): boolean {
  const cells = nonEmpty(view, row, left, right);
  // A lone text in the first column is a title ("Preliminär budget för 2020, 2021 och 2022").
  if (cells.length === 0 || (cells.length === 1 && cells[0] === left && view.kind(row, left) === "text")) return false;
  let rest = cells;
  // A leading text that says nothing of a column ("Kostnader", "6.1.1 Medelstilldelning") labels the row.
  if (
    view.kind(row, cells[0]) === "text" &&
    (!view.header(row, cells[0]) || (cells[0] === left && cells.length > 1 && !view.header(row, cells[0])?.year))
  )
    rest = cells.slice(1);
  // More label headings before the period headers ("Konto | Benämning | Budget 2024").
  while (rest.length > 1 && view.kind(row, rest[0]) === "text" && !view.header(row, rest[0])) rest = rest.slice(1);
  if (rest.length === 0) return false;
  const infos = rest.map((c) => view.header(row, c));
  if (infos.some((i) => !i)) return false;
  const years = rest.filter((c, i) => infos[i]!.year !== undefined);
  const worded = rest.filter((c) => view.kind(row, c) === "text");
  if (worded.some((c) => view.header(row, c)!.kind || view.header(row, c)!.year)) return true;
  if (years.length === 0) return worded.length > 0 && infos.some((i) => i!.kind);
  // Bare numbers only: distinct consecutive years, or one year opening a table.
  const values = years.map((c) => view.header(row, c)!.year!);
  if (new Set(values).size !== values.length) return false;
  if (values.length === 1) {
    // "Övrigt | 2000" is 2000 kr; "Kostnader | 2018" or "| 2018" heads a column.
    const label = rest === cells ? "" : view.text(row, cells[0]);
    const formula = !!view.cell(row, years[0])?.formula;
    const headerLabel = label === "" || looksLikeTitle(label) || !!labelMeaning(normalizeLabel(label).key).opens;
    return !formula && headerLabel && isTableStart(view, row, left, right);
  }
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length - 1] - sorted[0] === sorted.length - 1;
}

function isTableStart(view: SheetView, row: number, left: number, right: number): boolean {
  const next = row + 1 <= view.rows ? nonEmpty(view, row + 1, left, right) : [];
  const prev = row > 1 ? nonEmpty(view, row - 1, left, right) : [];
  const prevIsData = prev.some((c) => view.kind(row - 1, c) === "amount");
  return next.length > 0 && !prevIsData;
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

/** A heading that titles a table rather than opening a section of one. */
export function looksLikeTitle(text: string): boolean {
  const n = normalizeLabel(text);
  if (n.numbering && n.numbering.includes(".")) return true;
  if (
    /budget|belopp i|verksamhetsplan|budgetplan|översikt|resultaträkning|balansräkning|finansiell ram för/i.test(n.text)
  )
    return true;
  if (/(?:19|20)\d{2}\s*[-–]\s*(?:19|20)?\d{2}/.test(n.text)) return true;
  const letters = n.text.replace(/[^\p{L}]/gu, "");
  return letters.length > 12 && letters === letters.toUpperCase() && n.text.split(" ").length >= 3;
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
    const { titles, headings } = splitPending(view, pending);
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
  for (let r = 1; r <= view.rows; r++) {
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
  return blocks;
}

export function firstCell(view: SheetView, row: number, left: number, right: number): number {
  for (let c = left; c <= right; c++) if (view.kind(row, c) !== "empty") return c;
  return left;
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
  for (let c = 1; c <= view.columns; c++) if (view.kind(row, c) === "text") return view.text(row, c);
  return "";
}

function sameYears(view: SheetView, headerRows: number[], row: number, left: number, right: number): boolean {
  if (headerRows.length === 0) return false;
  const yearsOf = (r: number) => {
    const out: string[] = [];
    for (let c = left + 1; c <= right; c++) {
      const y = view.header(r, c)?.year;
      if (y !== undefined) out.push(`${c}:${y}`);
    }
    return out.join(",");
  };
  const mine = yearsOf(row);
  return mine !== "" && headerRows.some((h) => yearsOf(h) === mine);
}

function nextClass(view: SheetView, row: number, left: number, right: number): RowClass {
  for (let r = row + 1; r <= view.rows; r++) {
    const cls = classifyRow(view, r, left, right);
    if (cls !== "blank") return cls;
  }
  return "blank";
}
