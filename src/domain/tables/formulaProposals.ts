// Aggregations that formulas state: a cell that adds and subtracts cells of its own column (a
// total line) or of its own row (a total column), within the table.
import type { FigureTable, Sign } from "./model";
import type { Proposal } from "./infer";
import { signedTerms } from "./formula";

/** The most common statement per total, for each axis. */
export function formulaProposals(table: FigureTable): Proposal[] {
  const lineOf = new Map(table.lines.map((l, i) => [l.row, i]));
  const columnOf = new Map(table.columns.map((c, i) => [c.column, i]));
  const votes = new Map<string, { p: Proposal; n: number }>();
  const vote = (p: Proposal) => {
    const key = `${p.axis}|${p.total}|${p.parts.join(",")}|${p.signs.join("")}`;
    const v = votes.get(key);
    if (v) v.n++;
    else votes.set(key, { p, n: 1 });
  };
  table.lines.forEach((line, li) => {
    line.figures.forEach((f, ci) => {
      if (!f?.formula) return;
      const terms = signedTerms(f.formula, table.sheet);
      if (!terms || terms.length === 0) return;
      const column = table.columns[ci].column;
      if (terms.every((t) => t.column === column)) {
        const parts = terms.map((t) => lineOf.get(t.row));
        if (parts.some((p) => p === undefined || p === li) || new Set(parts).size !== parts.length) return;
        vote({
          axis: "rows",
          total: li,
          parts: parts as number[],
          signs: terms.map((t) => t.sign as Sign),
          basis: "formula",
        });
      } else if (terms.every((t) => t.row === line.row)) {
        const parts = terms.map((t) => columnOf.get(t.column));
        if (parts.some((p) => p === undefined || p === ci) || new Set(parts).size !== parts.length) return;
        vote({
          axis: "columns",
          total: ci,
          parts: parts as number[],
          signs: terms.map((t) => t.sign as Sign),
          basis: "formula",
        });
      }
    });
  });
  const best = new Map<string, { p: Proposal; n: number }>();
  for (const v of votes.values()) {
    const key = `${v.p.axis}|${v.p.total}`;
    const b = best.get(key);
    if (!b || v.n > b.n) best.set(key, v);
  }
  return [...best.values()].map((v) => v.p);
}
