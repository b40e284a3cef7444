// Just enough XML for editing an .xlsx package in place: a strict tokenizer that finds elements
// by their offsets (so an edit replaces bytes between two offsets and leaves the rest as it was),
// escaping for text and attributes, and Excel's _xHHHH_ escape for characters XML cannot carry.
import { writeStrings } from "../domain/strings";

/** One element of a parsed part, with the offsets an edit needs. */
export interface XmlElement {
  /** Qualified name as written ("sheet", "x:sheet"). */
  name: string;
  attrs: Map<string, string>;
  /** Offset of "<" of the start tag. */
  start: number;
  /** Offset just after the start tag's ">". */
  openEnd: number;
  /** Offset of "</" of the end tag; openEnd for a self-closing element. */
  closeStart: number;
  /** Offset just after the element. */
  end: number;
  selfClosing: boolean;
  children: XmlElement[];
}

/** A part that is not well-formed XML: `part` names it, the message says where (for developers). */
export class XmlError extends Error {
  constructor(
    readonly part: string,
    detail: string
  ) {
    super(`${part}: ${detail}`);
  }
}

const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;
const ATTRIBUTE = /\s*([^\s=/>]+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
// Characters XML 1.0 does not allow, and lone halves of surrogate pairs (control characters on purpose).
const NOT_XML_SOURCE =
  // eslint-disable-next-line no-control-regex -- these are the characters to find
  /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NOT_XML_CHAR = new RegExp(NOT_XML_SOURCE.source);
const ENTITY = /&(?:lt|gt|amp|quot|apos|#\d+|#x[0-9A-Fa-f]+);/y;

export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The namespace prefix of a name with its colon ("x:"), or "". */
export function prefixOf(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? "" : name.slice(0, colon + 1);
}

export function decodeEntities(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9A-Fa-f]+);/g, (_, e: string) => {
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "amp") return "&";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

function checkText(xml: string, from: number, to: number, part: string): void {
  const text = xml.slice(from, to);
  if (NOT_XML_CHAR.test(text)) throw new XmlError(part, `a character XML does not allow at ${from}`);
  for (let i = text.indexOf("&"); i >= 0; i = text.indexOf("&", i + 1)) {
    ENTITY.lastIndex = i;
    if (!ENTITY.test(text)) throw new XmlError(part, `an undefined entity at ${from + i}`);
  }
  if (text.includes("]]>")) throw new XmlError(part, `"]]>" in text at ${from}`);
}

function parseAttributes(raw: string, at: number, part: string): Map<string, string> {
  const attrs = new Map<string, string>();
  let i = 0;
  while (i < raw.length) {
    if (/^\s*$/.test(raw.slice(i))) break;
    ATTRIBUTE.lastIndex = i;
    const m = ATTRIBUTE.exec(raw);
    if (!m || (i > 0 && !/\s/.test(raw[i]))) throw new XmlError(part, `a malformed attribute at ${at + i}`);
    const value = m[2] ?? m[3];
    if (attrs.has(m[1])) throw new XmlError(part, `attribute ${m[1]} twice at ${at + i}`);
    checkText(value, 0, value.length, part);
    attrs.set(m[1], decodeEntities(value));
    i = ATTRIBUTE.lastIndex;
  }
  return attrs;
}

/**
 * Parses a whole part and checks that it is well-formed (one root, balanced tags, quoted
 * attributes, known entities, XML characters only, no DOCTYPE); throws XmlError otherwise.
 */
export function parseXml(xml: string, part = "XML"): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > i) {
      if (stack.length === 0 && xml.slice(i, textEnd).trim() !== "")
        throw new XmlError(part, `text outside the root element at ${i}`);
      checkText(xml, i, textEnd, part);
    }
    if (lt < 0) break;
    i = lt;
    if (xml.startsWith("<!--", i)) {
      const close = xml.indexOf("-->", i + 4);
      if (close < 0) throw new XmlError(part, `an unclosed comment at ${i}`);
      i = close + 3;
    } else if (xml.startsWith("<![CDATA[", i)) {
      const close = xml.indexOf("]]>", i + 9);
      if (close < 0 || stack.length === 0) throw new XmlError(part, `a misplaced CDATA section at ${i}`);
      i = close + 3;
    } else if (xml.startsWith("<?", i)) {
      const close = xml.indexOf("?>", i + 2);
      if (close < 0) throw new XmlError(part, `an unclosed processing instruction at ${i}`);
      i = close + 2;
    } else if (xml.startsWith("<!", i)) {
      throw new XmlError(part, `a DOCTYPE or declaration at ${i}`);
    } else if (xml.startsWith("</", i)) {
      const close = xml.indexOf(">", i);
      const name = close < 0 ? "" : xml.slice(i + 2, close).trim();
      const open = stack.pop();
      if (!open || open.name !== name) throw new XmlError(part, `</${name}> does not close an open element at ${i}`);
      open.closeStart = i;
      open.end = close + 1;
      i = close + 1;
    } else {
      const close = tagEnd(xml, i);
      if (close < 0) throw new XmlError(part, `an unclosed tag at ${i}`);
      const selfClosing = xml[close - 1] === "/";
      const body = xml.slice(i + 1, selfClosing ? close - 1 : close);
      const nameEnd = body.search(/[\s/]|$/);
      const name = body.slice(0, nameEnd);
      if (!NAME.test(name)) throw new XmlError(part, `a malformed element name at ${i}`);
      const element: XmlElement = {
        name,
        attrs: parseAttributes(body.slice(nameEnd), i + 1 + nameEnd, part),
        start: i,
        openEnd: close + 1,
        closeStart: close + 1,
        end: close + 1,
        selfClosing,
        children: [],
      };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else if (root) throw new XmlError(part, `a second root element at ${i}`);
      else root = element;
      if (!selfClosing) stack.push(element);
      i = close + 1;
    }
  }
  if (stack.length > 0) throw new XmlError(part, `<${stack[stack.length - 1].name}> is never closed`);
  if (!root) throw new XmlError(part, `no root element`);
  return root;
}

/** Offset of the ">" that ends the tag starting at `from`, skipping quoted attribute values. */
export function tagEnd(xml: string, from: number): number {
  let quote = "";
  for (let i = from + 1; i < xml.length; i++) {
    const ch = xml[i];
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === ">") return i;
    else if (ch === "<") return -1;
  }
  return -1;
}

/** The children of an element with the given local name. */
export function childrenNamed(element: XmlElement, local: string): XmlElement[] {
  return element.children.filter((c) => localName(c.name) === local);
}

export function firstChild(element: XmlElement, local: string): XmlElement | undefined {
  return element.children.find((c) => localName(c.name) === local);
}

/** An attribute by local name, whatever its prefix ("r:id" → "id" with the prefix bound to ns). */
export function attrByLocal(element: XmlElement, local: string): string | undefined {
  for (const [name, value] of element.attrs) if (localName(name) === local) return value;
  return undefined;
}

/** The prefix (with colon) the root declares for a namespace, "" for the default one, undefined if none. */
export function prefixFor(root: XmlElement, namespace: string): string | undefined {
  for (const [name, value] of root.attrs) {
    if (value !== namespace) continue;
    if (name === "xmlns") return "";
    if (name.startsWith("xmlns:")) return name.slice(6) + ":";
  }
  return undefined;
}

/** Text or attribute value escaped for XML. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) =>
    ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : ch === ">" ? "&gt;" : ch === '"' ? "&quot;" : "&apos;"
  );
}

/** XML-escaped text that must not hold characters XML cannot carry (a formula, at cell `at`). */
export function strictXmlText(text: string, at: string): string {
  if (NOT_XML_CHAR.test(text)) throw new Error(writeStrings.controlCharacter(at));
  return escapeXml(text);
}

/**
 * Cell text as Excel stores it (ST_Xstring): characters XML cannot carry become _xHHHH_, and a
 * literal "_xHHHH_" in the text is protected as _x005F_xHHHH_, so every reader gets the text back.
 */
export function excelText(text: string): string {
  const protectedText = text.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1");
  const coded = protectedText.replace(
    new RegExp(NOT_XML_SOURCE.source, "g"),
    (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`
  );
  return escapeXml(coded);
}

export interface TextEdit {
  at: number;
  /** Characters removed from `at`. */
  remove: number;
  insert: string;
}

/** Applies edits given against the original offsets (non-overlapping), from the last to the first. */
export function applyEdits(xml: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.at - a.at || b.remove - a.remove);
  let out = xml;
  for (const e of sorted) out = out.slice(0, e.at) + e.insert + out.slice(e.at + e.remove);
  return out;
}

/** Edits that insert children at the end of an element, opening a self-closing one. */
export function appendChildren(xml: string, element: XmlElement, inner: string): TextEdit[] {
  if (!element.selfClosing) return [{ at: element.closeStart, remove: 0, insert: inner }];
  const startTag = xml.slice(element.start, element.openEnd).replace(/\s*\/>$/, ">");
  return [{ at: element.start, remove: element.end - element.start, insert: `${startTag}${inner}</${element.name}>` }];
}

/** An edit that sets one attribute in an element's start tag (replacing its value if present). */
export function setAttribute(xml: string, element: XmlElement, name: string, value: string): TextEdit {
  const tag = xml.slice(element.start, element.openEnd);
  const existing = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)("[^"]*"|'[^']*')`).exec(tag);
  if (existing) {
    const at = element.start + existing.index + existing[1].length;
    return { at, remove: existing[2].length, insert: `"${escapeXml(value)}"` };
  }
  const at = element.start + tag.search(/\s*\/?>$/);
  return { at, remove: 0, insert: ` ${name}="${escapeXml(value)}"` };
}
