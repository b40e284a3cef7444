// One <c> element of a worksheet into a Cell: its value by type (number, shared or inline string,
// boolean, error, ISO date), its cached formula result, its formula (shared formulas moved to the
// cell), and what its style says (number format, bold, indent). A number stays the number the file
// holds, whatever its format: a date is its serial number, as Excel stores it.
import type { Cell, CellValue } from "../domain/grid";
import {
  BOOLEAN,
  ERROR,
  FORMULA_STRING,
  INLINE_STRING,
  ISO_DATE,
  NUMBER,
  SHARED_STRING,
  type ScannedCell,
} from "./xlsxCellScan";
import { translateFormula } from "./xlsxFormula";
import { unescapeXstring, type CellStyleInfo } from "./xlsxParts";
import { decodeXml, latin1, type XmlScanner } from "./xmlScan";

/**
 * The formula given to a shared-formula cell whose master cannot be found, so that the
 * cell still counts as computed; its value is the cached result.
 */
export const UNRESOLVED_SHARED_FORMULA = "=#SHARED?";

/** What every cell of a workbook is read against. */
export interface CellContext {
  sharedStrings: CellValue[];
  styles: CellStyleInfo[];
  date1904: boolean;
}

const IN_NOTHING = 0;
const IN_VALUE = 1;
const IN_FORMULA = 2;
const IN_INLINE_TEXT = 3;

const EMPTY_VALUE: CellValue = Object.freeze({ type: "empty" });
const TRUE_VALUE: CellValue = Object.freeze({ type: "boolean", value: true });
const FALSE_VALUE: CellValue = Object.freeze({ type: "boolean", value: false });

interface Master {
  row: number;
  column: number;
  formula: string;
}

export class CellBuilder {
  private active = false;
  private row = 0;
  private column = 0;
  private style = 0;
  private type = NUMBER;
  private where = IN_NOTHING;
  private hasValue = false;
  /** A double from the start, so that storing one never changes the field's representation. */
  private number = Number.NaN;
  private raw: string | undefined;
  private hasFormula = false;
  private formula = "";
  private formulaKind: string | undefined;
  private sharedIndex: string | undefined;
  private inline: string | undefined;
  private phonetic = 0;
  private readonly masters = new Map<string, Master>();
  private readonly pending: { cell: Cell; row: number; column: number; si: string }[] = [];

  constructor(private readonly context: CellContext) {}

  /** At <c>: where it is, its style index and its type (see xlsxCellScan). */
  begin(row: number, column: number, style: number, type: number): void {
    this.active = true;
    this.row = row;
    this.column = column;
    this.style = style;
    this.type = type;
    this.where = IN_NOTHING;
    this.hasValue = false;
    this.raw = undefined;
    this.hasFormula = false;
    this.formula = "";
    this.inline = undefined;
    this.phonetic = 0;
  }

  /** An element inside the cell; false when it is none of the cell's. */
  open(scan: XmlScanner): boolean {
    if (!this.active) return false;
    if (scan.nameIs("v")) this.where = scan.selfClosing ? IN_NOTHING : IN_VALUE;
    else if (scan.nameIs("f")) {
      this.hasFormula = true;
      this.formulaKind = scan.attrValue("t");
      this.sharedIndex = scan.attrValue("si");
      this.where = scan.selfClosing ? IN_NOTHING : IN_FORMULA;
    } else if (scan.nameIs("is")) this.inline = "";
    else if (scan.nameIs("rPh")) {
      if (!scan.selfClosing) this.phonetic++;
    } else if (scan.nameIs("t")) {
      if (this.inline !== undefined && this.phonetic === 0 && !scan.selfClosing) this.where = IN_INLINE_TEXT;
    } else return false;
    return true;
  }

  close(scan: XmlScanner): boolean {
    if (!this.active) return false;
    if (scan.nameIs("rPh")) this.phonetic--;
    else if (!(scan.nameIs("v") || scan.nameIs("f") || scan.nameIs("t") || scan.nameIs("is"))) return false;
    this.where = IN_NOTHING;
    return true;
  }

  text(scan: XmlScanner): void {
    if (this.where === IN_VALUE) {
      if (!this.hasValue && this.type === NUMBER && !scan.cdata)
        this.valueBytes(scan.buf, scan.textStart, scan.textEnd);
      else {
        this.raw = (this.raw ?? (this.hasValue ? String(this.number) : "")) + scan.text();
        this.hasValue = true;
      }
    } else if (this.where === IN_FORMULA) this.formula += scan.text();
    else if (this.where === IN_INLINE_TEXT) this.inline += scan.text();
  }

  /** The whole of a cell as the fast path read it. */
  scanned(buf: Uint8Array, cell: ScannedCell): void {
    if (cell.valueStart >= 0) this.valueBytes(buf, cell.valueStart, cell.valueEnd);
    if (cell.hasFormula) {
      this.hasFormula = true;
      this.formula = cell.formula;
      this.formulaKind = cell.formulaKind;
      this.sharedIndex = cell.sharedIndex;
    }
  }

  /** The text of <v>, raw: a number parsed from the bytes, anything else decoded. */
  private valueBytes(buf: Uint8Array, start: number, end: number): void {
    if (this.type === NUMBER || this.type === SHARED_STRING) this.number = parseNumber(buf, start, end);
    else this.raw = decodeXml(buf, start, end, false);
    this.hasValue = true;
  }

  /** At </c>: the cell, or undefined when it holds nothing (a styled empty cell). */
  end(): Cell | undefined {
    this.active = false;
    const value = this.value();
    if (!this.hasFormula && value === EMPTY_VALUE) return undefined;
    const cell: Cell = { value };
    if (this.hasFormula) cell.formula = this.formulaOf(cell);
    const style = this.context.styles[this.style];
    if (style) {
      if (style.numberFormat !== undefined) cell.numberFormat = style.numberFormat;
      if (style.bold) cell.bold = true;
      if (style.indent) cell.indent = style.indent;
    }
    return cell;
  }

  /** Shared formulas whose master came after them in the file; the rest keep the unresolved mark. */
  resolvePending(): void {
    for (const { cell, row, column, si } of this.pending) {
      const master = this.masters.get(si);
      if (master) cell.formula = "=" + translateFormula(master.formula, row - master.row, column - master.column);
    }
  }

  private value(): CellValue {
    if (this.type === INLINE_STRING && this.inline !== undefined) {
      return this.inline === "" ? EMPTY_VALUE : { type: "string", value: unescapeXstring(this.inline) };
    }
    if (!this.hasValue) return EMPTY_VALUE;
    const text = this.raw;
    switch (this.type) {
      case SHARED_STRING:
        return this.context.sharedStrings[text === undefined ? this.number : Number(text)] ?? EMPTY_VALUE;
      case FORMULA_STRING:
      case INLINE_STRING:
        return { type: "string", value: unescapeXstring(text ?? "") };
      case BOOLEAN:
        return parseInt(text ?? "", 10) === 0 ? FALSE_VALUE : TRUE_VALUE;
      case ERROR:
        return { type: "error", value: text ?? "" };
      case ISO_DATE:
        return isoDateValue(text ?? "", this.context.date1904);
      default: {
        const number = text === undefined ? this.number : parseFloat(text);
        if (Number.isFinite(number)) return { type: "number", value: number };
        return text === undefined ? EMPTY_VALUE : { type: "string", value: text };
      }
    }
  }

  private formulaOf(cell: Cell): string {
    const si = this.sharedIndex;
    if (this.formulaKind === "shared" && si !== undefined) {
      if (this.formula !== "") {
        this.masters.set(si, { row: this.row, column: this.column, formula: this.formula });
        return "=" + this.formula;
      }
      const master = this.masters.get(si);
      if (master) return "=" + translateFormula(master.formula, this.row - master.row, this.column - master.column);
      this.pending.push({ cell, row: this.row, column: this.column, si });
    }
    return this.formula === "" ? UNRESOLVED_SHARED_FORMULA : "=" + this.formula;
  }
}

/** A number from ASCII bytes: whole numbers of up to 15 digits directly, the rest as parseFloat reads them. */
function parseNumber(buf: Uint8Array, start: number, end: number): number {
  let i = start;
  const negative = buf[i] === 0x2d;
  if (negative) i++;
  if (end > i && end - i <= 15) {
    let n = 0;
    let j = i;
    for (; j < end; j++) {
      const d = buf[j] - 0x30;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
    }
    if (j === end) return negative ? -n : n;
  }
  return parseFloat(latin1(buf, start, end));
}

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** A cell of type "d" (ISO 8601, as some writers store dates) as Excel's serial number. */
function isoDateValue(text: string, date1904: boolean): CellValue {
  const zoned = /[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : text + (text.includes("T") ? "Z" : "T00:00:00Z");
  const ms = Date.parse(zoned);
  if (!Number.isFinite(ms)) return { type: "string", value: text };
  return { type: "number", value: (ms - (date1904 ? EPOCH_1904 : EPOCH_1900)) / MS_PER_DAY };
}
