// SheetSpec: a new sheet to write. Both adapters write the same spec (DESIGN.md).

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

/** "Prognos 2025–2027", then "Prognos 2025–2027 (2)", … never an existing name (Excel compares case-insensitively, max 31 characters). */
export function uniqueSheetName(wanted: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const base = wanted.slice(0, 31);
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = wanted.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
