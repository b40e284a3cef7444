// workbook.xml and its relationships: which sheets there are and in which parts, and the edits
// that add a sheet (a <sheet> at the end, its relationship and content type, print names).
import type { XlsxPackage } from "./xlsxWritePackage";
import {
  addContentType,
  addRelationship,
  contentTypeOf,
  readRelationships,
  removeContentType,
  removeRelationship,
  WORKSHEET_TYPE,
  workbookPartOf,
} from "./xlsxWriteParts";
import {
  appendChildren,
  applyEdits,
  attrByLocal,
  childrenNamed,
  escapeXml,
  firstChild,
  localName,
  parseXml,
  prefixFor,
  prefixOf,
  setAttribute,
  type TextEdit,
  type XmlElement,
} from "./xlsxWriteXml";

const TRANSITIONAL_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const STRICT_RELS = "http://purl.oclc.org/ooxml/officeDocument/relationships";

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  state?: string;
  /** The part holding the sheet, when its relationship resolves to one in the package. */
  part?: string;
}

export interface WorkbookInfo {
  /** The workbook part, e.g. "xl/workbook.xml". */
  path: string;
  /** The relationships namespace the workbook uses (transitional or strict OOXML). */
  relsNamespace: string;
  sheets: SheetEntry[];
  /** Part names a relationship of the workbook points to, present or not. */
  targets: Set<string>;
}

export class WorkbookError extends Error {}

async function workbookXml(pkg: XlsxPackage): Promise<{ path: string; xml: string; root: XmlElement }> {
  const path = await workbookPartOf(pkg);
  const xml = path === undefined ? undefined : await pkg.read(path);
  if (path === undefined || xml === undefined) throw new WorkbookError("The package has no workbook part");
  return { path, xml, root: parseXml(xml, path) };
}

function relsNamespaceOf(root: XmlElement): string {
  return [...root.attrs.values()].includes(STRICT_RELS) ? STRICT_RELS : TRANSITIONAL_RELS;
}

export async function readWorkbook(pkg: XlsxPackage): Promise<WorkbookInfo> {
  const { path, root } = await workbookXml(pkg);
  const rels = await readRelationships(pkg, path);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheetsElement = firstChild(root, "sheets");
  const sheets = (sheetsElement ? sheetsElement.children : [])
    .filter((s) => localName(s.name) === "sheet")
    .map((s): SheetEntry => {
      const relId = attrByLocal(s, "id") ?? "";
      const rel = byId.get(relId);
      const part = rel?.part ? pkg.find(rel.part) : undefined;
      const state = s.attrs.get("state");
      return {
        name: s.attrs.get("name") ?? "",
        sheetId: Number(s.attrs.get("sheetId") ?? 0),
        relId,
        ...(state ? { state } : {}),
        ...(part ? { part } : {}),
      };
    });
  const targets = new Set(rels.flatMap((r) => (r.part ? [r.part.toLowerCase()] : [])));
  return { path, relsNamespace: relsNamespaceOf(root), sheets, targets };
}

/** Whether the package is a macro-enabled workbook (.xlsm): its file name must keep that extension. */
export async function isMacroEnabled(pkg: XlsxPackage): Promise<boolean> {
  const path = await workbookPartOf(pkg);
  return path !== undefined && /macroEnabled/i.test((await contentTypeOf(pkg, path)) ?? "");
}

/** A fresh part name for a new sheet: never one that exists or that any relationship points to. */
function newSheetPart(pkg: XlsxPackage, info: WorkbookInfo): string {
  const folder = info.path.slice(0, info.path.lastIndexOf("/") + 1);
  for (let n = info.sheets.length + 1; ; n++) {
    const candidate = `${folder}worksheets/sheet${n}.xml`;
    if (!pkg.find(candidate) && !info.targets.has(candidate.toLowerCase())) return candidate;
  }
}

/** A sheet name quoted for a reference: 'Prognos 2025–2027'!$A$1. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export interface NewSheet {
  name: string;
  xml: string;
  veryHidden?: boolean;
  /** Defined names local to the sheet, e.g. ["_xlnm.Print_Area", "'X'!$A$1:$I$9"]. */
  definedNames?: [string, string][];
}

/** Adds a sheet at the end of the workbook; returns its part name. */
export async function addSheetPart(pkg: XlsxPackage, sheet: NewSheet): Promise<string> {
  const info = await readWorkbook(pkg);
  const part = newSheetPart(pkg, info);
  pkg.write(part, sheet.xml);
  await addContentType(pkg, `/${part}`, WORKSHEET_TYPE);
  const target = part.slice(info.path.lastIndexOf("/") + 1);
  const relId = await addRelationship(pkg, info.path, `${info.relsNamespace}/worksheet`, target);
  const { xml, root } = await workbookXml(pkg);
  const sheetId = info.sheets.reduce((max, s) => (Number.isFinite(s.sheetId) ? Math.max(max, s.sheetId) : max), 0) + 1;
  const p = prefixOf(root.name);
  const relPrefix = prefixFor(root, info.relsNamespace);
  const relAttr = relPrefix ? `${relPrefix}id` : `xmlns:fr="${info.relsNamespace}" fr:id`;
  const state = sheet.veryHidden ? ' state="veryHidden"' : "";
  const element = `<${p}sheet name="${escapeXml(sheet.name)}" sheetId="${sheetId}"${state} ${relAttr}="${relId}"/>`;
  const edits: TextEdit[] = [];
  const sheets = firstChild(root, "sheets");
  if (sheets) edits.push(...appendChildren(xml, sheets, element));
  else
    edits.push(
      ...insertAfter(
        root,
        ["fileVersion", "fileSharing", "workbookPr", "workbookProtection", "bookViews"],
        `<${p}sheets>${element}</${p}sheets>`
      )
    );
  const names = (sheet.definedNames ?? []).map(
    ([name, value]) =>
      `<${p}definedName name="${escapeXml(name)}" localSheetId="${info.sheets.length}">${escapeXml(value)}</${p}definedName>`
  );
  if (names.length > 0) edits.push(...definedNameEdits(xml, root, names.join("")));
  pkg.write(info.path, applyEdits(xml, edits));
  return part;
}

function definedNameEdits(xml: string, root: XmlElement, inner: string): TextEdit[] {
  const existing = firstChild(root, "definedNames");
  if (existing) return appendChildren(xml, existing, inner);
  const p = prefixOf(root.name);
  return insertAfter(
    root,
    ["sheets", "functionGroups", "externalReferences"],
    `<${p}definedNames>${inner}</${p}definedNames>`
  );
}

/** An edit inserting text after the last child of root whose local name is in `before` (schema order). */
function insertAfter(root: XmlElement, before: string[], text: string): TextEdit[] {
  let at = root.openEnd;
  for (const child of root.children) if (before.includes(localName(child.name))) at = child.end;
  if (root.selfClosing) throw new WorkbookError("The workbook part is empty");
  return [{ at, remove: 0, insert: text }];
}

/** Puts new content into an existing sheet's part (our settings sheet): only that part changes. */
export async function replaceSheetPart(pkg: XlsxPackage, entry: SheetEntry, xml: string): Promise<void> {
  if (entry.part) {
    pkg.write(entry.part, xml);
    return;
  }
  // The sheet's part is missing: give it a new one and point its <sheet> there.
  const info = await readWorkbook(pkg);
  const part = newSheetPart(pkg, info);
  pkg.write(part, xml);
  await addContentType(pkg, `/${part}`, WORKSHEET_TYPE);
  const relId = await addRelationship(
    pkg,
    info.path,
    `${info.relsNamespace}/worksheet`,
    part.slice(info.path.lastIndexOf("/") + 1)
  );
  const { xml: wb, root } = await workbookXml(pkg);
  const element = childrenNamed(firstChild(root, "sheets") ?? root, "sheet").find(
    (s) => s.attrs.get("name") === entry.name
  );
  if (!element) throw new WorkbookError(`No sheet named ${entry.name}`);
  const name = [...element.attrs.keys()].find((k) => localName(k) === "id" && k.includes(":")) ?? "r:id";
  pkg.write(info.path, applyEdits(wb, [setAttribute(wb, element, name, relId)]));
}

/** Asks Excel to compute every formula when it opens the file (new formulas carry no cached result). */
export async function setFullCalcOnLoad(pkg: XlsxPackage): Promise<void> {
  const { path, xml, root } = await workbookXml(pkg);
  const calcPr = firstChild(root, "calcPr");
  if (calcPr?.attrs.get("fullCalcOnLoad") === "1") return;
  const edits = calcPr
    ? [setAttribute(xml, calcPr, "fullCalcOnLoad", "1")]
    : insertAfter(
        root,
        ["sheets", "functionGroups", "externalReferences", "definedNames"],
        `<${prefixOf(root.name)}calcPr fullCalcOnLoad="1"/>`
      );
  pkg.write(path, applyEdits(xml, edits));
}

/** Drops the calculation chain (Excel rebuilds it): it may not list a cell whose formula was replaced. */
export async function dropCalcChain(pkg: XlsxPackage): Promise<void> {
  const { path } = await workbookXml(pkg);
  for (const rel of await readRelationships(pkg, path)) {
    if (!/\/calcChain$/.test(rel.type) || !rel.part) continue;
    await removeRelationship(pkg, path, rel.id);
    await removeContentType(pkg, `/${rel.part}`);
    pkg.remove(rel.part);
  }
}
