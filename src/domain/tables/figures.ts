// A cell as a figure of a table: its value (amount.ts reads it), and the decimals it is printed
// with, which set how far a sum of rounded figures may stray.
import Decimal from "decimal.js";
import { cellAmount } from "../amount";
import { address, type Cell } from "../grid";
import type { Figure, FigureTable } from "./model";

/** More decimals than any published table prints; beyond this a cached result is binary noise. */
const MAX_DECIMALS = 6;

/** Decimals a number format prints in its first section: "0.0" → 1, "# ##0" → 0; undefined for General. */
export function formatDecimals(format: string | undefined): number | undefined {
  if (!format || /^general$/i.test(format.trim())) return undefined;
  const section = format.split(";")[0].replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  if (!/[0#?]/.test(section)) return undefined;
  const m = /[.,]([0#?]+)/.exec(section.replace(/[#0?]+[ ,]([#0?]{3})/g, "$1"));
  return m ? Math.min(m[1].length, MAX_DECIMALS) : 0;
}

/** Decimals of a stored number as Excel shows it (15 significant digits), capped. */
export function valueDecimals(value: Decimal): number {
  if (value.isInteger()) return 0;
  const shown = new Decimal(value.toPrecision(15));
  return Math.min(shown.decimalPlaces(), MAX_DECIMALS);
}

/** Decimals written in a text amount: "120,4" → 1, "1 234" → 0. */
function textDecimals(text: string, value: Decimal): number {
  const m = /\d[,.](\d+)\s*[^\d]*$/.exec(text.trim());
  const written = m && !/^\d{3}$/.test(m[1]) ? m[1].length : 0;
  return Math.min(Math.max(written, value.decimalPlaces()), MAX_DECIMALS);
}

/** The figure a cell holds, or undefined when it holds no amount. */
export function figureOf(cell: Cell | undefined, row: number, column: number): Figure | undefined {
  const amount = cellAmount(cell);
  if (!amount || !cell) return undefined;
  const decimals =
    amount.source === "text"
      ? textDecimals(amount.text ?? "", amount.value)
      : (formatDecimals(cell.numberFormat) ?? valueDecimals(amount.value));
  const figure: Figure = { value: amount.value, decimals, cell: address(row, column), source: amount.source };
  if (cell.formula) figure.formula = cell.formula;
  return figure;
}

/**
 * Whether a table stated in kronor holds exact figures: whole kronor or öre. A figure printed with
 * one decimal (or three) was rounded, whatever the unit says ("miljarder kronor").
 */
export function exactInKronor(table: FigureTable): boolean {
  for (const line of table.lines)
    for (const f of line.figures) if (f && f.decimals !== 0 && f.decimals !== 2) return false;
  return true;
}

/** Note references down a column: small whole numbers that never decrease (1, 2, 3, 3, 7, 12). */
export function looksLikeNotes(figures: readonly (Figure | undefined)[]): boolean {
  let last = 0;
  let count = 0;
  for (const f of figures) {
    if (!f) continue;
    if (f.decimals > 0 || !f.value.isInteger() || f.value.lt(1) || f.value.gt(99) || f.value.lt(last)) return false;
    last = f.value.toNumber();
    count++;
  }
  return count >= 3;
}
