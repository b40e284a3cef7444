// One worksheet part, streamed chunk by chunk into a Grid. Only cells with a value or formula are
// built; an empty row, a styled empty cell or a merged area costs nothing but the bytes read, and
// the Grid stays proportional to the cells present (see xlsxGridShape.ts).
import type { Cell, CellRange, Grid } from "../domain/grid";
import { readStrings } from "../domain/strings";
import { parseRange } from "../domain/grid";
import { CellBuilder, type CellContext } from "./xlsxCell";
import { cellAddress, digits, NUMBER, ScannedCell, scanCell, typeOf } from "./xlsxCellScan";
import { coverMerges, finishRows } from "./xlsxGridShape";
import { MAX_COLUMN, MAX_ROW, type ReadLimits } from "./xlsxLimits";
import { CLOSE, END, MORE, OPEN, TEXT, XmlScanner } from "./xmlScan";

/** A sheet the reader stops on: past a limit, or beyond Excel's last row or column. */
export class SheetLimitError extends Error {}

/** The longest single token (a tag or a text) the reader carries from one chunk to the next. */
const MAX_TOKEN_BYTES = 8 * 1024 * 1024;

export interface SheetBudget {
  /** Cells still allowed in the whole workbook; the reader takes what it uses. */
  cellsLeft: number;
}

export class SheetReader {
  private readonly rows: (Cell | undefined)[][] = [];
  private readonly merges: CellRange[] = [];
  private readonly hiddenRows: number[] = [];
  private readonly hiddenColumns = new Set<number>();
  private protectedSheet = false;
  private readonly cell: CellBuilder;
  private readonly scan = new XmlScanner(new Uint8Array(0), false);
  private readonly scanned = new ScannedCell();
  private carry: Uint8Array | undefined;
  private cells = 0;
  private row = 0;
  private column = 0;
  private inSheetData = false;

  constructor(
    private readonly name: string,
    context: CellContext,
    private readonly limits: ReadLimits,
    private readonly budget: SheetBudget
  ) {
    this.cell = new CellBuilder(context);
  }

  /** Reads the next bytes of the sheet part. */
  push(chunk: Uint8Array): void {
    this.consume(chunk, false);
  }

  /** The Grid, once every byte was pushed. */
  finish(hidden: boolean): Grid {
    this.consume(new Uint8Array(0), true);
    coverMerges(this.rows, this.merges);
    const rows = finishRows(this.rows);
    const merges = this.merges.sort((a, b) => a.top - b.top || a.left - b.left);
    const grid: Grid = { name: this.name, rows, merges };
    if (hidden) grid.hidden = true;
    if (this.protectedSheet) grid.protected = true;
    if (this.hiddenRows.length > 0) grid.hiddenRows = this.hiddenRows;
    if (this.hiddenColumns.size > 0) grid.hiddenColumns = [...this.hiddenColumns].sort((a, b) => a - b);
    this.cell.resolvePending();
    return grid;
  }

  private consume(chunk: Uint8Array, final: boolean): void {
    let bytes = chunk;
    if (this.carry && this.carry.length > 0) {
      bytes = new Uint8Array(this.carry.length + chunk.length);
      bytes.set(this.carry);
      bytes.set(chunk, this.carry.length);
    }
    const scan = this.scan;
    scan.reset(bytes, final);
    for (;;) {
      if (this.inSheetData && this.fastCell(scan)) continue;
      const token = scan.next();
      if (token === MORE) break;
      if (token === END) {
        this.carry = undefined;
        return;
      }
      if (token === OPEN) this.open(scan);
      else if (token === CLOSE) this.close(scan);
      else if (token === TEXT) this.cell.text(scan);
    }
    const rest = bytes.length - scan.tokenStart;
    if (rest > MAX_TOKEN_BYTES) throw new SheetLimitError(readStrings.tokenTooLong(this.name));
    this.carry = rest > 0 ? bytes.slice(scan.tokenStart) : undefined;
  }

  private open(scan: XmlScanner): void {
    const length = scan.nameEnd - scan.nameStart;
    const first = scan.buf[scan.nameStart];
    if (this.inSheetData) {
      if (length === 1 && first === 0x63 /* c */) return this.openCell(scan);
      if (this.cell.open(scan)) return;
      if (scan.nameIs("row")) return this.openRow(scan);
    }
    if (scan.nameIs("sheetData")) this.inSheetData = !scan.selfClosing;
    else if (scan.nameIs("mergeCell")) this.addMerge(scan.attrValue("ref"));
    else if (scan.nameIs("col")) this.hideColumns(scan);
    else if (scan.nameIs("sheetProtection")) this.protectedSheet = isOn(scan.attrValue("sheet"));
  }

  private close(scan: XmlScanner): void {
    const length = scan.nameEnd - scan.nameStart;
    if (!this.inSheetData) return;
    if (length === 1 && scan.buf[scan.nameStart] === 0x63 /* c */) return this.closeCell();
    if (this.cell.close(scan)) return;
    if (scan.nameIs("sheetData")) this.inSheetData = false;
  }

  private openRow(scan: XmlScanner): void {
    const r = scan.attr("r") ? digits(scan.buf, scan.valueStart, scan.valueEnd) : this.row + 1;
    if (!(r >= 1 && r <= MAX_ROW)) throw new SheetLimitError(readStrings.beyondLastRow(this.name));
    this.row = r;
    this.column = 0;
    if (scan.attr("hidden") && isOnBytes(scan.buf, scan.valueStart, scan.valueEnd)) this.hideRow(r);
  }

  /** A cell in a common shape, read without the tokenizer; false when the tokenizer must read it. */
  private fastCell(scan: XmlScanner): boolean {
    const buf = scan.buf;
    const at = scan.pos;
    if (at + 3 >= buf.length || buf[at] !== 0x3c || buf[at + 1] !== 0x63) return false;
    if (buf[at + 2] !== 0x20 && buf[at + 2] !== 0x3e) return false;
    const cell = this.scanned;
    if (!scanCell(buf, at, cell)) return false;
    this.place(cell.address);
    this.cell.begin(this.row, this.column, cell.style, cell.type);
    this.cell.scanned(buf, cell);
    this.closeCell();
    scan.pos = cell.end;
    return true;
  }

  private openCell(scan: XmlScanner): void {
    let address = -2;
    if (scan.attr("r")) {
      address = cellAddress(scan.buf, scan.valueStart, scan.valueEnd);
      if (address < 0) throw new SheetLimitError(readStrings.beyondLastCell(this.name));
    }
    this.place(address);
    const style = scan.attr("s") ? digits(scan.buf, scan.valueStart, scan.valueEnd) | 0 : 0;
    const type = scan.attr("t") ? typeOf(scan.buf, scan.valueStart, scan.valueEnd) : NUMBER;
    this.cell.begin(this.row, this.column, style, type);
    if (scan.selfClosing) this.closeCell();
  }

  /** Moves to a cell's address (see cellAddress), or to the next column when it has none. */
  private place(address: number): void {
    if (address === -2) {
      this.column++;
      if (this.row < 1) this.row = 1;
      return;
    }
    this.row = Math.floor(address / 0x4000) || Math.max(this.row, 1);
    this.column = (address % 0x4000) + 1;
  }

  private closeCell(): void {
    const cell = this.cell.end();
    if (!cell) return;
    if (++this.cells > this.limits.cellsPerSheet) {
      throw new SheetLimitError(readStrings.tooManyCells(this.name, this.limits.cellsPerSheet));
    }
    if (--this.budget.cellsLeft < 0) throw new SheetLimitError(readStrings.tooManyCellsTotal(this.limits.cells));
    const r = this.row - 1;
    const line = this.rows[r] ?? (this.rows[r] = []);
    line[this.column - 1] = cell;
  }

  private hideRow(r: number): void {
    // Counted with the cells: a hidden row costs a number in the Grid.
    if (++this.cells > this.limits.cellsPerSheet) {
      throw new SheetLimitError(readStrings.tooManyCells(this.name, this.limits.cellsPerSheet));
    }
    this.hiddenRows.push(r);
  }

  private addMerge(ref: string | undefined): void {
    const range = ref === undefined ? undefined : parseRange(ref);
    if (!range) return;
    if (range.bottom > MAX_ROW || range.right > MAX_COLUMN)
      throw new SheetLimitError(readStrings.beyondLastCell(this.name));
    if (this.merges.length >= this.limits.mergesPerSheet) {
      throw new SheetLimitError(readStrings.tooManyMerges(this.name, this.limits.mergesPerSheet));
    }
    this.merges.push(range);
  }

  private hideColumns(scan: XmlScanner): void {
    if (!isOn(scan.attrValue("hidden"))) return;
    const min = Math.max(1, Number(scan.attrValue("min")));
    const max = Math.min(MAX_COLUMN, Number(scan.attrValue("max") ?? min));
    for (let c = min; c <= max; c++) this.hiddenColumns.add(c);
  }
}

function isOn(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

function isOnBytes(buf: Uint8Array, start: number, end: number): boolean {
  const length = end - start;
  return (length === 1 && buf[start] === 0x31) || (length === 4 && buf[start] === 0x74);
}
