// Writing a copy of the user's .xlsx/.xlsm package: a new sheet is a new part (plus its entries in
// workbook.xml, the relationships, the content types, and the styles it needs appended to
// styles.xml); the settings sheet is our own part; one cell the user asked to change is changed in
// place. Every other part of the package leaves as it came, byte for byte.
import type { UserSettings } from "../domain/finding";
import type { SheetSpec } from "../domain/sheetspec";
import { uniqueSheetName } from "../domain/sheetspec";
import { writeStrings } from "../domain/strings";
import { SETTINGS_SHEET_NAME } from "./xlsxRead";
import { writeOneCell, type NewContent } from "./xlsxWriteCell";
import { XlsxPackage } from "./xlsxWritePackage";
import { addContentType, addRelationship, readRelationships, STYLES_TYPE } from "./xlsxWriteParts";
import { settingsSheetSpec } from "./xlsxWriteSettings";
import { absoluteRange, worksheetXml } from "./xlsxWriteSheet";
import { appendStyles } from "./xlsxWriteStyles";
import {
  addSheetPart,
  dropCalcChain,
  isMacroEnabled,
  quotedSheet,
  readWorkbook,
  replaceSheetPart,
  setFullCalcOnLoad,
  WorkbookError,
} from "./xlsxWriteWorkbook";
import { parseXml, prefixOf, XmlError } from "./xlsxWriteXml";

export { readSettingsSheet } from "./xlsxWriteSettings";

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const TRANSITIONAL_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const STRICT_RELS = "http://purl.oclc.org/ooxml/officeDocument/relationships";

/** Our errors keep their Swedish message; a damaged part of the user's file says which. */
async function inSwedish<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof XmlError) throw new Error(writeStrings.damagedPart(e.part));
    if (e instanceof WorkbookError) throw new Error(writeStrings.noWorkbookPart);
    throw e;
  }
}

/** The user's package, opened for the few additive edits the add-in makes. */
export class XlsxPackageEditor {
  /** Parts rewritten whole by us: checked for well-formedness before they are written. */
  private readonly written = new Set<string>();
  /** One change at a time: each reads workbook.xml and writes it back, and must see the last one's result. */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly pkg: XlsxPackage) {}

  /** Opens the bytes of an .xlsx/.xlsm file; without bytes, an empty workbook. */
  static async open(bytes?: Uint8Array): Promise<XlsxPackageEditor> {
    return new XlsxPackageEditor(bytes === undefined ? XlsxPackage.empty() : await XlsxPackage.open(bytes));
  }

  /** Every sheet name in workbook.xml (hidden ones, chart sheets and ours included). */
  async sheetNames(): Promise<string[]> {
    return this.serial(async () => (await readWorkbook(this.pkg)).sheets.map((s) => s.name));
  }

  /** A macro-enabled workbook must be saved as .xlsm, or Excel refuses to open it. */
  async macroEnabled(): Promise<boolean> {
    return this.serial(() => isMacroEnabled(this.pkg));
  }

  /** Adds the spec as a new sheet at the end; returns the name it got (never an existing one). */
  async addSheet(spec: SheetSpec): Promise<string> {
    return this.serial(async () => {
      const info = await readWorkbook(this.pkg);
      const name = uniqueSheetName(
        spec.name,
        info.sheets.map((s) => s.name)
      );
      const namespace = await this.namespace(info.path);
      const styles = appendStyles(
        await this.stylesXml(info.path, namespace),
        spec.cells,
        spec.conditionalFormats ?? []
      );
      const xml = worksheetXml(spec, styles.appended ? styles : undefined, namespace);
      if (styles.appended) this.pkg.write(await this.stylesPart(info.path), styles.xml);
      const definedNames: [string, string][] = [];
      if (spec.print?.area)
        definedNames.push(["_xlnm.Print_Area", `${quotedSheet(name)}!${absoluteRange(spec.print.area)}`]);
      if (spec.print?.repeatRows)
        definedNames.push(["_xlnm.Print_Titles", `${quotedSheet(name)}!${absoluteRange(spec.print.repeatRows)}`]);
      const part = await addSheetPart(this.pkg, { name, xml, definedNames });
      this.written.add(part);
      if (spec.cells.some((c) => c.formula)) await setFullCalcOnLoad(this.pkg);
      return name;
    });
  }

  /** Replaces the settings sheet's part, or adds the sheet (veryHidden) the first time. */
  async saveSettings(settings: UserSettings): Promise<void> {
    return this.serial(async () => {
      const info = await readWorkbook(this.pkg);
      const xml = worksheetXml(settingsSheetSpec(settings), undefined, await this.namespace(info.path));
      const existing = info.sheets.find((s) => s.name === SETTINGS_SHEET_NAME);
      if (existing) await replaceSheetPart(this.pkg, existing, xml);
      else await addSheetPart(this.pkg, { name: SETTINGS_SHEET_NAME, xml, veryHidden: true });
      const after = (await readWorkbook(this.pkg)).sheets.find((s) => s.name === SETTINGS_SHEET_NAME);
      if (after?.part) this.written.add(after.part);
    });
  }

  /** "=…" writes a formula (computed when Excel opens the file), a decimal string a number, anything else text. */
  async writeCell(sheet: string, address: string, valueOrFormula: string): Promise<void> {
    return this.serial(async () => {
      const info = await readWorkbook(this.pkg);
      const entry = info.sheets.find((s) => s.name === sheet);
      const xml = entry?.part ? await this.pkg.read(entry.part) : undefined;
      if (!entry?.part || xml === undefined) throw new Error(writeStrings.noSheet(sheet));
      const trimmed = valueOrFormula.trim();
      const content: NewContent = valueOrFormula.startsWith("=")
        ? { formula: valueOrFormula }
        : DECIMAL.test(trimmed)
          ? { number: trimmed }
          : { text: valueOrFormula };
      this.pkg.write(entry.part, writeOneCell(xml, sheet, address, content));
      // The chain may list the cell as a formula; Excel rebuilds a missing chain without a word.
      await dropCalcChain(this.pkg);
      if ("formula" in content) await setFullCalcOnLoad(this.pkg);
    });
  }

  /** The package as bytes; every part we wrote whole is checked to be well-formed XML first. */
  async toBytes(): Promise<Uint8Array> {
    return this.serial(async () => {
      for (const part of this.pkg.changedParts()) {
        if (!/\.(xml|rels)$/i.test(part)) continue;
        // A user's sheet with one cell changed is checked where the cell was made; the rest is theirs.
        if (/worksheets\//i.test(part) && !this.written.has(part)) continue;
        parseXml((await this.pkg.read(part)) ?? "", part);
      }
      return this.pkg.bytes();
    });
  }

  /** Runs after every change asked for before it, with our errors in Swedish. */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(() => inSwedish(work));
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** The SpreadsheetML namespace of the workbook (transitional or strict). */
  private async namespace(workbookPath: string): Promise<string> {
    const root = parseXml((await this.pkg.read(workbookPath)) ?? "", workbookPath);
    const p = prefixOf(root.name);
    return (
      root.attrs.get(p ? `xmlns:${p.slice(0, -1)}` : "xmlns") ??
      "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    );
  }

  private async stylesPart(workbookPath: string): Promise<string> {
    const rel = (await readRelationships(this.pkg, workbookPath)).find((r) => /\/styles$/.test(r.type) && r.part);
    if (rel?.part) return this.pkg.find(rel.part) ?? rel.part;
    // A workbook without styles gets a styles part of its own.
    const folder = workbookPath.slice(0, workbookPath.lastIndexOf("/") + 1);
    let part = `${folder}styles.xml`;
    for (let n = 2; this.pkg.find(part); n++) part = `${folder}styles${n}.xml`;
    const strict = (await this.namespace(workbookPath)).includes("purl.oclc.org");
    await addRelationship(
      this.pkg,
      workbookPath,
      `${strict ? STRICT_RELS : TRANSITIONAL_RELS}/styles`,
      part.slice(folder.length)
    );
    await addContentType(this.pkg, `/${part}`, STYLES_TYPE);
    return part;
  }

  /** styles.xml as it is, or an empty style sheet for a workbook that has none. */
  private async stylesXml(workbookPath: string, namespace: string): Promise<string> {
    const rel = (await readRelationships(this.pkg, workbookPath)).find((r) => /\/styles$/.test(r.type) && r.part);
    const existing = rel?.part ? await this.pkg.read(rel.part) : undefined;
    return (
      existing ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${namespace}"></styleSheet>`
    );
  }
}
