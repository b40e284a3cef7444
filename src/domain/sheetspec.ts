// SheetSpec: a new sheet to write. Both adapters write the same spec (DESIGN.md).
import Decimal from "decimal.js";

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Fill colour as "RRGGBB". */
  fill?: string;
  /** Font colour as "RRGGBB". */
  color?: string;
  horizontalAlignment?: "left" | "center" | "right";
  indent?: number;
  wrap?: boolean;
  borderTop?: boolean;
  borderBottom?: boolean;
}

export interface SpecCell {
  /** A1 address within the new sheet. */
  address: string;
  /** A literal: numbers as decimal strings with type "number". */
  value?: { type: "number"; value: string } | { type: "string"; value: string } | { type: "boolean"; value: boolean };
  /** A formula with its leading "=", in English function names (SUM, IF) as Office.js and ExcelJS take them. */
  formula?: string;
  numberFormat?: string;
  style?: CellStyle;
}

export interface ConditionalFormat {
  /** A1 range the rule applies to. */
  range: string;
  /** A formula relative to the range's top-left cell, e.g. "=B20<0". */
  formula: string;
  style: Pick<CellStyle, "fill" | "color" | "bold">;
}

export interface SheetSpec {
  name: string;
  cells: SpecCell[];
  /** Column widths in characters, by 1-based column. */
  columnWidths?: Record<number, number>;
  conditionalFormats?: ConditionalFormat[];
  /** Rows and columns frozen at the top and left. */
  freeze?: { rows: number; columns: number };
  print?: { area?: string; fitToWidth?: boolean; landscape?: boolean; repeatRows?: string; paperSize?: "A4" };
}

/**
 * A figure as a cell value: a number where a binary double holds it (as the file stores numbers),
 * else its decimal text to 15 significant digits. Excel calls a file with Infinity in it damaged.
 */
export function figureValue(value: string): NonNullable<SpecCell["value"]> {
  if (Number.isFinite(Number(value))) return { type: "number", value };
  return { type: "string", value: new Decimal(value).toSignificantDigits(15).toString() };
}

/** Characters Excel does not allow in a sheet name, and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are not allowed in a name
const NOT_IN_SHEET_NAME = /[[\]:*?/\\\u0000-\u001f\u007f]/g;

/** At most `max` UTF-16 units, never half a surrogate pair. */
function truncated(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** A name Excel accepts: no []:*?/\, no apostrophe first or last, not empty, not "History". */
function validSheetName(wanted: string): string {
  const clean = wanted
    .replace(NOT_IN_SHEET_NAME, "-")
    .replace(/^'+|'+$/g, "")
    .trim();
  return clean === "" ? "Blad" : clean;
}

/**
 * "Prognos 2025–2027", then "Prognos 2025–2027 (2)", … never an existing name (Excel compares
 * case-insensitively, max 31 characters, "History" is reserved).
 */
export function uniqueSheetName(wanted: string, existing: readonly string[]): string {
  const taken = new Set([...existing, "History"].map((n) => n.toLowerCase()));
  const clean = validSheetName(wanted);
  const base = truncated(clean, 31).replace(/['\s]+$/, "");
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = truncated(clean, 31 - suffix.length).trimEnd() + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
