// What the labels of a table propose, before the figures are asked: "Summa X" closes the block
// headed X, a bare "Summa" or "Totalt" the block since the last heading or total, a result line
// carries the result above it plus the lines between, and a group of one repeats its line.
import type { FigureTable, Line, Sign } from "./model";
import type { Proposal } from "./infer";
import { targetMatches } from "./words";

const hasFigures = (l: Line) => l.figures.some((f) => f);

/** Lines that can be terms: with figures, and no "varav". */
export function termLines(table: FigureTable): number[] {
  const out: number[] = [];
  table.lines.forEach((l, i) => {
    if (hasFigures(l) && !l.marks.varav) out.push(i);
  });
  return out;
}

/** −1 for a line printed positive whose label says it is subtracted ("Avgår: realisationsvinster"). */
export function labelSign(line: Line): Sign {
  if (!line.marks.subtract) return 1;
  let positive = 0;
  let negative = 0;
  for (const f of line.figures) {
    if (!f || f.value.isZero()) continue;
    if (f.value.isNegative()) negative++;
    else positive++;
  }
  return negative > positive ? 1 : -1;
}

function proposal(table: FigureTable, total: number, parts: number[]): Proposal {
  return { axis: "rows", total, parts, signs: parts.map((p) => labelSign(table.lines[p])), basis: "label" };
}

/** The proposals of a table's labels, along its lines. */
export function labelProposals(table: FigureTable): Proposal[] {
  const out: Proposal[] = [];
  const open: number[] = [];
  const headings: { index: number; key: string }[] = [];
  let lastTotal = -1;
  let lastResult = -1;
  const openAfter = (start: number, end: number) => open.filter((i) => i > start && i < end);
  const keyCount = new Map<string, number>();
  for (const l of table.lines) keyCount.set(l.key, (keyCount.get(l.key) ?? 0) + 1);
  table.lines.forEach((line, i) => {
    if (line.marks.heading) {
      headings.push({ index: i, key: line.key });
      return;
    }
    if (!hasFigures(line) || line.marks.varav) return;
    const target = line.marks.total?.target;
    let parts: number[] = [];
    if (target !== undefined) {
      const heading = target ? [...headings].reverse().find((h) => targetMatches(h.key, target)) : undefined;
      const lastHeading = headings.length ? headings[headings.length - 1].index : -1;
      parts = heading ? openAfter(heading.index, i) : openAfter(Math.max(lastHeading, lastTotal), i);
      if (parts.length === 0 && !heading) parts = openAfter(lastHeading, i);
      lastTotal = i;
    } else if (line.marks.result && lastResult >= 0) {
      parts = [lastResult, ...openAfter(lastResult, i)];
    } else if (open[open.length - 1] === i - 1 && table.lines[i - 1].key === line.key && keyCount.get(line.key) === 2) {
      // A group of one above its only line, under the same words (words no other line has).
      const above = open[open.length - 1];
      out.push({ axis: "rows", total: above, parts: [i], signs: [1], basis: "label" });
    }
    if (parts.length > 0) {
      out.push(proposal(table, i, parts));
      for (const p of parts) open.splice(open.indexOf(p), 1);
    }
    if (line.marks.result) lastResult = i;
    open.push(i);
  });
  return out;
}
