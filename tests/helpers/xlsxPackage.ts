// Builds .xlsx packages part by part, from the XML the test writes: for shapes that no library
// writes (chart sheets, inline strings, shared formulas, escapes) and for hostile files.
import JSZip from "jszip";

export interface SheetPart {
  name: string;
  /** The <sheetData> content and whatever follows it (mergeCells, sheetProtection …). */
  body: string;
  state?: "hidden" | "veryHidden";
  /** Before <sheetData>: cols, sheetPr … */
  head?: string;
}

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function worksheetXml(sheet: Pick<SheetPart, "body" | "head">): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}>${sheet.head ?? ""}<sheetData>${sheet.body}</sheetData></worksheet>`;
}

export interface PackageOptions {
  sharedStrings?: string[];
  styles?: string;
  extra?: Record<string, string>;
  sheetXml?: string[];
}

/** A workbook of the given worksheets, optional shared strings and styles, and any extra parts. */
export function packageOf(sheets: SheetPart[], options: PackageOptions = {}): JSZip {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(packageParts(sheets, options))) zip.file(name, text);
  return zip;
}

/** The same workbook as part name → text. */
export function packageParts(sheets: SheetPart[], options: PackageOptions = {}): Record<string, string> {
  const zip: Record<string, string> = {};
  const file = (name: string, text: string) => (zip[name] = text);
  file(
    "[Content_Types].xml",
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>'
  );
  file(
    "_rels/.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  );
  const entries = sheets.map(
    (s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`
  );
  file("xl/workbook.xml", `<?xml version="1.0"?><workbook ${NS}><sheets>${entries.join("")}</sheets></workbook>`);
  const rels = sheets.map(
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
  );
  if (options.sharedStrings) {
    rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    const items = options.sharedStrings.map((s) => `<si>${s}</si>`).join("");
    file("xl/sharedStrings.xml", `<?xml version="1.0"?><sst ${NS}>${items}</sst>`);
  }
  if (options.styles) {
    rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>`);
    file("xl/styles.xml", `<?xml version="1.0"?><styleSheet ${NS}>${options.styles}</styleSheet>`);
  }
  file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`
  );
  sheets.forEach((s, i) => file(`xl/worksheets/sheet${i + 1}.xml`, options.sheetXml?.[i] ?? worksheetXml(s)));
  for (const [name, text] of Object.entries(options.extra ?? {})) file(name, text);
  return zip;
}

export async function bytesOfPackage(zip: JSZip): Promise<Uint8Array> {
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Rewrites the uncompressed size the central directory states for one entry (a lying header). */
export function setDeclaredSize(zip: Uint8Array, entryName: string, size: number): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  const name = new TextEncoder().encode(entryName);
  for (let p = 0; p + 46 < out.length; p++) {
    if (view.getUint32(p, true) !== 0x02014b50) continue;
    const length = view.getUint16(p + 28, true);
    const candidate = out.subarray(p + 46, p + 46 + length);
    if (length === name.length && candidate.every((b, i) => b === name[i])) view.setUint32(p + 24, size, true);
  }
  return out;
}

/**
 * A zip written by hand, for entries too large to build as text: each entry stored or already
 * deflated, with the uncompressed size to declare. CRCs are left 0 (the reader does not check them).
 */
export function zipOf(entries: { name: string; bytes: Uint8Array; deflated?: boolean; size?: number }[]): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const size = entry.size ?? entry.bytes.length;
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, entry.deflated ? 8 : 0, true);
    lv.setUint32(18, entry.bytes.length, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, entry.deflated ? 8 : 0, true);
    cv.setUint32(20, entry.bytes.length, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, entry.bytes);
    centrals.push(central);
    offset += local.length + entry.bytes.length;
  }
  const directorySize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, directorySize, true);
  ev.setUint32(16, offset, true);
  const parts = [...locals, ...centrals, end];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The parts of a one-sheet workbook besides the sheet, as zipOf entries. */
export function workbookEntries(): { name: string; bytes: Uint8Array }[] {
  const parts = packageParts([{ name: "Blad1", body: "" }]);
  delete parts["xl/worksheets/sheet1.xml"];
  return Object.entries(parts).map(([name, text]) => ({ name, bytes: new TextEncoder().encode(text) }));
}
