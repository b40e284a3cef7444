// The sums the Finsam labels state: "Summa X" closes the section headed X, a named total
// ("Summa intäkter") sums its side, a bare "Summa" closes the block above it. Labels and layout
// only; structure.ts lets the general layer weigh these against the table's formulas and figures.
import type { RowRole } from "../table";
import type { Side } from "../vocabulary";
import type { WorkRow } from "./rows";

interface Heading {
  index: number;
  key: string;
  opens?: Side;
  closed: boolean;
}

const NOT_PARTS: RowRole[] = ["section", "note"];

function isSum(w: WorkRow): boolean {
  return !!w.meaning.sum;
}

function keysMatch(heading: string, target: string): boolean {
  if (heading === target) return true;
  if (target.length < 4 || heading.length < 4) return false;
  return heading.startsWith(target) || target.startsWith(heading);
}

/** Rows still open (not yet a part of a sum), in order, with what lies between two rows found quickly. */
class OpenRows {
  private open: number[] = [];
  private closed = new Set<number>();
  add(i: number): void {
    this.open.push(i);
  }
  close(i: number): void {
    this.closed.add(i);
  }
  /** Open rows strictly between start and end. */
  between(start: number, end: number): number[] {
    const out: number[] = [];
    for (let k = this.open.length - 1; k >= 0 && this.open[k] > start; k--) {
      const i = this.open[k];
      if (i < end && !this.closed.has(i)) out.push(i);
    }
    // Drop closed rows now and then, so that every call stays short.
    if (this.closed.size > 32 && this.closed.size * 2 > this.open.length) {
      this.open = this.open.filter((i) => !this.closed.has(i));
      this.closed.clear();
    }
    return out.reverse();
  }
}

/** Sets role and parts (sheet rows) of every sum row the labels name, as the labels say. */
export function labelStructure(rows: WorkRow[]): void {
  const headings: Heading[] = [];
  const open = new OpenRows();
  let lastSum = -1;
  rows.forEach((w, i) => {
    const role = w.row.role;
    if (role === "section") {
      headings.push({ index: i, key: w.name.key, opens: w.meaning.opens, closed: false });
      return;
    }
    if (NOT_PARTS.includes(role)) return;
    if (!isSum(w)) {
      open.add(i);
      return;
    }
    // The same sum stated twice in a row ("Summa tillgångar" on two lines): same parts.
    const prev = rows[i - 1];
    if (prev && isSum(prev) && prev.name.key === w.name.key && prev.row.parts) {
      w.row.parts = [...prev.row.parts];
      w.row.role = prev.row.role;
      return;
    }
    const target = w.meaning.sum?.target ?? "";
    const unclosed = headings.filter((h) => !h.closed);
    let heading: Heading | undefined;
    if (target) {
      heading =
        [...unclosed].reverse().find((h) => h.key === target) ??
        [...unclosed].reverse().find((h) => keysMatch(h.key, target));
    }
    let parts: number[];
    let closesSide: Side | undefined;
    const named = w.meaning.role;
    if (heading) {
      parts = open.between(heading.index, i);
      closesSide = heading.opens;
      for (const h of unclosed) if (h.index >= heading.index) h.closed = true;
    } else if (named === "total-income" || named === "total-cost") {
      const side: Side = named === "total-income" ? "income" : "cost";
      parts = open.between(-1, i).filter((j) => rows[j].row.side === side);
      for (const h of unclosed) h.closed = true;
    } else {
      const last = unclosed[unclosed.length - 1];
      const start = Math.max(last?.index ?? -1, lastSum);
      parts = open.between(start, i);
      if (parts.length === 0) parts = open.between(last?.index ?? -1, i);
      if (last && start === last.index) {
        last.closed = true;
        closesSide = last.opens;
      }
    }
    w.row.parts = parts.map((j) => rows[j].row.row);
    w.row.role = sumRole(rows, w, parts, closesSide);
    if (w.row.role === "total-income") w.row.side = "income";
    if (w.row.role === "total-cost") w.row.side = "cost";
    for (const j of parts) open.close(j);
    open.add(i);
    lastSum = i;
  });
}

function sumRole(rows: WorkRow[], w: WorkRow, parts: number[], closesSide: Side | undefined): RowRole {
  if (w.meaning.role) return w.meaning.role;
  if (closesSide === "income") return "total-income";
  if (closesSide === "cost") return "total-cost";
  if (closesSide === "assets" || closesSide === "liabilities") return "balance";
  if (parts.length > 0 && parts.every((j) => rows[j].row.role === "member" || rows[j].row.side === "income")) {
    return rows.some((r) => r.row.role === "total-income" && r !== w) ? "subtotal" : "total-income";
  }
  return "subtotal";
}
