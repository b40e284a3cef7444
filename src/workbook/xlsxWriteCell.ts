// Writing exactly one cell of a sheet the user made (a fix the user asked for): the <c> element is
// replaced or inserted in place, keeping its style; the rest of the part stays as it was. When the
// cell was the master of a shared formula, the next cell of the group takes the formula over.
import { address, columnLetter, parseAddress, parseRange } from "../domain/grid";
import { writeStrings } from "../domain/strings";
import { slideFormula } from "./xlsxWriteFormula";
import { numberText } from "./xlsxWriteSheet";
import { applyEdits, decodeEntities, escapeXml, excelText, strictXmlText, tagEnd, type TextEdit } from "./xlsxWriteXml";

export type NewContent = { formula: string } | { number: string } | { text: string };

export class CellWriteError extends Error {}

interface CellTag {
  start: number;
  end: number;
  row: number;
  column: number;
  /** The whole element as written. */
  xml: string;
}

interface RowTag {
  start: number;
  /** Just after the start tag. */
  openEnd: number;
  /** Where the row's content ends ("</row>", or openEnd for <row/>). */
  closeStart: number;
  end: number;
  row: number;
  selfClosing: boolean;
}

/** Offset just after the element whose start tag begins at `start` (cells and rows hold no same-named children). */
function elementEnd(xml: string, start: number, name: string): number {
  const open = tagEnd(xml, start);
  if (open < 0) throw new CellWriteError(`unclosed <${name}>`);
  if (xml[open - 1] === "/") return open + 1;
  const close = xml.indexOf(`</${name}>`, open);
  if (close < 0) throw new CellWriteError(`unclosed <${name}>`);
  return close + name.length + 3;
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** The rows of sheetData in document order, numbered as Excel numbers rows without an r. */
function rowsOf(xml: string, from: number, to: number, p: string): RowTag[] {
  const rows: RowTag[] = [];
  const open = new RegExp(`<${p}row[\\s/>]`, "g");
  open.lastIndex = from;
  let previous = 0;
  for (let m = open.exec(xml); m && m.index < to; m = open.exec(xml)) {
    const openEnd = tagEnd(xml, m.index) + 1;
    const tag = xml.slice(m.index, openEnd);
    const row = Number(attribute(tag, "r") ?? previous + 1);
    const selfClosing = tag.endsWith("/>");
    const end = selfClosing ? openEnd : elementEnd(xml, m.index, `${p}row`);
    rows.push({
      start: m.index,
      openEnd,
      closeStart: selfClosing ? openEnd : end - `</${p}row>`.length,
      end,
      row,
      selfClosing,
    });
    previous = row;
    open.lastIndex = end;
  }
  return rows;
}

function cellsOf(xml: string, row: RowTag, p: string): CellTag[] {
  const cells: CellTag[] = [];
  const open = new RegExp(`<${p}c[\\s/>]`, "g");
  open.lastIndex = row.openEnd;
  let previous = 0;
  for (let m = open.exec(xml); m && m.index < row.closeStart; m = open.exec(xml)) {
    const end = elementEnd(xml, m.index, `${p}c`);
    const tag = xml.slice(m.index, tagEnd(xml, m.index) + 1);
    const at = parseAddress(attribute(tag, "r") ?? "");
    const column = at ? at.column : previous + 1;
    cells.push({ start: m.index, end, row: row.row, column, xml: xml.slice(m.index, end) });
    previous = column;
    open.lastIndex = end;
  }
  return cells;
}

function newCellXml(p: string, ref: string, style: string | undefined, content: NewContent): string {
  const s = style === undefined ? "" : ` s="${style}"`;
  if ("formula" in content)
    return `<${p}c r="${ref}"${s}><${p}f>${strictXmlText(content.formula.replace(/^=/, ""), ref)}</${p}f></${p}c>`;
  if ("number" in content) return `<${p}c r="${ref}"${s}><${p}v>${numberText(content.number, ref)}</${p}v></${p}c>`;
  const preserve = /^\s|\s$/.test(content.text) ? ' xml:space="preserve"' : "";
  return `<${p}c r="${ref}"${s} t="inlineStr"><${p}is><${p}t${preserve}>${excelText(content.text)}</${p}t></${p}is></${p}c>`;
}

/** The <f> start tag of a cell element, if it has a formula. */
function formulaTag(cell: string, p: string): string | undefined {
  const at = cell.search(new RegExp(`<${p}f[\\s/>]`));
  return at < 0 ? undefined : cell.slice(at, tagEnd(cell, at) + 1);
}

/** Refuses a cell inside an array formula over several cells: Excel cannot change part of one. */
function checkArrayFormulas(
  rows: { cells: CellTag[] }[],
  target: { row: number; column: number },
  p: string,
  sheet: string
): void {
  for (const { cells } of rows) {
    for (const cell of cells) {
      const f = formulaTag(cell.xml, p);
      if (!f || attribute(f, "t") !== "array") continue;
      const range = parseRange(attribute(f, "ref") ?? "");
      if (!range || (range.top === range.bottom && range.left === range.right)) continue;
      if (
        target.row >= range.top &&
        target.row <= range.bottom &&
        target.column >= range.left &&
        target.column <= range.right
      )
        throw new CellWriteError(writeStrings.arrayFormula(sheet, address(target.row, target.column)));
    }
  }
}

/** When the replaced cell was a shared formula's master, the group's next cell becomes its master. */
function promoteSharedFormula(old: CellTag, all: CellTag[], p: string): TextEdit[] {
  const f = formulaTag(old.xml, p);
  if (!f || attribute(f, "t") !== "shared" || attribute(f, "ref") === undefined) return [];
  const si = attribute(f, "si");
  const text = decodeEntities(/<[^>]*>([\s\S]*?)<\/[^>]*f>/.exec(old.xml.slice(old.xml.indexOf(f)))?.[1] ?? "");
  const group = all.filter((c) => {
    if (c === old) return false;
    const g = formulaTag(c.xml, p);
    return (
      g !== undefined &&
      attribute(g, "t") === "shared" &&
      attribute(g, "si") === si &&
      attribute(g, "ref") === undefined
    );
  });
  if (group.length === 0 || text === "") return [];
  const next = group[0];
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const c of group) {
    top = Math.min(top, c.row);
    left = Math.min(left, c.column);
    bottom = Math.max(bottom, c.row);
    right = Math.max(right, c.column);
  }
  const ref = `${columnLetter(left)}${top}:${columnLetter(right)}${bottom}`;
  const moved = slideFormula(text, next.row - old.row, next.column - old.column);
  const nextTag = formulaTag(next.xml, p) as string;
  const at = next.start + next.xml.indexOf(nextTag);
  const master = `<${p}f t="shared" ref="${ref}" si="${si}">${escapeXml(moved)}</${p}f>`;
  return [{ at, remove: nextTag.length, insert: master }];
}

/** The sheet part with one cell written; `p` is the namespace prefix of the part's elements. */
export function writeOneCell(xml: string, sheet: string, a1: string, content: NewContent): string {
  const target = parseAddress(a1);
  if (!target) throw new CellWriteError(writeStrings.badAddress(a1));
  const root = /<([\w.-]+:)?worksheet[\s>]/.exec(xml);
  const p = root?.[1] ?? "";
  const dataAt = xml.search(new RegExp(`<${p}sheetData[\\s/>]`));
  if (dataAt < 0) throw new CellWriteError("no sheetData");
  const dataOpenEnd = tagEnd(xml, dataAt) + 1;
  const selfClosingData = xml[dataOpenEnd - 2] === "/";
  const dataClose = selfClosingData ? dataOpenEnd : xml.indexOf(`</${p}sheetData>`, dataOpenEnd);
  const rows = rowsOf(xml, dataOpenEnd, dataClose, p).map((row) => ({ row, cells: cellsOf(xml, row, p) }));
  checkArrayFormulas(rows, target, p, sheet);
  const ref = address(target.row, target.column);
  const edits: TextEdit[] = [];
  const row = rows.find((r) => r.row.row === target.row);
  const old = row?.cells.find((c) => c.column === target.column);
  const style = old ? attribute(old.xml.slice(0, tagEnd(old.xml, 0) + 1), "s") : undefined;
  const cell = newCellXml(p, ref, style, content);
  if (old) {
    edits.push({ at: old.start, remove: old.end - old.start, insert: cell });
    edits.push(
      ...promoteSharedFormula(
        old,
        rows.flatMap((r) => r.cells),
        p
      )
    );
  } else if (row) {
    // The row's spans hint (optional) would no longer be true: it goes.
    const tag = xml.slice(row.row.start, row.row.openEnd).replace(/\sspans\s*=\s*("[^"]*"|'[^']*')/, "");
    const after = row.cells.find((c) => c.column > target.column);
    if (row.row.selfClosing) {
      const open = tag.replace(/\s*\/>$/, ">");
      edits.push({ at: row.row.start, remove: row.row.end - row.row.start, insert: `${open}${cell}</${p}row>` });
    } else {
      edits.push({ at: row.row.start, remove: row.row.openEnd - row.row.start, insert: tag });
      edits.push({ at: after ? after.start : row.row.closeStart, remove: 0, insert: cell });
    }
  } else {
    const after = rows.find((r) => r.row.row > target.row);
    const newRow = `<${p}row r="${target.row}">${cell}</${p}row>`;
    if (selfClosingData) {
      const tag = xml.slice(dataAt, dataOpenEnd).replace(/\s*\/>$/, ">");
      edits.push({ at: dataAt, remove: dataOpenEnd - dataAt, insert: `${tag}${newRow}</${p}sheetData>` });
    } else edits.push({ at: after ? after.row.start : dataClose, remove: 0, insert: newRow });
  }
  return applyEdits(xml, edits);
}
