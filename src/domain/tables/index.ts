// The general layer: any table's arithmetic from its figures, labels and formulas. The Finsam
// layer (recognize/, checks/) stands on it; nothing here knows about budgets.
import type { Aggregation, FigureTable, Sign } from "./model";
import { inferAxis, type Proposal } from "./infer";
import { labelProposals, termLines } from "./labels";
import { formulaProposals } from "./formulaProposals";
import { scaledAxis } from "./scaled";
import { varianceColumns } from "./variance";
import { isVarianceHeader, totalTarget } from "./words";

export type { Proposal } from "./infer";
export * from "./model";
export { findTables } from "./find";
export { exactInKronor, figureOf, looksLikeNotes } from "./figures";
export { isNoteHeader, marksOf, lineKey } from "./words";

export interface InferOptions {
  /** Proposals of the layer above (given), weighed with the table's own labels and formulas. */
  given?: Proposal[];
  /** Read the table's own labels (off where the layer above proposes from its labels). */
  labels?: boolean;
}

/** Every aggregation the table's labels, formulas and figures evidence, along both axes. */
export function inferAggregations(table: FigureTable, options: InferOptions = {}): Aggregation[] {
  const given = options.given ?? [];
  const formulas = formulaProposals(table);
  const out: Aggregation[] = [];
  const rows = scaledAxis(table, "rows");
  const rowProposals = [
    ...given.filter((p) => p.axis === "rows"),
    ...formulas.filter((p) => p.axis === "rows"),
    ...(options.labels === false ? [] : labelProposals(table)),
  ];
  if (rows) {
    const labelled = new Set<number>();
    table.lines.forEach((l, i) => {
      if (l.marks.total || l.marks.result) labelled.add(i);
    });
    out.push(
      ...inferAxis({
        m: rows,
        eligible: termLines(table),
        labelled,
        proposals: rowProposals,
        signed: true,
        detached: false,
        breakdown: new Set(table.lines.flatMap((l, i) => (l.marks.bullet ? [i] : []))),
      })
    );
  } else out.push(...asGiven(rowProposals));
  const columns = scaledAxis(table, "columns");
  const columnProposals = [
    ...given.filter((p) => p.axis === "columns"),
    ...formulas.filter((p) => p.axis === "columns"),
  ];
  if (columns) {
    const labelled = new Set<number>();
    table.columns.forEach((c, i) => {
      if (totalTarget(c.header.toLowerCase()) !== undefined) labelled.add(i);
    });
    const eligible = table.columns.map((_, i) => i).filter((i) => !isVarianceHeader(table.columns[i].header));
    const sums = inferAxis({
      m: columns,
      eligible,
      labelled,
      proposals: columnProposals,
      signed: false,
      detached: true,
    });
    out.push(...sums);
    out.push(...varianceColumns(table, columns, sums));
  } else out.push(...asGiven(columnProposals));
  return out;
}

/** Proposals taken as they are, where the figures cannot be searched (too large to add exactly). */
function asGiven(proposals: Proposal[]): Aggregation[] {
  return proposals
    .filter((p) => p.basis === "given")
    .map((p) => ({
      axis: p.axis,
      total: p.total,
      parts: p.parts,
      signs: p.signs as Sign[],
      kind: p.kind ?? "sum",
      basis: p.basis,
    }));
}
