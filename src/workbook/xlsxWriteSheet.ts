// A SheetSpec as a worksheet part: values, formulas with their cached results, number formats and
// styles (as indices into the appended styles), column widths, frozen panes, conditional formats
// and print setup. Text is written inline (the workbook's shared strings stay as they were).
import Decimal from "decimal.js";
import { address, parseAddress } from "../domain/grid";
import type { SheetSpec, SpecCell } from "../domain/sheetspec";
import { writeStrings } from "../domain/strings";
import type { AppendedStyles } from "./xlsxWriteStyles";
import { escapeXml, excelText, strictXmlText } from "./xlsxWriteXml";

const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384;

/** A number the spec could not hold in a file: Excel stores binary doubles, and this one has none. */
export class SheetWriteError extends Error {}

/**
 * A decimal string as the text of a <v>: the nearest binary double, as the file format stores
 * numbers. A figure beyond the doubles' range is refused: Excel calls Infinity a damaged file.
 */
export function numberText(value: string, at: string): string {
  let n: number;
  try {
    n = new Decimal(value).toNumber();
  } catch {
    throw new SheetWriteError(writeStrings.notANumber(at, value));
  }
  if (!Number.isFinite(n)) throw new SheetWriteError(writeStrings.nonFiniteNumber(at));
  return String(n === 0 ? 0 : n);
}

/** The spec's cells by position, a later cell of the same address laid over an earlier one. */
function cellsByRow(spec: SheetSpec): Map<number, Map<number, SpecCell>> {
  const rows = new Map<number, Map<number, SpecCell>>();
  for (const cell of spec.cells) {
    const at = parseAddress(cell.address);
    if (!at || at.row < 1 || at.row > MAX_ROWS || at.column < 1 || at.column > MAX_COLUMNS)
      throw new SheetWriteError(writeStrings.badAddress(cell.address));
    let row = rows.get(at.row);
    if (!row) rows.set(at.row, (row = new Map()));
    const before = row.get(at.column);
    row.set(at.column, before ? overlay(before, cell) : cell);
  }
  return rows;
}

function overlay(before: SpecCell, after: SpecCell): SpecCell {
  const merged: SpecCell = { ...before, address: after.address };
  if (after.formula) {
    merged.formula = after.formula;
    if (after.value) merged.value = after.value;
    else delete merged.value;
  } else if (after.value) {
    merged.value = after.value;
    delete merged.formula;
  }
  if (after.numberFormat) merged.numberFormat = after.numberFormat;
  if (after.style) merged.style = after.style;
  return merged;
}

function stripEquals(formula: string): string {
  return formula.startsWith("=") ? formula.slice(1) : formula;
}

/** Text in a <t> or <v>, keeping leading and trailing spaces. */
function textElement(name: string, text: string): string {
  const preserve = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
  return `<${name}${preserve}>${excelText(text)}</${name}>`;
}

function cellXml(ref: string, cell: SpecCell, style: number | undefined): string {
  const s = style === undefined ? "" : ` s="${style}"`;
  const value = cell.value;
  if (cell.formula) {
    const f = `<f>${strictXmlText(stripEquals(cell.formula), ref)}</f>`;
    // A value next to a formula is its cached result; without one Excel computes it on open.
    if (!value) return `<c r="${ref}"${s}>${f}</c>`;
    if (value.type === "number") return `<c r="${ref}"${s}>${f}<v>${numberText(value.value, ref)}</v></c>`;
    if (value.type === "boolean") return `<c r="${ref}"${s} t="b">${f}<v>${value.value ? 1 : 0}</v></c>`;
    return `<c r="${ref}"${s} t="str">${f}${textElement("v", value.value)}</c>`;
  }
  if (!value) return `<c r="${ref}"${s}/>`;
  if (value.type === "number") return `<c r="${ref}"${s}><v>${numberText(value.value, ref)}</v></c>`;
  if (value.type === "boolean") return `<c r="${ref}"${s} t="b"><v>${value.value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is>${textElement("t", value.value)}</is></c>`;
}

function sheetDataXml(rows: Map<number, Map<number, SpecCell>>, styles: AppendedStyles | undefined): string {
  const out: string[] = [];
  for (const r of [...rows.keys()].sort((a, b) => a - b)) {
    const cells = rows.get(r) as Map<number, SpecCell>;
    const xml = [...cells.keys()]
      .sort((a, b) => a - b)
      .map((c) => {
        const cell = cells.get(c) as SpecCell;
        return cellXml(address(r, c), cell, styles?.xfOf(cell));
      });
    out.push(`<row r="${r}">${xml.join("")}</row>`);
  }
  return out.length > 0 ? `<sheetData>${out.join("")}</sheetData>` : "<sheetData/>";
}

function dimension(rows: Map<number, Map<number, SpecCell>>): string {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const [r, cells] of rows) {
    top = Math.min(top, r);
    bottom = Math.max(bottom, r);
    for (const c of cells.keys()) {
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
  }
  if (bottom === 0) return "A1";
  const a = address(top, left);
  const b = address(bottom, right);
  return a === b ? a : `${a}:${b}`;
}

function viewsXml(freeze: SheetSpec["freeze"]): string {
  if (!freeze || (freeze.rows <= 0 && freeze.columns <= 0))
    return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const { rows, columns } = freeze;
  const pane = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  const split = `${columns > 0 ? ` xSplit="${columns}"` : ""}${rows > 0 ? ` ySplit="${rows}"` : ""}`;
  const topLeft = address(rows + 1, columns + 1);
  return (
    `<sheetViews><sheetView workbookViewId="0"><pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`
  );
}

function colsXml(widths: SheetSpec["columnWidths"]): string {
  const entries = Object.entries(widths ?? {})
    .map(([c, w]) => [Number(c), w] as const)
    .filter(([c, w]) => Number.isInteger(c) && c >= 1 && c <= MAX_COLUMNS && Number.isFinite(w) && w >= 0)
    .sort((a, b) => a[0] - b[0]);
  if (entries.length === 0) return "";
  return `<cols>${entries.map(([c, w]) => `<col min="${c}" max="${c}" width="${Math.min(w, 255)}" customWidth="1"/>`).join("")}</cols>`;
}

function conditionalXml(spec: SheetSpec, styles: AppendedStyles | undefined): string {
  return (spec.conditionalFormats ?? [])
    .map((format, i) => {
      const dxf = styles?.dxfIds[i];
      const dxfAttr = dxf === undefined ? "" : ` dxfId="${dxf}"`;
      const formula = strictXmlText(stripEquals(format.formula), format.range);
      return (
        `<conditionalFormatting sqref="${escapeXml(format.range.replace(/\$/g, ""))}">` +
        `<cfRule type="expression"${dxfAttr} priority="${i + 1}"><formula>${formula}</formula></cfRule></conditionalFormatting>`
      );
    })
    .join("");
}

function printXml(print: SheetSpec["print"]): { sheetPr: string; page: string } {
  if (!print) return { sheetPr: "", page: "" };
  const setup = [
    print.paperSize === "A4" ? ' paperSize="9"' : "",
    ` orientation="${print.landscape ? "landscape" : "portrait"}"`,
    print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : "",
  ].join("");
  return {
    sheetPr: print.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "",
    page:
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
      `<pageSetup${setup}/>`,
  };
}

/** The worksheet part for `spec`, in the workbook's SpreadsheetML namespace. */
export function worksheetXml(spec: SheetSpec, styles: AppendedStyles | undefined, namespace: string): string {
  const rows = cellsByRow(spec);
  const print = printXml(spec.print);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${escapeXml(namespace)}">` +
    print.sheetPr +
    `<dimension ref="${dimension(rows)}"/>` +
    viewsXml(spec.freeze) +
    colsXml(spec.columnWidths) +
    sheetDataXml(rows, styles) +
    conditionalXml(spec, styles) +
    print.page +
    "</worksheet>"
  );
}

/** "A1:I40" or "$A$1:$I$40" → "$A$1:$I$40"; "1:1" → "$1:$1". */
export function absoluteRange(range: string): string {
  return range
    .replace(/\$/g, "")
    .split(":")
    .map((part) =>
      part.replace(
        /^([A-Za-z]*)(\d*)$/,
        (_, c: string, r: string) => `${c ? "$" + c.toUpperCase() : ""}${r ? "$" + r : ""}`
      )
    )
    .join(":");
}
