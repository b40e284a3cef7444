// The styles a new sheet needs, appended to the workbook's styles.xml: new number formats, fonts,
// fills, borders, cell formats and differential formats go at the end of their lists, so every
// index the workbook already uses keeps its meaning.
import type { CellStyle, ConditionalFormat, SpecCell } from "../domain/sheetspec";
import {
  appendChildren,
  applyEdits,
  childrenNamed,
  escapeXml,
  firstChild,
  localName,
  parseXml,
  prefixOf,
  setAttribute,
  type TextEdit,
  type XmlElement,
} from "./xlsxWriteXml";

/** Number formats Excel knows by id; any other code becomes a custom format (id 164 on). */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "@": 49,
};

/** styleSheet children in schema order: a missing list is created in its place. */
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs"];

const DEFAULT_CHILDREN: Record<string, string[]> = {
  fonts: ['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'],
  fills: ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'],
  borders: ["<border><left/><right/><top/><bottom/><diagonal/></border>"],
  cellStyleXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'],
  cellXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'],
};

export type CellFormat = Pick<SpecCell, "numberFormat" | "style">;

export interface AppendedStyles {
  /** Whether the sheet needs any style; when not, xml is styles.xml as it was. */
  appended: boolean;
  xml: string;
  /** The cellXfs index for a cell's format; undefined for a cell with none (the workbook's default). */
  xfOf(cell: CellFormat): number | undefined;
  /** dxfId of each conditional format, in order. */
  dxfIds: number[];
}

function argb(rgb: string): string {
  return "FF" + rgb.replace(/^#/, "").toUpperCase();
}

function keyOf(cell: CellFormat): string | undefined {
  const s = cell.style ?? {};
  const parts = [
    cell.numberFormat && cell.numberFormat !== "General" ? cell.numberFormat : "",
    s.bold ? "b" : "",
    s.italic ? "i" : "",
    s.color ?? "",
    s.fill ?? "",
    s.horizontalAlignment ?? "",
    s.indent ? String(s.indent) : "",
    s.wrap ? "w" : "",
    s.borderTop ? "t" : "",
    s.borderBottom ? "u" : "",
  ];
  return parts.every((p) => p === "") ? undefined : JSON.stringify(parts);
}

/** A list of the styleSheet with what we add to it. */
class StyleList {
  readonly added: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(
    readonly name: string,
    readonly element: XmlElement | undefined,
    private readonly existing: number
  ) {}
  /** The index of `xml` in the list, appending it the first time. */
  indexOf(xml: string): number {
    const known = this.index.get(xml);
    if (known !== undefined) return known;
    const i = this.existing + this.added.length;
    this.added.push(xml);
    this.index.set(xml, i);
    return i;
  }
  get count(): number {
    return this.existing + this.added.length;
  }
}

/** The workbook's default font with bold, italic or a colour on top, so new cells match the book. */
function fontXml(defaultFont: string, p: string, style: CellStyle): string {
  const font = parseXml(defaultFont, "styles.xml font");
  const kept = font.children
    .filter((c) => {
      const name = localName(c.name);
      return name !== "b" && name !== "i" && !(name === "color" && style.color);
    })
    .map((c) => defaultFont.slice(c.start, c.end))
    .join("");
  const bold = style.bold ? `<${p}b/>` : "";
  const italic = style.italic ? `<${p}i/>` : "";
  const color = style.color ? `<${p}color rgb="${argb(style.color)}"/>` : "";
  return `<${p}font>${bold}${italic}${kept}${color}</${p}font>`;
}

/** Appends what `cells` and `formats` need to styles.xml (given as text) and says where they went. */
export function appendStyles(
  stylesXml: string,
  cells: readonly CellFormat[],
  formats: readonly ConditionalFormat[]
): AppendedStyles {
  const root = parseXml(stylesXml, "styles.xml");
  const p = prefixOf(root.name);
  const lists = new Map<string, StyleList>();
  for (const name of [...ORDER]) {
    const element = firstChild(root, name);
    const count = element ? element.children.length : 0;
    const list = new StyleList(name, element, count);
    lists.set(name, list);
    if (name === "fills" && count < 2)
      DEFAULT_CHILDREN.fills.slice(count).forEach((x) => list.indexOf(withPrefix(x, p)));
    else if (count === 0 && DEFAULT_CHILDREN[name])
      DEFAULT_CHILDREN[name].forEach((x) => list.indexOf(withPrefix(x, p)));
  }
  const list = (name: string) => lists.get(name) as StyleList;
  const fontsElement = firstChild(root, "fonts");
  const firstFont = fontsElement?.children[0];
  const defaultFont = firstFont
    ? stylesXml.slice(firstFont.start, firstFont.end)
    : withPrefix(DEFAULT_CHILDREN.fonts[0], p);
  let nextNumFmt = 164;
  for (const n of childrenNamed(firstChild(root, "numFmts") ?? root, "numFmt")) {
    nextNumFmt = Math.max(nextNumFmt, (Number(n.attrs.get("numFmtId")) || 0) + 1);
  }
  const customFormats = new Map<string, number>();
  const numFmtId = (code: string | undefined): number => {
    if (!code) return 0;
    if (code in BUILT_IN_FORMATS) return BUILT_IN_FORMATS[code];
    let id = customFormats.get(code);
    if (id === undefined) {
      id = nextNumFmt++;
      customFormats.set(code, id);
      list("numFmts").indexOf(`<${p}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    }
    return id;
  };
  const xfIndex = new Map<string, number>();
  for (const cell of cells) {
    const key = keyOf(cell);
    if (key === undefined || xfIndex.has(key)) continue;
    xfIndex.set(key, list("cellXfs").indexOf(xfXml(cell, p, numFmtId(cell.numberFormat), lists, defaultFont)));
  }
  const dxfIds = formats.map((f) => list("dxfs").indexOf(dxfXml(f.style, p)));
  const appended = xfIndex.size > 0 || dxfIds.length > 0;
  const xml = appended ? applyEdits(stylesXml, listEdits(stylesXml, root, [...lists.values()], p)) : stylesXml;
  return {
    appended,
    xml,
    xfOf: (cell) => {
      const key = keyOf(cell);
      return key === undefined ? undefined : xfIndex.get(key);
    },
    dxfIds,
  };
}

function withPrefix(xml: string, p: string): string {
  return p ? xml.replace(/<(\/?)([A-Za-z])/g, `<$1${p}$2`) : xml;
}

function xfXml(
  cell: CellFormat,
  p: string,
  numFmtId: number,
  lists: Map<string, StyleList>,
  defaultFont: string
): string {
  const s = cell.style ?? {};
  const fonts = lists.get("fonts") as StyleList;
  const fills = lists.get("fills") as StyleList;
  const borders = lists.get("borders") as StyleList;
  const fontId = s.bold || s.italic || s.color ? fonts.indexOf(fontXml(defaultFont, p, s)) : 0;
  const fillId = s.fill
    ? fills.indexOf(
        `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(s.fill)}"/></${p}patternFill></${p}fill>`
      )
    : 0;
  const side = (name: string, on: boolean | undefined) => (on ? `<${p}${name} style="thin"/>` : `<${p}${name}/>`);
  const borderId =
    s.borderTop || s.borderBottom
      ? borders.indexOf(
          `<${p}border>${side("left", false)}${side("right", false)}${side("top", s.borderTop)}${side("bottom", s.borderBottom)}${side("diagonal", false)}</${p}border>`
        )
      : 0;
  const align = [
    s.horizontalAlignment ? ` horizontal="${s.horizontalAlignment}"` : "",
    s.indent ? ` indent="${Math.max(0, Math.min(250, Math.round(s.indent)))}"` : "",
    s.wrap ? ' wrapText="1"' : "",
  ].join("");
  const applied = [
    numFmtId ? ' applyNumberFormat="1"' : "",
    fontId ? ' applyFont="1"' : "",
    fillId ? ' applyFill="1"' : "",
    borderId ? ' applyBorder="1"' : "",
    align ? ' applyAlignment="1"' : "",
  ].join("");
  const head = `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applied}`;
  return align ? `${head}><${p}alignment${align}/></${p}xf>` : `${head}/>`;
}

function dxfXml(style: ConditionalFormat["style"], p: string): string {
  const font =
    style.bold || style.color
      ? `<${p}font>${style.bold ? `<${p}b/>` : ""}${style.color ? `<${p}color rgb="${argb(style.color)}"/>` : ""}</${p}font>`
      : "";
  const fill = style.fill
    ? `<${p}fill><${p}patternFill patternType="solid"><${p}bgColor rgb="${argb(style.fill)}"/></${p}patternFill></${p}fill>`
    : "";
  return `<${p}dxf>${font}${fill}</${p}dxf>`;
}

/** Appends each list's new children (updating its count), creating missing lists in schema order. */
function listEdits(xml: string, root: XmlElement, lists: StyleList[], p: string): TextEdit[] {
  const edits: TextEdit[] = [];
  let insertAt = root.openEnd;
  const pending: string[] = [];
  for (const list of lists) {
    if (list.element) {
      if (pending.length > 0) edits.push({ at: list.element.start, remove: 0, insert: pending.splice(0).join("") });
      insertAt = list.element.end;
      if (list.added.length > 0) edits.push(...grow(xml, list));
    } else if (list.added.length > 0) {
      pending.push(`<${p}${list.name} count="${list.count}">${list.added.join("")}</${p}${list.name}>`);
    }
  }
  if (pending.length > 0) {
    // Lists after the last existing one go before whatever follows it (tableStyles, colors, extLst).
    const after = root.children.find((c) => c.start >= insertAt && !ORDER.includes(localName(c.name)));
    edits.push({ at: after ? after.start : insertAt, remove: 0, insert: pending.join("") });
  }
  return edits;
}

/** Edits that append a list's new children and update its count attribute. */
function grow(xml: string, list: StyleList): TextEdit[] {
  const element = list.element as XmlElement;
  const inner = list.added.join("");
  if (!element.selfClosing) {
    const edits = appendChildren(xml, element, inner);
    if (element.attrs.has("count")) edits.push(setAttribute(xml, element, "count", String(list.count)));
    return edits;
  }
  const tag = xml
    .slice(element.start, element.openEnd)
    .replace(/\s*\/>$/, ">")
    .replace(/(\scount\s*=\s*)("[^"]*"|'[^']*')/, `$1"${list.count}"`);
  return [{ at: element.start, remove: element.end - element.start, insert: `${tag}${inner}</${element.name}>` }];
}
