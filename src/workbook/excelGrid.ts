// Turns what Office.js returns for a worksheet, block by block, into a Grid. Pure data in, Grid out:
// the Office.js calls that produce this data live in excelRead.ts.
import { parseRange, type Cell, type CellRange, type CellValue, type Grid } from "../domain/grid";

/** Per-cell formatting read with Range.getCellProperties, for label (text) cells only. */
export interface LoadedCellFormat {
  bold?: boolean;
  indent?: number;
}

/** One rectangle of a sheet as loaded: Range.values, formulas, numberFormat and valueTypes. */
export interface LoadedBlock {
  /** 0-based row and column of the block's top-left cell (Range.rowIndex, columnIndex). */
  top: number;
  left: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  valueTypes: string[][];
  /** One flag a row of the block, top to bottom (Range.getRowProperties). */
  rowHidden?: boolean[];
}

/** A text cell's place, 0-based: the label cells whose bold and indent recognition uses. */
export interface TextSpan {
  column: number;
  top: number;
  bottom: number;
}

/** "'My sheet'!$B$3:$F$40" → the rectangle B3:F40; undefined when the address is not a single range. */
export function parseSheetAddress(address: string): CellRange | undefined {
  const bang = address.lastIndexOf("!");
  const local = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "").trim();
  return parseRange(local);
}

/** Splits a multi-area address at the commas that are not inside a quoted sheet name. */
export function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current.trim());
      current = "";
    } else {
      current += ch;
    }
  }
  if (current.trim() !== "") parts.push(current.trim());
  return parts;
}

/** One cell's value from Range.values and Range.valueTypes (Excel.RangeValueType). */
export function cellValue(value: unknown, valueType: string | undefined): CellValue {
  switch (valueType) {
    case "Empty":
      return { type: "empty" };
    case "Error":
      return { type: "error", value: String(value) };
    case "Boolean":
      return { type: "boolean", value: value === true };
    case "Integer":
    case "Double":
      if (typeof value === "number") return { type: "number", value };
      break;
    case "String":
      return value === "" || value === null || value === undefined
        ? { type: "empty" }
        : { type: "string", value: String(value) };
  }
  // "Unknown", "RichValue" or an unexpected pair: judge by the JavaScript type.
  if (typeof value === "number") return { type: "number", value };
  if (typeof value === "boolean") return { type: "boolean", value };
  if (value === "" || value === null || value === undefined) return { type: "empty" };
  return { type: "string", value: String(value) };
}

/**
 * The formula of a cell, or undefined. Range.formulas gives a constant's own text, without the
 * apostrophe it was typed with: text typed as '=SUMMA(B3:B9), or typed into a Text-formatted
 * cell, comes back as "=SUMMA(B3:B9)" with the same text as its value. That is text, not a formula.
 */
export function cellFormula(formula: unknown, value: unknown, valueType: string | undefined): string | undefined {
  if (typeof formula !== "string" || !formula.startsWith("=")) return undefined;
  if (valueType === "String" && value === formula) return undefined;
  return formula;
}

function readCell(block: LoadedBlock, r: number, c: number): Cell | undefined {
  const raw = block.values[r]?.[c];
  const type = block.valueTypes[r]?.[c];
  const value = cellValue(raw, type);
  const formula = cellFormula(block.formulas[r]?.[c], raw, type);
  if (value.type === "empty" && !formula) return undefined;
  const cell: Cell = { value };
  if (formula) cell.formula = formula;
  const format = block.numberFormat[r]?.[c];
  if (typeof format === "string" && format !== "" && format !== "General") cell.numberFormat = format;
  return cell;
}

/** Collects one worksheet's blocks, label formats, hidden rows and columns and merges into a Grid. */
export class GridBuilder {
  private readonly rows: (Cell | undefined)[][] = [];
  private readonly hiddenRows = new Set<number>();
  private readonly hiddenColumns = new Set<number>();
  private readonly merges: CellRange[] = [];

  constructor(
    private readonly name: string,
    private readonly hidden: boolean,
    private readonly isProtected: boolean
  ) {}

  addBlock(block: LoadedBlock): void {
    block.values.forEach((line, r) => {
      const row = block.top + r;
      line.forEach((_, c) => {
        const cell = readCell(block, r, c);
        if (cell) (this.rows[row] ??= [])[block.left + c] = cell;
      });
      if (block.rowHidden?.[r]) this.hiddenRows.add(row + 1);
    });
  }

  hideColumns(left: number, flags: readonly boolean[]): void {
    flags.forEach((flag, i) => flag && this.hiddenColumns.add(left + i + 1));
  }

  /** Where the text cells are, column by column, as spans from the first to the last one. */
  textSpans(): TextSpan[] {
    const spans = new Map<number, TextSpan>();
    this.rows.forEach((line, row) =>
      line.forEach((cell, column) => {
        if (cell?.value.type !== "string") return;
        const span = spans.get(column);
        if (span) span.bottom = row;
        else spans.set(column, { column, top: row, bottom: row });
      })
    );
    return [...spans.values()].sort((a, b) => a.column - b.column || a.top - b.top);
  }

  /** Bold and indent of the cells of one column span, top to bottom; only text cells keep them. */
  setFormats(span: TextSpan, formats: readonly LoadedCellFormat[]): void {
    formats.forEach((format, i) => {
      const cell = this.rows[span.top + i]?.[span.column];
      if (cell?.value.type !== "string") return;
      if (format.bold === true) cell.bold = true;
      if (typeof format.indent === "number" && format.indent > 0) cell.indent = format.indent;
    });
  }

  /** RangeAreas.address of the merged areas, e.g. "Budget!A1:D1, Budget!A9:B9". */
  setMerges(address: string): void {
    for (const area of splitAreas(address)) {
      const range = parseSheetAddress(area);
      if (range) this.merges.push(range);
    }
  }

  /** Each cell at its true position, empty cells left out, rows trimmed at their last cell. */
  build(): Grid {
    const rows: (Cell | undefined)[][] = [];
    for (let r = 0; r < this.rows.length; r++) {
      const line = this.rows[r] ?? [];
      rows.push(Array.from({ length: line.length }, (_, c) => line[c]));
    }
    const grid: Grid = { name: this.name, rows, merges: this.merges };
    if (this.hidden) grid.hidden = true;
    if (this.isProtected) grid.protected = true;
    if (this.hiddenRows.size > 0) grid.hiddenRows = [...this.hiddenRows].sort((a, b) => a - b);
    if (this.hiddenColumns.size > 0) grid.hiddenColumns = [...this.hiddenColumns].sort((a, b) => a - b);
    return grid;
  }
}
