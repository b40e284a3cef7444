// Queues the writes of a SheetSpec onto a new Excel worksheet, without syncing, in two parts the
// caller (excel.ts) syncs apart: the content (every value, formula and number format), then the
// cosmetics (styles, widths, rules, panes, print setup), which may fail alone without costing the
// sheet its figures. Private helper of the Excel adapter.
import { address, columnLetter, parseAddress } from "../domain/grid";
import type { CellStyle, SheetSpec, SpecCell } from "../domain/sheetspec";

interface PlacedCell {
  row: number;
  column: number;
  spec: SpecCell;
}

/**
 * Column width in characters → points. Excel's width unit is the width of "0" in the default
 * font (Calibri 11: 7 px), plus 5 px of padding; a point is 4/3 px at 96 dpi. 10 characters → 56.25 pt.
 */
export function columnWidthPoints(characters: number): number {
  return ((characters * 7 + 5) * 3) / 4;
}

/** A spec literal or formula as Range.formulas takes it; text gets Excel's apostrophe so it stays text. */
export function cellContent(spec: SpecCell): string | number | boolean {
  if (spec.formula) return spec.formula;
  const v = spec.value;
  if (!v) return "";
  if (v.type === "number") return Number(v.value);
  if (v.type === "boolean") return v.value;
  // Without the apostrophe Excel would turn "2024", "1/2" or "=x" into a number, a date or a formula.
  return v.value === "" ? "" : `'${v.value}`;
}

function hasContent(spec: SpecCell): boolean {
  return spec.formula !== undefined || spec.value !== undefined;
}

/** Cells sorted by row then column, the last spec winning when an address repeats. */
function placeCells(cells: readonly SpecCell[]): PlacedCell[] {
  const byAddress = new Map<string, PlacedCell>();
  for (const spec of cells) {
    const at = parseAddress(spec.address);
    if (at) byAddress.set(address(at.row, at.column), { ...at, spec });
  }
  return [...byAddress.values()].sort((a, b) => a.row - b.row || a.column - b.column);
}

/** Splits sorted cells into runs of horizontally adjacent cells that share a key. */
function runs(cells: PlacedCell[], key: (cell: PlacedCell) => string = () => ""): PlacedCell[][] {
  const result: PlacedCell[][] = [];
  let run: PlacedCell[] = [];
  for (const cell of cells) {
    const last = run[run.length - 1];
    if (last && last.row === cell.row && last.column + 1 === cell.column && key(last) === key(cell)) {
      run.push(cell);
    } else {
      if (run.length > 0) result.push(run);
      run = [cell];
    }
  }
  if (run.length > 0) result.push(run);
  return result;
}

function runAddress(run: PlacedCell[]): string {
  const first = run[0];
  const last = run[run.length - 1];
  const a = address(first.row, first.column);
  return run.length === 1 ? a : `${a}:${address(last.row, last.column)}`;
}

function hexColor(rgb: string): string {
  return rgb.startsWith("#") ? rgb : `#${rgb}`;
}

const ALIGNMENT = { left: "Left", center: "Center", right: "Right" } as const;

function applyStyle(range: Excel.Range, style: CellStyle): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.color) format.font.color = hexColor(style.color);
  if (style.fill) format.fill.color = hexColor(style.fill);
  if (style.horizontalAlignment) format.horizontalAlignment = ALIGNMENT[style.horizontalAlignment];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.indent !== undefined && style.indent > 0) format.indentLevel = style.indent;
  if (style.borderTop) format.borders.getItem("EdgeTop").style = "Continuous";
  if (style.borderBottom) format.borders.getItem("EdgeBottom").style = "Continuous";
}

/** Number formats first, so that a value written after them is read as the format says. */
function queueCells(sheet: Excel.Worksheet, cells: PlacedCell[]): void {
  for (const run of runs(cells)) {
    const range = sheet.getRange(runAddress(run));
    if (run.some((c) => c.spec.numberFormat)) range.numberFormat = [run.map((c) => c.spec.numberFormat ?? "General")];
    if (run.some((c) => hasContent(c.spec))) range.formulas = [run.map((c) => cellContent(c.spec))];
  }
}

function queueStyles(sheet: Excel.Worksheet, cells: PlacedCell[]): void {
  const styled = cells.filter((c) => c.spec.style && Object.keys(c.spec.style).length > 0);
  for (const run of runs(styled, (c) => JSON.stringify(c.spec.style))) {
    applyStyle(sheet.getRange(runAddress(run)), run[0].spec.style as CellStyle);
  }
}

function queueLayout(sheet: Excel.Worksheet, spec: SheetSpec): void {
  for (const [column, characters] of Object.entries(spec.columnWidths ?? {})) {
    const letter = columnLetter(Number(column));
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = columnWidthPoints(characters);
  }
  for (const rule of spec.conditionalFormats ?? []) {
    const conditional = sheet.getRange(rule.range).conditionalFormats.add("Custom");
    conditional.custom.rule.formula = rule.formula;
    if (rule.style.fill) conditional.custom.format.fill.color = hexColor(rule.style.fill);
    if (rule.style.color) conditional.custom.format.font.color = hexColor(rule.style.color);
    if (rule.style.bold !== undefined) conditional.custom.format.font.bold = rule.style.bold;
  }
  const freeze = spec.freeze;
  if (freeze && freeze.rows > 0 && freeze.columns > 0) {
    sheet.freezePanes.freezeAt(`A1:${address(freeze.rows, freeze.columns)}`);
  } else if (freeze && freeze.rows > 0) {
    sheet.freezePanes.freezeRows(freeze.rows);
  } else if (freeze && freeze.columns > 0) {
    sheet.freezePanes.freezeColumns(freeze.columns);
  }
}

/** Landscape A4, one page wide and as many pages tall as the rows need (0: automatic, as fitToHeight="0" in a file). */
function queuePrint(sheet: Excel.Worksheet, spec: SheetSpec): void {
  const print = spec.print;
  if (!print) return;
  const layout = sheet.pageLayout;
  if (print.area) layout.setPrintArea(print.area);
  if (print.repeatRows) layout.setPrintTitleRows(print.repeatRows);
  if (print.landscape) layout.orientation = "Landscape";
  if (print.paperSize === "A4") layout.paperSize = "A4";
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
}

/** Queues the sheet's content: every value, formula and number format of the spec. */
export function queueSheetContent(sheet: Excel.Worksheet, spec: SheetSpec): void {
  queueCells(sheet, placeCells(spec.cells));
}

/** Queues what only makes the sheet look right: styles, column widths, conditional formats, panes, print setup. */
export function queueSheetCosmetics(sheet: Excel.Worksheet, spec: SheetSpec): void {
  queueStyles(sheet, placeCells(spec.cells));
  queueLayout(sheet, spec);
  queuePrint(sheet, spec);
}
