// A total that is off only because one of its parts is wrong by another check (an Avvikelse cell
// that breaks its row's convention, a subtotal that does not add up across its row): the total's
// finding follows from the part's, and names it.
import type Decimal from "decimal.js";
import type { FigureTable } from "../tables";
import type { Arithmetic, Instance } from "../tables/judge";

function cellOf(t: FigureTable, axis: "rows" | "columns", total: number, series: number): string | undefined {
  const line = axis === "rows" ? t.lines[total] : t.lines[series];
  const column = axis === "rows" ? series : total;
  return line?.figures[column]?.cell;
}

/** Every reported mismatch of an arithmetic, by the cell of its total. */
export function mismatchesByCell(a: Arithmetic): Map<string, Instance> {
  const out = new Map<string, Instance>();
  for (const i of a.instances) {
    if (i.verdict !== "mismatch" || !i.judged) continue;
    const cell = cellOf(a.table, i.aggregation.axis, i.aggregation.total, i.series);
    if (cell && !out.has(cell)) out.set(cell, i);
  }
  return out;
}

/**
 * The part cell whose own mismatch explains this one: with that part as its own check computes it,
 * the total would hold. Undefined when no part explains it alone.
 */
export function partCause(a: Arithmetic, i: Instance, mismatches: Map<string, Instance>): string | undefined {
  const agg = i.aggregation;
  for (let k = 0; k < agg.parts.length; k++) {
    const part = agg.parts[k];
    const figure = agg.axis === "rows" ? a.table.lines[part].figures[i.series] : a.table.lines[i.series].figures[part];
    if (!figure) continue;
    const other = mismatches.get(figure.cell);
    if (!other || other === i) continue;
    const corrected: Decimal = i.shown.minus(figure.value.times(agg.signs[k])).plus(other.shown.times(agg.signs[k]));
    if (i.stated.minus(corrected).abs().lte(i.tolerance)) return figure.cell;
  }
  return undefined;
}
