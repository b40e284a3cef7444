// The small parts of an .xlsx package, each read whole: relationships, workbook.xml (the sheet
// list), styles.xml (what a style index means for number format, bold and indent) and the shared
// strings. Bytes in, plain data out.
import type { CellValue } from "../domain/grid";
import { CLOSE, END, OPEN, TEXT, XmlScanner } from "./xmlScan";

export interface Relationship {
  target: string;
  type: string;
}

/** A relationships part (`_rels/….rels`): Id → target part name (resolved against base) and type. */
export function parseRelationships(xml: Uint8Array, base: string): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  const scan = new XmlScanner(xml);
  for (let token = scan.next(); token !== END; token = scan.next()) {
    if (token !== OPEN || !scan.nameIs("Relationship")) continue;
    const id = scan.attrValue("Id");
    const target = scan.attrValue("Target");
    if (id === undefined || target === undefined || scan.attrValue("TargetMode") === "External") continue;
    out.set(id, { target: resolvePartName(base, target), type: scan.attrValue("Type") ?? "" });
  }
  return out;
}

/** A relationship target as a part name: "worksheets/sheet1.xml" from "xl/" → "xl/worksheets/sheet1.xml". */
export function resolvePartName(base: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : base + target).split("/");
  const out: string[] = [];
  for (const part of parts) {
    if (part === "..") out.pop();
    else if (part !== "." && part !== "") out.push(part);
  }
  return out.join("/");
}

/** The folder of a part name, with its slash: "xl/workbook.xml" → "xl/". */
export function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf("/") + 1);
}

/** The relationships part that belongs to a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPartOf(part: string): string {
  return `${folderOf(part)}_rels/${part.slice(part.lastIndexOf("/") + 1)}.rels`;
}

export interface SheetEntry {
  name: string;
  relationshipId: string;
  hidden: boolean;
}

export interface WorkbookInfo {
  sheets: SheetEntry[];
  date1904: boolean;
}

/** workbook.xml: the sheets in tab order, their visibility, and the date system. */
export function parseWorkbook(xml: Uint8Array): WorkbookInfo {
  const info: WorkbookInfo = { sheets: [], date1904: false };
  const scan = new XmlScanner(xml);
  for (let token = scan.next(); token !== END; token = scan.next()) {
    if (token !== OPEN) continue;
    if (scan.nameIs("workbookPr")) info.date1904 = isTrue(scan.attrValue("date1904"));
    else if (scan.nameIs("sheet")) {
      const state = scan.attrValue("state");
      info.sheets.push({
        name: scan.attrValue("name") ?? "",
        relationshipId: scan.attrValue("id") ?? "",
        hidden: state === "hidden" || state === "veryHidden",
      });
    }
  }
  return info;
}

/** What a cell's style index (its s attribute) says about the cell. */
export interface CellStyleInfo {
  numberFormat?: string;
  bold?: boolean;
  indent?: number;
}

/** Excel's built-in number formats that have one text in every locale (ids 27–36 and 50–58 vary). */
const BUILT_IN_FORMATS: Record<number, string> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** styles.xml → one CellStyleInfo per cellXfs entry, by index. */
export function parseStyles(xml: Uint8Array): CellStyleInfo[] {
  const formats = new Map<number, string>();
  const boldFonts: boolean[] = [];
  const xfs: { numFmtId: number; fontId: number; indent: number }[] = [];
  const scan = new XmlScanner(xml);
  let section = "";
  let inFont = false;
  for (let token = scan.next(); token !== END; token = scan.next()) {
    if (token === CLOSE) {
      if (scan.nameIs("fonts") || scan.nameIs("cellXfs")) section = "";
      else if (scan.nameIs("font")) inFont = false;
      continue;
    }
    if (token !== OPEN) continue;
    if (scan.nameIs("fonts") || scan.nameIs("cellXfs")) {
      if (!scan.selfClosing) section = scan.name();
    } else if (scan.nameIs("numFmt")) {
      const id = Number(scan.attrValue("numFmtId"));
      const code = scan.attrValue("formatCode");
      if (Number.isInteger(id) && code !== undefined) formats.set(id, code);
    } else if (section === "fonts" && scan.nameIs("font")) {
      boldFonts.push(false);
      inFont = !scan.selfClosing;
    } else if (section === "fonts" && inFont && scan.nameIs("b")) {
      const val = scan.attrValue("val");
      boldFonts[boldFonts.length - 1] = val === undefined || isTrue(val);
    } else if (section === "cellXfs" && scan.nameIs("xf")) {
      xfs.push({
        numFmtId: Number(scan.attrValue("numFmtId") ?? 0),
        fontId: Number(scan.attrValue("fontId") ?? 0),
        indent: 0,
      });
    } else if (section === "cellXfs" && scan.nameIs("alignment") && xfs.length > 0) {
      const indent = parseInt(scan.attrValue("indent") ?? "", 10);
      if (indent > 0) xfs[xfs.length - 1].indent = indent;
    }
  }
  return xfs.map((xf) => {
    const style: CellStyleInfo = {};
    const format = formats.get(xf.numFmtId) ?? BUILT_IN_FORMATS[xf.numFmtId];
    if (format !== undefined && format !== "General") style.numberFormat = format;
    if (boldFonts[xf.fontId]) style.bold = true;
    if (xf.indent > 0) style.indent = xf.indent;
    return style;
  });
}

/** sharedStrings.xml → one string value per entry: rich text runs joined, phonetic runs left out. */
export function parseSharedStrings(xml: Uint8Array): CellValue[] {
  const out: CellValue[] = [];
  const scan = new XmlScanner(xml);
  let text: string | undefined;
  let inText = false;
  let phonetic = 0;
  for (let token = scan.next(); token !== END; token = scan.next()) {
    if (token === OPEN) {
      if (scan.nameIs("si")) {
        text = "";
        if (scan.selfClosing) {
          out.push({ type: "string", value: "" });
          text = undefined;
        }
      } else if (scan.nameIs("t")) inText = !scan.selfClosing && phonetic === 0;
      else if (scan.nameIs("rPh") && !scan.selfClosing) phonetic++;
    } else if (token === CLOSE) {
      if (scan.nameIs("t")) inText = false;
      else if (scan.nameIs("rPh")) phonetic--;
      else if (scan.nameIs("si") && text !== undefined) {
        out.push({ type: "string", value: unescapeXstring(text) });
        text = undefined;
      }
    } else if (token === TEXT && inText && text !== undefined) {
      text += scan.text();
    }
  }
  return out;
}

/** Excel's escapes in cell text: "_x000D_" is a carriage return, "_x005F_" an underscore. */
export function unescapeXstring(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** An OOXML boolean attribute: "1" or "true". */
export function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}
