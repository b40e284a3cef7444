// The package's map: relationships (which part a sheet lives in) and content types. Reading them,
// and the few additive edits a new sheet needs: one more relationship, one more content type.
import type { XlsxPackage } from "./xlsxWritePackage";
import {
  appendChildren,
  applyEdits,
  childrenNamed,
  escapeXml,
  parseXml,
  prefixOf,
  type TextEdit,
} from "./xlsxWriteXml";

export const CONTENT_TYPES = "[Content_Types].xml";
export const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
export const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const RELS_TYPE = "application/vnd.openxmlformats-package.relationships+xml";
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** The target as a part name (no leading slash), for internal targets. */
  part?: string;
}

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" (the package) → "_rels/.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship's target as a part name, resolved against the folder of its source part. */
export function resolveTarget(source: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A target that is not percent-encoded text is taken as it is.
  }
  const base = decoded.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const segment of decoded.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") base.pop();
    else base.push(segment);
  }
  return base.join("/");
}

/** The relationships of a part (its .rels); none when the part has no .rels. */
export async function readRelationships(pkg: XlsxPackage, source: string): Promise<Relationship[]> {
  const xml = await pkg.read(relsPathOf(source));
  if (xml === undefined) return [];
  const root = parseXml(xml, relsPathOf(source));
  return childrenNamed(root, "Relationship").map((r) => {
    const external = (r.attrs.get("TargetMode") ?? "").toLowerCase() === "external";
    const target = r.attrs.get("Target") ?? "";
    return {
      id: r.attrs.get("Id") ?? "",
      type: r.attrs.get("Type") ?? "",
      target,
      external,
      ...(external ? {} : { part: resolveTarget(source, target) }),
    };
  });
}

/** Adds a relationship from `source` with a fresh id ("rId7"), creating the .rels part if needed. */
export async function addRelationship(pkg: XlsxPackage, source: string, type: string, target: string): Promise<string> {
  const path = relsPathOf(source);
  const xml =
    (await pkg.read(path)) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}"/>`;
  const root = parseXml(xml, path);
  const taken = new Set(childrenNamed(root, "Relationship").map((r) => r.attrs.get("Id")));
  let n = 1;
  while (taken.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const element = `<${prefixOf(root.name)}Relationship Id="${id}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`;
  pkg.write(path, applyEdits(xml, appendChildren(xml, root, element)));
  if (!(await hasRelsDefault(pkg))) await addContentType(pkg, `/${path}`, RELS_TYPE);
  return id;
}

/** Removes one relationship of `source` by id. */
export async function removeRelationship(pkg: XlsxPackage, source: string, id: string): Promise<void> {
  const path = relsPathOf(source);
  const xml = await pkg.read(path);
  if (xml === undefined) return;
  const found = childrenNamed(parseXml(xml, path), "Relationship").find((r) => r.attrs.get("Id") === id);
  if (found) pkg.write(path, applyEdits(xml, [{ at: found.start, remove: found.end - found.start, insert: "" }]));
}

async function hasRelsDefault(pkg: XlsxPackage): Promise<boolean> {
  const xml = await pkg.read(CONTENT_TYPES);
  if (xml === undefined) return false;
  return childrenNamed(parseXml(xml, CONTENT_TYPES), "Default").some(
    (d) => (d.attrs.get("Extension") ?? "").toLowerCase() === "rels"
  );
}

/** The content type the package gives a part (its Override, else the Default of its extension). */
export async function contentTypeOf(pkg: XlsxPackage, part: string): Promise<string | undefined> {
  const xml = await pkg.read(CONTENT_TYPES);
  if (xml === undefined) return undefined;
  const root = parseXml(xml, CONTENT_TYPES);
  const name = `/${part}`.toLowerCase();
  const override = childrenNamed(root, "Override").find((o) => (o.attrs.get("PartName") ?? "").toLowerCase() === name);
  if (override) return override.attrs.get("ContentType");
  const extension = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  return childrenNamed(root, "Default")
    .find((d) => (d.attrs.get("Extension") ?? "").toLowerCase() === extension)
    ?.attrs.get("ContentType");
}

/** Gives a part its content type by an Override, unless the package already says the same. */
export async function addContentType(pkg: XlsxPackage, partName: string, type: string): Promise<void> {
  if ((await contentTypeOf(pkg, partName.replace(/^\//, ""))) === type) return;
  const xml =
    (await pkg.read(CONTENT_TYPES)) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="${CONTENT_TYPES_NS}"/>`;
  const root = parseXml(xml, CONTENT_TYPES);
  const edits: TextEdit[] = [];
  const existing = childrenNamed(root, "Override").find(
    (o) => (o.attrs.get("PartName") ?? "").toLowerCase() === partName.toLowerCase()
  );
  if (existing) edits.push({ at: existing.start, remove: existing.end - existing.start, insert: "" });
  const element = `<${prefixOf(root.name)}Override PartName="${escapeXml(partName)}" ContentType="${escapeXml(type)}"/>`;
  edits.push(...appendChildren(xml, root, element));
  pkg.write(CONTENT_TYPES, applyEdits(xml, edits));
}

/** Removes a part's Override (for a part that is removed). */
export async function removeContentType(pkg: XlsxPackage, partName: string): Promise<void> {
  const xml = await pkg.read(CONTENT_TYPES);
  if (xml === undefined) return;
  const found = childrenNamed(parseXml(xml, CONTENT_TYPES), "Override").find(
    (o) => (o.attrs.get("PartName") ?? "").toLowerCase() === partName.toLowerCase()
  );
  if (found)
    pkg.write(CONTENT_TYPES, applyEdits(xml, [{ at: found.start, remove: found.end - found.start, insert: "" }]));
}

/** The workbook part (xl/workbook.xml in every file Excel writes), from the package relationships. */
export async function workbookPartOf(pkg: XlsxPackage): Promise<string | undefined> {
  const rels = await readRelationships(pkg, "");
  const main = rels.find((r) => !r.external && /\/officeDocument$/.test(r.type) && r.part && pkg.find(r.part));
  if (main?.part) return pkg.find(main.part);
  return pkg.find("xl/workbook.xml");
}
