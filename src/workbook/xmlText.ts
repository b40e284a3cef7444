// Text in XML bytes: UTF-8 decoding (the platform's TextDecoder, or a loop where there is none),
// entities and character references, and line ends as XML reads them.

const AMP = 0x26;

let decoder: TextDecoder | undefined;

/** UTF-8 bytes as a string: the platform's TextDecoder, or a plain loop where there is none (jsdom). */
export function utf8(bytes: Uint8Array): string {
  if (typeof TextDecoder === "function") return (decoder ??= new TextDecoder("utf-8")).decode(bytes);
  let out = "";
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const extra = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : 0;
    let code = extra === 0 ? b : b & (0x3f >> extra);
    for (let k = 1; k <= extra; k++) code = (code << 6) | (bytes[i + k] & 0x3f);
    out += String.fromCodePoint(code);
    i += extra + 1;
  }
  return out;
}

/** Bytes that are all ASCII as a string, without a TextDecoder call. */
export function latin1(buf: Uint8Array, start: number, end: number): string {
  if (end - start > 1024) return utf8(buf.subarray(start, end));
  if (end - start > 4) return String.fromCharCode.apply(null, buf.subarray(start, end) as unknown as number[]);
  let s = "";
  for (let i = start; i < end; i++) s += String.fromCharCode(buf[i]);
  return s;
}

/**
 * Text or an attribute value: UTF-8 decoded, entities and character references resolved, line
 * ends read as XML reads them (CR LF and a lone CR become LF; in an attribute every literal
 * line end or tab becomes a space). "&#13;" stays a CR.
 */
export function decodeXml(buf: Uint8Array, start: number, end: number, attribute: boolean): string {
  let plain = true;
  for (let i = start; i < end; i++) {
    const b = buf[i];
    if (b >= 0x80 || b === AMP || b === 0x0d || (attribute && (b === 0x0a || b === 0x09))) {
      plain = false;
      break;
    }
  }
  if (plain) return end - start < 64 ? latin1(buf, start, end) : utf8(buf.subarray(start, end));
  let raw = normalizeNewlines(utf8(buf.subarray(start, end)));
  if (attribute) raw = raw.replace(/[\t\n]/g, " ");
  return raw.indexOf("&") < 0 ? raw : raw.replace(ENTITY, resolveEntity);
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function resolveEntity(whole: string, body: string): string {
  if (body.charCodeAt(0) !== 0x23) return NAMED[body];
  const code = body.charCodeAt(1) === 0x78 ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}

export function normalizeNewlines(text: string): string {
  return text.indexOf("\r") < 0 ? text : text.replace(/\r\n?/g, "\n");
}
