// Writing a SheetSpec into an ExcelJS worksheet, and UserSettings into a veryHidden sheet.
// Numbers arrive as decimal strings and become binary doubles only here: that is how the
// file format itself stores them.
import ExcelJS from "exceljs";
import { parseStoredSettings } from "../domain/settings";
import type { UserSettings } from "../domain/finding";
import { address } from "../domain/grid";
import type { CellStyle, ConditionalFormat, SheetSpec, SpecCell } from "../domain/sheetspec";
import { readStrings } from "../domain/strings";

/** Characters per settings cell: under Excel's limit of 32 767 a cell. */
export const SETTINGS_CHUNK = 30000;

/** Writes every part of the spec into a fresh worksheet. */
export function writeSpec(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  for (const cell of spec.cells) writeSpecCell(ws.getCell(cell.address), cell);
  for (const [column, width] of Object.entries(spec.columnWidths ?? {})) {
    ws.getColumn(Number(column)).width = width;
  }
  (spec.conditionalFormats ?? []).forEach((format, i) => addConditionalFormat(ws, format, i + 1));
  if (spec.freeze && (spec.freeze.rows > 0 || spec.freeze.columns > 0)) {
    const { rows, columns } = spec.freeze;
    ws.views = [{ state: "frozen", xSplit: columns, ySplit: rows, topLeftCell: address(rows + 1, columns + 1) }];
  }
  if (spec.print) ws.pageSetup = pageSetupOf(spec.print);
}

function writeSpecCell(target: ExcelJS.Cell, cell: SpecCell): void {
  const literal = cell.value ? literalOf(cell.value) : undefined;
  if (cell.formula) {
    const formula = stripEquals(cell.formula);
    // A literal next to a formula is its cached result; without one Excel computes on open.
    target.value = literal === undefined ? { formula } : { formula, result: literal };
  } else if (literal !== undefined) {
    target.value = literal;
  }
  if (cell.numberFormat) target.numFmt = cell.numberFormat;
  if (cell.style) applyStyle(target, cell.style);
}

function literalOf(value: NonNullable<SpecCell["value"]>): number | string | boolean {
  return value.type === "number" ? Number(value.value) : value.value;
}

function stripEquals(formula: string): string {
  return formula.startsWith("=") ? formula.slice(1) : formula;
}

function argb(rgb: string): string {
  return "FF" + rgb.replace(/^#/, "").toUpperCase();
}

function applyStyle(target: ExcelJS.Cell, style: CellStyle): void {
  const font: Partial<ExcelJS.Font> = {};
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.color) font.color = { argb: argb(style.color) };
  if (Object.keys(font).length > 0) target.font = font;
  if (style.fill) target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (style.horizontalAlignment) alignment.horizontal = style.horizontalAlignment;
  if (style.indent) alignment.indent = style.indent;
  if (style.wrap) alignment.wrapText = true;
  if (Object.keys(alignment).length > 0) target.alignment = alignment;
  const border: Partial<ExcelJS.Borders> = {};
  if (style.borderTop) border.top = { style: "thin" };
  if (style.borderBottom) border.bottom = { style: "thin" };
  if (Object.keys(border).length > 0) target.border = border;
}

function addConditionalFormat(ws: ExcelJS.Worksheet, format: ConditionalFormat, priority: number): void {
  const style: Partial<ExcelJS.Style> = {};
  if (format.style.fill) {
    // Differential formats take the fill colour as bgColor.
    style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(format.style.fill) } };
  }
  const font: Partial<ExcelJS.Font> = {};
  if (format.style.color) font.color = { argb: argb(format.style.color) };
  if (format.style.bold) font.bold = true;
  if (Object.keys(font).length > 0) style.font = font;
  ws.addConditionalFormatting({
    ref: format.range,
    rules: [{ type: "expression", priority, formulae: [stripEquals(format.formula)], style }],
  });
}

function pageSetupOf(print: NonNullable<SheetSpec["print"]>): Partial<ExcelJS.PageSetup> {
  const setup: Partial<ExcelJS.PageSetup> = {};
  if (print.area) setup.printArea = print.area.replace(/\$/g, "");
  if (print.fitToWidth) {
    setup.fitToPage = true;
    setup.fitToWidth = 1;
    setup.fitToHeight = 0;
  }
  setup.orientation = print.landscape ? "landscape" : "portrait";
  if (print.paperSize === "A4") setup.paperSize = 9;
  if (print.repeatRows) setup.printTitlesRow = print.repeatRows.replace(/\$/g, "");
  return setup;
}

/** Replaces the settings sheet: A1 explains it, A2 onward hold the JSON in chunks. */
export function writeSettingsSheet(workbook: ExcelJS.Workbook, sheetName: string, settings: UserSettings): void {
  const old = workbook.getWorksheet(sheetName);
  if (old) workbook.removeWorksheet(old.id);
  const ws = workbook.addWorksheet(sheetName, { state: "veryHidden" });
  ws.getCell("A1").value = readStrings.settingsSheetExplanation;
  const json = JSON.stringify(settings);
  chunksOf(json, SETTINGS_CHUNK).forEach((chunk, i) => {
    ws.getCell(i + 2, 1).value = chunk;
  });
}

/** Splits text into pieces of at most `size` characters, never between the halves of a surrogate pair. */
export function chunksOf(text: string, size: number): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < text.length;) {
    let end = Math.min(i + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    chunks.push(text.slice(i, end));
    i = end;
  }
  return chunks;
}

/** The settings stored by writeSettingsSheet; empty settings when there are none or they are unreadable. */
export function readSettingsSheet(workbook: ExcelJS.Workbook, sheetName: string): UserSettings {
  const ws = workbook.getWorksheet(sheetName);
  if (!ws) return {};
  let json = "";
  for (let row = 2; row <= ws.rowCount; row++) {
    const value = ws.getCell(row, 1).value;
    if (typeof value !== "string") break;
    json += value;
  }
  return parseStoredSettings(json);
}
