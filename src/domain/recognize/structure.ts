// Sum structure: which rows each Summa sums. Labels and layout first ("Summa X" closes the
// section headed X; a bare "Summa" closes the block above it); the figures decide only where
// the labelled structure does not add up and another nearby combination holds in every period.
import Decimal from "decimal.js";
import type { RowRole, Unit } from "../table";
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

/** Every period where the sum row has a figure adds up (within the rounding of tkr and Mkr). */
export function addsUp(rows: WorkRow[], sumIndex: number, parts: number[], unit: Unit, exact = false): boolean {
  const sum = rows[sumIndex].row;
  let checked = 0;
  for (let p = 0; p < sum.values.length; p++) {
    const stated = sum.values[p]?.value;
    if (!stated) continue;
    let total = new Decimal(0);
    for (const i of parts) {
      const v = rows[i].row.values[p]?.value;
      if (v) total = total.plus(v);
    }
    const tolerance = exact || unit === "kr" ? new Decimal(0) : new Decimal(parts.length + 1).times("0.5");
    if (total.minus(stated).abs().greaterThan(tolerance)) return false;
    checked++;
  }
  return checked > 0;
}

function anyFigure(rows: WorkRow[], parts: number[]): boolean {
  return parts.some((i) => rows[i].row.values.some((v) => v && !v.value.isZero()));
}

function keysMatch(heading: string, target: string): boolean {
  if (heading === target) return true;
  if (target.length < 4 || heading.length < 4) return false;
  return heading.startsWith(target) || target.startsWith(heading);
}

/** Sets role and parts of every sum row in a table's rows. */
export function assignStructure(rows: WorkRow[], unit: Unit): void {
  const headings: Heading[] = [];
  const open = new Set<number>();
  const sumsSeen: number[] = [];
  const after = (start: number, end: number) => [...open].filter((i) => i > start && i < end).sort((a, b) => a - b);
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
      parts = after(heading.index, i);
      closesSide = heading.opens;
      for (const h of unclosed) if (h.index >= heading.index) h.closed = true;
    } else if (named === "total-income" || named === "total-cost") {
      const side: Side = named === "total-income" ? "income" : "cost";
      parts = after(-1, i).filter((j) => rows[j].row.side === side);
      for (const h of unclosed) h.closed = true;
    } else {
      const last = unclosed[unclosed.length - 1];
      const lastSum = sumsSeen[sumsSeen.length - 1] ?? -1;
      const start = Math.max(last?.index ?? -1, lastSum);
      parts = after(start, i);
      if (parts.length === 0) parts = after(last?.index ?? -1, i);
      if (last && start === last.index) {
        last.closed = true;
        closesSide = last.opens;
      }
    }
    parts = preferFigures(rows, i, parts, unit, open);
    w.row.parts = parts.map((j) => rows[j].row.row);
    w.row.role = sumRole(rows, w, parts, closesSide);
    if (w.row.role === "total-income") w.row.side = "income";
    if (w.row.role === "total-cost") w.row.side = "cost";
    for (const j of parts) open.delete(j);
    open.add(i);
    sumsSeen.push(i);
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

/**
 * The labelled parts, unless they do not add up and a nearby combination does, exactly and in
 * every period with a figure: the last k open rows above the sum, or all open rows of its side.
 */
function preferFigures(rows: WorkRow[], i: number, labelled: number[], unit: Unit, open: Set<number>): number[] {
  if (labelled.length > 0 && addsUp(rows, i, labelled, unit)) return labelled;
  const above = [...open].filter((j) => j < i).sort((a, b) => a - b);
  const side = rows[i].row.side;
  const alternatives: number[][] = [];
  for (let k = 2; k <= Math.min(above.length, 60); k++) alternatives.push(above.slice(above.length - k));
  if (side) alternatives.push(above.filter((j) => rows[j].row.side === side));
  for (const alt of alternatives) {
    if (alt.length < 2 || !anyFigure(rows, alt)) continue;
    if (sameSet(alt, labelled)) continue;
    if (addsUp(rows, i, alt, unit, true)) return alt;
  }
  return labelled;
}

function sameSet(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x, k) => x === b[k]);
}
