// The fast path of the sheet reader: a <c> element in the shapes Excel writes for nearly every cell
// (`<c r s t/>`, `<c …><v>…</v></c>`, `<c …><f …>…</f><v>…</v></c>`) read straight from the bytes.
// Any other shape (inline strings, whitespace, prefixes, a cell cut by the end of a chunk) is left
// to the tokenizer, which reads every shape: this only makes the common case cheap.
import { MAX_COLUMN, MAX_ROW } from "./xlsxLimits";
import { decodeXml } from "./xmlScan";

/** Cell types (the t attribute). */
export const NUMBER = 0;
export const SHARED_STRING = 1;
export const FORMULA_STRING = 2;
export const INLINE_STRING = 3;
export const BOOLEAN = 4;
export const ERROR = 5;
export const ISO_DATE = 6;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOS = 0x27;

/** What scanCell found; one object, reused for every cell. */
export class ScannedCell {
  end = 0;
  /** The r attribute as cellAddress() gives it; -2 when absent. */
  address = -2;
  style = 0;
  type = NUMBER;
  valueStart = -1;
  valueEnd = -1;
  hasFormula = false;
  formula = "";
  formulaKind: string | undefined;
  sharedIndex: string | undefined;
}

/** Reads the <c> element at `at` into out; false when it has a shape left to the tokenizer. */
export function scanCell(buf: Uint8Array, at: number, out: ScannedCell): boolean {
  out.address = -2;
  out.style = 0;
  out.type = NUMBER;
  out.valueStart = -1;
  out.hasFormula = false;
  let i = at + 2;
  const end = buf.length;
  for (;;) {
    while (i < end && buf[i] === 0x20) i++;
    if (i + 1 >= end) return false;
    if (buf[i] === GT) {
      i++;
      break;
    }
    if (buf[i] === SLASH) {
      if (buf[i + 1] !== GT) return false;
      out.end = i + 2;
      return true;
    }
    const name = buf[i];
    const single = buf[i + 1] === EQUALS;
    let eq = i;
    while (eq < end && buf[eq] !== EQUALS) eq++;
    const quote = buf[eq + 1];
    if (eq + 1 >= end || (quote !== QUOTE && quote !== APOS)) return false;
    const close = find(buf, quote, eq + 2);
    if (close < 0) return false;
    if (single) {
      if (name === 0x72 /* r */) {
        out.address = cellAddress(buf, eq + 2, close);
        if (out.address === -1) return false;
      } else if (name === 0x73 /* s */) out.style = digits(buf, eq + 2, close) | 0;
      else if (name === 0x74 /* t */) out.type = typeOf(buf, eq + 2, close);
    }
    i = close + 1;
  }
  for (;;) {
    if (i + 3 >= end || buf[i] !== LT) return false;
    const next = buf[i + 1];
    if (next === SLASH) {
      if (buf[i + 2] !== 0x63 || buf[i + 3] !== GT) return false;
      out.end = i + 4;
      return true;
    }
    if (next === 0x76 /* v */ && buf[i + 2] === GT) {
      const lt = find(buf, LT, i + 3);
      if (lt < 0 || lt + 3 >= end || buf[lt + 1] !== SLASH || buf[lt + 2] !== 0x76 || buf[lt + 3] !== GT) return false;
      out.valueStart = i + 3;
      out.valueEnd = lt;
      i = lt + 4;
    } else if (next === 0x66 /* f */) {
      i = scanFormula(buf, i, out);
      if (i < 0) return false;
    } else return false;
  }
}

/** An <f> element from `at`; the index after it, or -1. */
function scanFormula(buf: Uint8Array, at: number, out: ScannedCell): number {
  const gt = buf.indexOf(GT, at);
  if (gt < 0) return -1;
  out.hasFormula = true;
  out.formula = "";
  out.formulaKind = undefined;
  out.sharedIndex = undefined;
  const selfClosing = buf[gt - 1] === SLASH;
  const attrsEnd = selfClosing ? gt - 1 : gt;
  for (let i = at + 2; i < attrsEnd;) {
    while (i < attrsEnd && buf[i] === 0x20) i++;
    const nameStart = i;
    while (i < attrsEnd && buf[i] !== EQUALS) i++;
    const quote = buf[i + 1];
    if (quote !== QUOTE && quote !== APOS) return -1;
    const close = buf.indexOf(quote, i + 2);
    if (close < 0 || close > attrsEnd) return -1;
    const length = i - nameStart;
    if (length === 1 && buf[nameStart] === 0x74 /* t */) out.formulaKind = decodeXml(buf, i + 2, close, true);
    else if (length === 2 && buf[nameStart] === 0x73 && buf[nameStart + 1] === 0x69) {
      out.sharedIndex = decodeXml(buf, i + 2, close, true);
    }
    i = close + 1;
  }
  if (selfClosing) return gt + 1;
  const lt = buf.indexOf(LT, gt + 1);
  if (lt < 0 || lt + 3 >= buf.length || buf[lt + 1] !== SLASH || buf[lt + 2] !== 0x66 || buf[lt + 3] !== GT) return -1;
  out.formula = decodeXml(buf, gt + 1, lt, false);
  return lt + 4;
}

/** indexOf for the short runs inside a cell: a plain loop costs less than the call. */
function find(buf: Uint8Array, byte: number, from: number): number {
  for (let i = from; i < buf.length; i++) if (buf[i] === byte) return i;
  return -1;
}

export function typeOf(buf: Uint8Array, start: number, end: number): number {
  const length = end - start;
  const first = buf[start];
  if (length === 1) {
    if (first === 0x73) return SHARED_STRING;
    if (first === 0x62) return BOOLEAN;
    if (first === 0x65) return ERROR;
    if (first === 0x64) return ISO_DATE;
    return NUMBER;
  }
  if (length === 3 && first === 0x73) return FORMULA_STRING;
  if (length === 9 && first === 0x69) return INLINE_STRING;
  return NUMBER;
}

/** A decimal number of up to 9 digits from bytes; NaN when it is none. */
export function digits(buf: Uint8Array, start: number, end: number): number {
  if (end <= start || end - start > 9) return NaN;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = buf[i] - 0x30;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

/**
 * "B3" → row × 16384 + (column − 1), from bytes; -1 when beyond XFD1048576 or not an address.
 * A missing row number (some writers leave it out) gives row 0, which the caller replaces.
 */
export function cellAddress(buf: Uint8Array, start: number, end: number): number {
  let i = start;
  let column = 0;
  while (i < end) {
    const b = buf[i] | 0x20;
    if (b < 0x61 || b > 0x7a) break;
    column = column * 26 + (b - 0x60);
    i++;
  }
  if (i === start || i - start > 3 || column > MAX_COLUMN) return -1;
  if (i === end) return column - 1;
  const row = digits(buf, i, end);
  if (!(row >= 1 && row <= MAX_ROW)) return -1;
  return row * 0x4000 + (column - 1);
}
