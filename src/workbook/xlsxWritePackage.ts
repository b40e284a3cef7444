// An .xlsx/.xlsm package (a zip of parts) opened for editing: parts we change are decoded,
// edited as text and written back; every other entry is carried over with its original
// compressed bytes, in its original place in the zip's order. JSZip is the zip library here
// (already a dependency); this file is the only one that knows it.
import JSZip from "jszip";

/** The parts of an empty workbook (no sheets), for a workbook made from nothing. */
const EMPTY_PARTS: [string, string][] = [
  [
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      "</Types>",
  ],
  [
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
      "</Relationships>",
  ],
  [
    "xl/workbook.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      "<bookViews><workbookView/></bookViews><sheets/></workbook>",
  ],
  [
    "xl/_rels/workbook.xml.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
      "</Relationships>",
  ],
  [
    "xl/styles.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      "</styleSheet>",
  ],
];

/** UTF-16 text after its byte-order mark (OPC allows UTF-16 parts; Excel writes UTF-8). */
function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  let text = "";
  for (let i = 2; i + 1 < bytes.length; i += 2) {
    text += String.fromCharCode(littleEndian ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1]);
  }
  return text;
}

/** A part we write is UTF-8 (JSZip encodes the string), whatever its declaration said before. */
function utf8Declared(text: string): string {
  return text.replace(/^(\uFEFF?<\?xml[^>]*?encoding\s*=\s*)(["'])[^"']*\2/, "$1$2UTF-8$2");
}

export class XlsxPackage {
  private readonly texts = new Map<string, string>();
  private readonly changed = new Set<string>();

  private constructor(private readonly zip: JSZip) {}

  static async open(bytes: Uint8Array): Promise<XlsxPackage> {
    return new XlsxPackage(await JSZip.loadAsync(bytes, { checkCRC32: false }));
  }

  static empty(): XlsxPackage {
    const zip = new JSZip();
    for (const [name, text] of EMPTY_PARTS) zip.file(name, text, { createFolders: false });
    return new XlsxPackage(zip);
  }

  /** Entry names in the zip's order (folders included). */
  names(): string[] {
    return Object.keys(this.zip.files);
  }

  /** The entry's name as stored (or as added): part names compare case-insensitively (OPC). */
  find(name: string): string | undefined {
    const wanted = name.replace(/^\//, "").toLowerCase();
    const stored = this.names().find((n) => n.toLowerCase() === wanted && !this.zip.files[n].dir);
    return stored ?? [...this.changed].find((n) => n.toLowerCase() === wanted);
  }

  /** A part's text, or undefined when the package has no such part. */
  async read(name: string): Promise<string | undefined> {
    const stored = this.find(name);
    if (stored === undefined) return undefined;
    const cached = this.texts.get(stored);
    if (cached !== undefined) return cached;
    const entry = this.zip.files[stored];
    if (!entry) return undefined;
    const bytes = await entry.async("uint8array");
    const bom = (bytes[0] << 8) | bytes[1];
    const text =
      bom === 0xfffe || bom === 0xfeff
        ? decodeUtf16(bytes, bom === 0xfffe)
        : typeof TextDecoder === "undefined"
          ? await entry.async("string")
          : new TextDecoder("utf-8").decode(bytes);
    this.texts.set(stored, text);
    return text;
  }

  /** Replaces a part's text (it keeps its place in the zip), or adds a new part at the end. */
  write(name: string, text: string): void {
    const stored = this.find(name) ?? name.replace(/^\//, "");
    this.texts.set(stored, text);
    this.changed.add(stored);
  }

  remove(name: string): void {
    const stored = this.find(name);
    if (stored === undefined) return;
    this.zip.remove(stored);
    this.texts.delete(stored);
    this.changed.delete(stored);
  }

  /** The names of the parts changed or added since the package was opened. */
  changedParts(): string[] {
    return [...this.changed];
  }

  async bytes(): Promise<Uint8Array> {
    for (const name of this.changed) {
      const text = this.texts.get(name);
      if (text !== undefined) this.zip.file(name, utf8Declared(text), { compression: "DEFLATE", createFolders: false });
    }
    return this.zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
  }
}
