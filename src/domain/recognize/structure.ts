// Sum structure of a budget table. The Finsam labels propose (labelStructure.ts: sums; proposals.ts:
// results and the balance identity); the general layer (tables/) weighs those proposals against the
// table's formulas and figures, replaces one the figures contradict where another structure holds in
// more periods, and adds what the figures evidence on their own (group totals, running results,
// variance columns). The accepted aggregations become the rows' parts; all of them are returned.
import { address } from "../grid";
import {
  isNoteHeader,
  looksLikeNotes,
  exactInKronor,
  figureOf,
  inferAggregations,
  marksOf,
  type Aggregation,
  type Figure,
  type FigureTable,
  type Line,
  type Proposal,
  type SheetAggregation,
  type TableColumn,
} from "../tables";
import type { Amount } from "../table";
import type { Layout } from "./periods";
import { identityProposals, isCheckedResult, resultProposals } from "./proposals";
import { labelStructure } from "./labelStructure";
import type { WorkRow } from "./rows";
import type { SheetView } from "./sheet";

export { isCheckedResult } from "./proposals";

/** Roles whose rows may carry parts: sums, results, balance lines, and items the figures show to be totals. */
const SUMMING = new Set(["subtotal", "total-income", "total-cost", "balance", "item"]);

/** Sets parts, signs and basis of the rows; returns every accepted aggregation in sheet terms. */
export function assignStructure(
  rows: WorkRow[],
  view: SheetView,
  layout: Layout,
  kronor: boolean
): { aggregations: SheetAggregation[]; otherColumns: number[] } {
  labelStructure(rows);
  const index = new Map(rows.map((w, i) => [w.row.row, i]));
  const parentOf = new Map<number, number>();
  const given: Proposal[] = [];
  rows.forEach((w, i) => {
    if (!w.row.parts) return;
    const parts = w.row.parts.map((r) => index.get(r)).filter((j): j is number => j !== undefined && j !== i);
    for (const j of parts) if (!parentOf.has(j)) parentOf.set(j, i);
    if (parts.length > 0) given.push({ axis: "rows", total: i, parts, signs: parts.map(() => 1), basis: "given" });
  });
  const balance = rows.some((w) => w.row.side === "assets");
  if (!balance) given.push(...resultProposals(rows, parentOf));
  given.push(...identityProposals(rows));
  if (layout.totalColumn !== undefined && layout.periods.length > 1) given.push(totalColumnProposal(layout));
  const table = figureTable(rows, view, layout, false);
  table.exact = kronor && exactInKronor(table);
  const accepted = inferAggregations(table, { given });
  applyToRows(rows, accepted);
  const otherColumns = table.columns.slice(layout.periods.length).map((c) => c.column);
  return { aggregations: accepted.map((a) => toSheet(table, a)), otherColumns };
}

function totalColumnProposal(layout: Layout): Proposal {
  // Columns of the figure table: the periods first, then the total column.
  const parts = layout.periods.map((_, i) => i);
  return { axis: "columns", total: layout.periods.length, parts, signs: parts.map(() => 1), basis: "given" };
}

/** A figure of a period as the general layer reads it: printed decimals from the text or the value. */
function figureOfAmount(a: Amount, view: SheetView, row: number, column: number): Figure {
  const cell = view.cell(row, column);
  // A whole number typed or computed, with no format that prints decimals: read as it is.
  if (a.source !== "text" && a.value.isInteger() && !/[.,]0/.test(cell?.numberFormat ?? "")) {
    const figure: Figure = { value: a.value, decimals: 0, cell: a.cell, source: a.source };
    if (cell?.formula) figure.formula = cell.formula;
    return figure;
  }
  const read = figureOf(cell, row, column);
  if (read && read.value.eq(a.value)) return read;
  return { value: a.value, decimals: Math.min(a.value.decimalPlaces(), 6), cell: a.cell, source: a.source };
}

function figureTable(rows: WorkRow[], view: SheetView, layout: Layout, exact: boolean): FigureTable {
  // Columns of figures beside the periods (Totalt, Avvikelse, Förändring), but no column of note numbers.
  const extra = [layout.totalColumn, ...layout.ignoredColumns]
    .filter((c): c is number => c !== undefined)
    .filter((c) => rows.some((w) => view.kind(w.row.row, c) === "amount"))
    .filter((c) => !isNoteHeader(headerOf(view, rows, c)))
    .filter((c) => !looksLikeNotes(rows.map((w) => figureOf(view.cell(w.row.row, c), w.row.row, c))));
  const columns: TableColumn[] = [
    ...layout.periods.map((p) => ({ column: p.column, header: p.header })),
    ...[...new Set(extra)].map((c) => ({ column: c, header: headerOf(view, rows, c) })),
  ];
  const lines: Line[] = rows.map((w) => {
    const figures: (Figure | undefined)[] = columns.map((c, k) => {
      const r = w.row.row;
      if (k < layout.periods.length) {
        const a = w.row.values[k];
        return a ? figureOfAmount(a, view, r, c.column) : undefined;
      }
      return figureOf(view.cell(r, c.column), r, c.column);
    });
    const marks = marksOf(
      w.row.label,
      figures.some((f) => f),
      w.bold
    );
    if (w.row.role === "note") marks.varav = true;
    if (w.name.bullet) marks.bullet = true;
    if (w.row.role === "section") marks.heading = true;
    return { row: w.row.row, label: w.row.label, key: w.name.key, figures, marks };
  });
  return { sheet: view.grid.name, lines, columns, exact };
}

function headerOf(view: SheetView, rows: WorkRow[], column: number): string {
  const first = rows.length ? rows[0].row.row : 1;
  for (let r = first - 1; r >= Math.max(1, first - 4); r--) {
    const t = view.text(r, column);
    if (t) return t;
  }
  return address(first, column);
}

/** The first sum of each total row becomes its parts, where its role may carry parts. */
function applyToRows(rows: WorkRow[], accepted: Aggregation[]): void {
  for (const w of rows) {
    delete w.row.parts;
    delete w.row.signs;
    delete w.row.basis;
  }
  for (const a of accepted) {
    if (a.axis !== "rows" || a.kind !== "sum") continue;
    const w = rows[a.total];
    if (w.row.parts) continue;
    if (!SUMMING.has(w.row.role) && !isCheckedResult(w.row) && !(w.meaning.sum && w.row.role === "equity-out"))
      continue;
    w.row.parts = a.parts.map((p) => rows[p].row.row);
    if (a.signs.some((s) => s < 0)) w.row.signs = [...a.signs];
    if (a.basis !== "given") w.row.basis = a.basis;
    if (w.row.role === "item") {
      w.row.role = "subtotal";
      const sides = new Set(a.parts.map((p) => rows[p].row.side));
      const [side] = [...sides];
      if (sides.size === 1 && side) w.row.side = side;
    }
  }
}

function toSheet(table: FigureTable, a: Aggregation): SheetAggregation {
  const at = (i: number) => (a.axis === "rows" ? table.lines[i].row : table.columns[i].column);
  return {
    axis: a.axis,
    total: at(a.total),
    parts: a.parts.map(at),
    signs: [...a.signs],
    kind: a.kind,
    basis: a.basis,
  };
}
