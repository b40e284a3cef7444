// The Kontrollrapport's fingerprint: SHA-256 over the checked figures in a stated canonical order,
// so an auditor can recompute it from the workbook alone (README.md, "Fingeravtryck (fingerprint)").
//
//   figures  every value cell of every recognised table: the cells of its periods' columns that hold
//            an amount (a number, a formula's cached number, or an amount written as text), and the
//            cells of its Totalt column if it has one. A cell shared by two tables counts once.
//   value    the amount as a canonical decimal: no exponent, no trailing zeros after the decimal
//            point, no point when whole, "-" (U+002D) before a negative, "0" for zero. A number cell
//            gives the shortest decimal that reads back as the same double (0.1, not 0.1000…0055);
//            a text amount gives its parsed value ("2.059 000 kr" → 2059000, "- 618" → -618).
//   order    by sheet name in Unicode code point order, then by row, then by column.
//   line     sheet name, TAB, A1 address (column letters in upper case, no $), TAB, value, LF.
//   digest   SHA-256 of the concatenated lines as UTF-8 (no BOM), as 64 lowercase hex digits.
import type Decimal from "decimal.js";
import type { Grid } from "../grid";
import { address, cellAt, parseAddress } from "../grid";
import { cellAmount } from "../amount";
import type { BudgetTable } from "../table";
import { sha256Utf8 } from "./sha256";

export interface CheckedFigure {
  sheet: string;
  row: number;
  column: number;
  /** A1 address, e.g. "B12". */
  address: string;
  /** Canonical decimal string, in the table's unit. */
  value: string;
}

export interface Fingerprint {
  algorithm: "SHA-256";
  /** 64 lowercase hex digits. */
  digest: string;
  figures: CheckedFigure[];
}

/** "4286000", "-618", "0.5", "0": see the header comment. */
export function canonicalDecimal(value: Decimal): string {
  return value.isZero() ? "0" : value.toFixed();
}

/** Unicode code point order (not UTF-16 code units): what `LC_ALL=C sort` and Python's sorted() use. */
export function compareCodePoints(a: string, b: string): number {
  const ca = Array.from(a);
  const cb = Array.from(b);
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const d = (ca[i].codePointAt(0) ?? 0) - (cb[i].codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
  return ca.length - cb.length;
}

/** The value cells of one table, in the table's own row order. */
export function tableFigures(table: BudgetTable, grids: readonly Grid[]): CheckedFigure[] {
  const figures: CheckedFigure[] = [];
  const grid = grids.find((g) => g.name === table.sheet);
  for (const row of table.rows) {
    for (const amount of row.values) {
      const at = amount && parseAddress(amount.cell);
      if (!amount || !at) continue;
      figures.push({
        sheet: table.sheet,
        ...at,
        address: address(at.row, at.column),
        value: canonicalDecimal(amount.value),
      });
    }
    if (table.totalColumn !== undefined && grid) {
      const total = cellAmount(cellAt(grid, row.row, table.totalColumn));
      if (total) {
        const column = table.totalColumn;
        figures.push({
          sheet: table.sheet,
          row: row.row,
          column,
          address: address(row.row, column),
          value: canonicalDecimal(total.value),
        });
      }
    }
  }
  return figures;
}

/** Figures deduplicated by sheet and cell, in the canonical order. */
export function canonicalFigures(figures: readonly CheckedFigure[]): CheckedFigure[] {
  const unique = new Map<string, CheckedFigure>();
  for (const f of figures) {
    const key = `${f.sheet}\u0000${f.row}\u0000${f.column}`;
    if (!unique.has(key)) unique.set(key, f);
  }
  return [...unique.values()].sort(
    (a, b) => compareCodePoints(a.sheet, b.sheet) || a.row - b.row || a.column - b.column
  );
}

/** The exact text that is hashed. */
export function fingerprintText(figures: readonly CheckedFigure[]): string {
  return figures.map((f) => `${f.sheet}\t${f.address}\t${f.value}\n`).join("");
}

export function fingerprintOf(tables: readonly BudgetTable[], grids: readonly Grid[]): Fingerprint {
  const figures = canonicalFigures(tables.flatMap((t) => tableFigures(t, grids)));
  return { algorithm: "SHA-256", digest: sha256Utf8(fingerprintText(figures)), figures };
}
