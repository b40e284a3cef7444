// A small pull tokenizer over UTF-8 XML bytes, for the parts of an .xlsx package. It knows tags,
// attributes, text, CDATA, comments and processing instructions; it never resolves a DTD or an
// external entity (a DOCTYPE is skipped), so nothing in a file can make it fetch or expand anything.
// It can stop at the end of a chunk and go on when more bytes come (see `More`).

import { decodeXml, latin1, normalizeNewlines, utf8 } from "./xmlText";

export { decodeXml, latin1, utf8 } from "./xmlText";

/** An opening tag `<name …>` or `<name …/>` (see selfClosing). */
export const OPEN = 1;
/** A closing tag `</name>`. */
export const CLOSE = 2;
/** Character data between tags, or a CDATA section (see cdata). */
export const TEXT = 3;
/** The end of the bytes: the document is over. */
export const END = 4;
/** The bytes end inside a token: call again from tokenStart with more bytes appended. */
export const MORE = 5;

export type Token = typeof OPEN | typeof CLOSE | typeof TEXT | typeof END | typeof MORE;

/** A comment or DOCTYPE was passed over. */
const SKIPPED = 0;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUESTION = 0x3f;
const BANG = 0x21;
const COLON = 0x3a;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOS = 0x27;

export class XmlScanner {
  buf: Uint8Array;
  pos: number;
  /** False while more bytes may follow: a token cut by the end of buf then returns MORE. */
  final: boolean;
  /** Where the last token began. */
  tokenStart = 0;
  /** The local name (without prefix) of the last OPEN or CLOSE. */
  nameStart = 0;
  nameEnd = 0;
  /** The bytes between the name and ">" or "/>" of the last OPEN. */
  attrStart = 0;
  attrEnd = 0;
  selfClosing = false;
  /** The raw bytes of the last TEXT (entities not yet decoded; none in CDATA). */
  textStart = 0;
  textEnd = 0;
  cdata = false;
  /** The value of the last attribute found by attr(). */
  valueStart = 0;
  valueEnd = 0;

  constructor(buf: Uint8Array, final = true) {
    this.buf = buf;
    this.pos = 0;
    this.final = final;
  }

  /** Continues on new bytes (what was left from tokenStart, then the next chunk). */
  reset(buf: Uint8Array, final: boolean): void {
    this.buf = buf;
    this.pos = 0;
    this.final = final;
  }

  next(): Token {
    for (;;) {
      const buf = this.buf;
      const end = buf.length;
      const start = this.pos;
      this.tokenStart = start;
      if (start >= end) return this.final ? END : MORE;
      if (buf[start] !== LT) {
        let i = buf.indexOf(LT, start);
        if (i < 0) {
          if (!this.final) return MORE;
          i = end;
        }
        this.textStart = start;
        this.textEnd = i;
        this.cdata = false;
        this.pos = i;
        return TEXT;
      }
      if (start + 1 >= end) return this.more();
      const second = buf[start + 1];
      if (second === SLASH) {
        const close = buf.indexOf(GT, start + 2);
        if (close < 0) return this.more();
        this.setName(start + 2, close);
        this.pos = close + 1;
        return CLOSE;
      }
      if (second === QUESTION) {
        const close = indexOfPair(buf, QUESTION, GT, start + 2);
        if (close < 0) return this.more();
        this.pos = close + 2;
        continue;
      }
      if (second === BANG) {
        const token = this.bang(start);
        if (token !== SKIPPED) return token;
        continue;
      }
      return this.openTag(start);
    }
  }

  /** The local name of the last tag is `name` (ASCII). */
  nameIs(name: string): boolean {
    if (this.nameEnd - this.nameStart !== name.length) return false;
    for (let i = 0; i < name.length; i++) if (this.buf[this.nameStart + i] !== name.charCodeAt(i)) return false;
    return true;
  }

  name(): string {
    return latin1(this.buf, this.nameStart, this.nameEnd);
  }

  /**
   * Finds an attribute of the last OPEN by local name (prefix ignored: "r:id" is "id");
   * sets valueStart/valueEnd and returns true when present.
   */
  attr(name: string): boolean {
    const buf = this.buf;
    let i = this.attrStart;
    const end = this.attrEnd;
    while (i < end) {
      while (i < end && buf[i] <= 0x20) i++;
      const nameStart = i;
      while (i < end && buf[i] !== EQUALS && buf[i] > 0x20) i++;
      const nameEnd = i;
      while (i < end && buf[i] !== QUOTE && buf[i] !== APOS) i++;
      if (i >= end) return false;
      const quote = buf[i];
      const valueStart = i + 1;
      let valueEnd = buf.indexOf(quote, valueStart);
      if (valueEnd < 0 || valueEnd > end) valueEnd = end;
      i = valueEnd + 1;
      if (localNameIs(buf, nameStart, nameEnd, name)) {
        this.valueStart = valueStart;
        this.valueEnd = valueEnd;
        return true;
      }
    }
    return false;
  }

  /** An attribute's decoded value, or undefined when absent. */
  attrValue(name: string): string | undefined {
    return this.attr(name) ? decodeXml(this.buf, this.valueStart, this.valueEnd, true) : undefined;
  }

  /** The last TEXT, decoded (entities, and line ends as XML reads them). */
  text(): string {
    if (this.cdata) return normalizeNewlines(utf8(this.buf.subarray(this.textStart, this.textEnd)));
    return decodeXml(this.buf, this.textStart, this.textEnd, false);
  }

  private more(): Token {
    if (this.final) throw new Error("XML ends inside a tag");
    return MORE;
  }

  private setName(from: number, to: number): void {
    const buf = this.buf;
    let start = from;
    let end = from;
    while (end < to && buf[end] > 0x20 && buf[end] !== SLASH && buf[end] !== GT) {
      if (buf[end] === COLON) start = end + 1;
      end++;
    }
    this.nameStart = start;
    this.nameEnd = end;
  }

  private openTag(start: number): Token {
    const buf = this.buf;
    const end = buf.length;
    // ">" may stand inside a quoted attribute value: skip quoted runs.
    let i = start + 1;
    while (i < end && buf[i] > 0x20 && buf[i] !== GT && buf[i] !== SLASH) i++;
    this.setName(start + 1, i);
    const attrStart = i;
    for (;;) {
      if (i >= end) return this.more();
      const b = buf[i];
      if (b === GT) break;
      if (b === QUOTE || b === APOS) {
        const close = buf.indexOf(b, i + 1);
        if (close < 0) return this.more();
        i = close + 1;
      } else i++;
    }
    this.selfClosing = buf[i - 1] === SLASH;
    this.attrStart = attrStart;
    this.attrEnd = this.selfClosing ? i - 1 : i;
    this.pos = i + 1;
    return OPEN;
  }

  /** Comments, CDATA and a DOCTYPE (skipped whole, internal subset included). */
  private bang(start: number): Token | typeof SKIPPED {
    const buf = this.buf;
    if (startsWithAscii(buf, start, "<!--")) {
      const close = indexOfAscii(buf, "-->", start + 4);
      if (close < 0) return this.more();
      this.pos = close + 3;
      return SKIPPED;
    }
    if (startsWithAscii(buf, start, "<![CDATA[")) {
      const close = indexOfAscii(buf, "]]>", start + 9);
      if (close < 0) return this.more();
      this.textStart = start + 9;
      this.textEnd = close;
      this.cdata = true;
      this.pos = close + 3;
      return TEXT;
    }
    if (buf.length - start < 9) return this.more();
    let depth = 0;
    for (let i = start + 2; i < buf.length; i++) {
      const b = buf[i];
      if (b === 0x5b) depth++;
      else if (b === 0x5d) depth--;
      else if (b === GT && depth <= 0) {
        this.pos = i + 1;
        return SKIPPED;
      }
    }
    return this.more();
  }
}

function localNameIs(buf: Uint8Array, start: number, end: number, name: string): boolean {
  let from = start;
  for (let i = start; i < end; i++) if (buf[i] === COLON) from = i + 1;
  if (end - from !== name.length) return false;
  for (let i = 0; i < name.length; i++) if (buf[from + i] !== name.charCodeAt(i)) return false;
  return true;
}

function indexOfPair(buf: Uint8Array, a: number, b: number, from: number): number {
  for (let i = buf.indexOf(a, from); i >= 0 && i + 1 < buf.length; i = buf.indexOf(a, i + 1)) {
    if (buf[i + 1] === b) return i;
  }
  return -1;
}

function startsWithAscii(buf: Uint8Array, at: number, text: string): boolean {
  if (at + text.length > buf.length) return false;
  for (let i = 0; i < text.length; i++) if (buf[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

function indexOfAscii(buf: Uint8Array, text: string, from: number): number {
  const first = text.charCodeAt(0);
  for (let i = buf.indexOf(first, from); i >= 0; i = buf.indexOf(first, i + 1)) {
    if (startsWithAscii(buf, i, text)) return i;
  }
  return -1;
}
