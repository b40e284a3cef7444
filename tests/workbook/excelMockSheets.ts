// The fake Excel's worksheets, ranges and merged areas: Office.js objects over the store
// (excelMockStore.ts), built with excelMockObjects.ts. Each method queues what Excel would do at
// the next sync; excelMock.ts wires them into Excel.run.
import {
  addressOf,
  cellAt,
  clearContents,
  quotedName,
  readRect,
  rectOf,
  usedRect,
  writeCells,
  writeCellStyle,
  writeFormats,
  type Rect,
  type StoredSheet,
} from "./excelMockStore";
import { clientResult, officeError, officeObject, type Op, type OpInfo, type Queue } from "./excelMockObjects";

/** Excel fails getMergedAreasOrNullObject above this many merged areas (Range docs, ExcelApi 1.13). */
export const MAX_MERGED_AREAS = 512;

/** What the sheet objects need of the fake: its sheets, its logs, its event bookkeeping. */
export interface SheetWorld {
  sheets: StoredSheet[];
  newSheet(name: string): StoredSheet;
  log(call: string): void;
  /** A write changed cells: Excel raises worksheet change events for it. */
  changed(sheet: StoredSheet, rect: Rect): void;
  recordRange(sheet: string, address: string, range: unknown): void;
  recordConditionalFormat(sheet: string, range: string, type: string, format: unknown): void;
}

/** A worksheet as an object refers to it: by name until an add gives it an id. */
export interface SheetRef {
  name: string;
  id?: number;
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export function findSheet(world: SheetWorld, ref: SheetRef): StoredSheet | undefined {
  return ref.id !== undefined
    ? world.sheets.find((s) => s.id === ref.id)
    : world.sheets.find((s) => sameName(s.name, ref.name));
}

function existing(world: SheetWorld, ref: SheetRef): StoredSheet {
  const sheet = findSheet(world, ref);
  if (!sheet) throw officeError("ItemNotFound", `The requested resource doesn't exist (${ref.name}).`);
  return sheet;
}

function op(info: OpInfo, apply: () => void): Op {
  return { info, apply };
}

interface RangeOptions {
  /** getUsedRangeOrNullObject / merged areas: null when there is nothing. */
  nullable?: boolean;
  /** getRange(address): recorded for the tests' write helpers. */
  recordAs?: string;
}

/** A Range over a rectangle that is decided when the batch runs (the used range moves with edits). */
export function rangeObject(
  world: SheetWorld,
  queue: Queue,
  ref: SheetRef,
  rectAt: () => Rect | undefined,
  options: RangeOptions = {}
) {
  const sheet = () => existing(world, ref);
  const rect = (): Rect => rectAt() ?? { top: 0, left: 0, bottom: 0, right: 0 };
  const where = (): OpInfo => ({ kind: "range", sheet: ref.name, detail: addressOf(rect()) });
  const write = (kind: string, apply: (s: StoredSheet, r: Rect) => void) =>
    op({ kind, sheet: ref.name, detail: options.recordAs }, () => apply(sheet(), rect()));
  const range = officeObject(queue, {
    properties: {
      address: () => `${quotedName(sheet().name)}!${addressOf(rect())}`,
      values: () => readRect(sheet(), rect(), "values"),
      formulas: () => readRect(sheet(), rect(), "formulas"),
      numberFormat: () => readRect(sheet(), rect(), "numberFormat"),
      valueTypes: () => readRect(sheet(), rect(), "valueTypes"),
      rowIndex: () => rect().top,
      columnIndex: () => rect().left,
      rowCount: () => rect().bottom - rect().top + 1,
      columnCount: () => rect().right - rect().left + 1,
    },
    data: { format: { font: {}, fill: {}, borders: {} }, conditionalFormats: {} },
    isNull: options.nullable ? () => rectAt() === undefined : undefined,
    methods: {
      getCellProperties: () =>
        clientResult(queue, { kind: "cellProperties", sheet: ref.name }, () => {
          const r = rect();
          world.log(`cellProperties ${ref.name} ${addressOf(r)}`);
          return Array.from({ length: r.bottom - r.top + 1 }, (_, i) =>
            Array.from({ length: r.right - r.left + 1 }, (_, j) => {
              const cell = cellAt(sheet(), r.top + i, r.left + j);
              return { format: { font: { bold: cell?.bold ?? false }, indentLevel: cell?.indent ?? 0 } };
            })
          );
        }),
      getRowProperties: () =>
        clientResult(queue, { kind: "rowProperties", sheet: ref.name }, () => {
          const r = rect();
          return Array.from({ length: r.bottom - r.top + 1 }, (_, i) => ({
            rowHidden: sheet().rowHidden.has(r.top + i),
          }));
        }),
      getColumnProperties: () =>
        clientResult(queue, { kind: "columnProperties", sheet: ref.name }, () => {
          const r = rect();
          return Array.from({ length: r.right - r.left + 1 }, (_, j) => ({
            columnHidden: sheet().columnHidden.has(r.left + j),
          }));
        }),
      getMergedAreasOrNullObject: () => mergedAreasObject(world, queue, ref, rect),
      select: () =>
        queue.current().ops.push(op(where(), () => world.log(`select ${sheet().name}!${addressOf(rect())}`))),
      clear: (applyTo?: string) =>
        queue.current().ops.push(
          write("clear", (s, r) => {
            world.log(`clear ${s.name} ${addressOf(r)} ${applyTo ?? "All"}`);
            clearContents(s, r);
            world.changed(s, r);
          })
        ),
      "conditionalFormats.add": (type: string) => {
        const format = officeObject(queue, { data: { custom: { rule: {}, format: { fill: {}, font: {} } } } });
        world.recordConditionalFormat(ref.name, options.recordAs ?? "", type, format.target);
        return format;
      },
      "format.borders.getItem": (edge: string) =>
        officeObject(queue, {
          onSet: (path, value) =>
            write("format", (s, r) => s.formatLog.push(`${addressOf(r)} borders.${edge}.${path}=${value}`)),
        }),
    },
    onSet(path, value) {
      if (path === "values" || path === "formulas")
        return write("write", (s, r) => {
          writeCells(s, r, value);
          world.changed(s, r);
        });
      if (path === "numberFormat") return write("numberFormat", (s, r) => writeFormats(s, r, value));
      if (path === "format.font.bold") return write("format", (s, r) => writeCellStyle(s, r, "bold", value));
      if (path === "format.indentLevel") return write("format", (s, r) => writeCellStyle(s, r, "indent", value));
      return write("format", (s, r) => s.formatLog.push(`${addressOf(r)} ${path.replace(/^format\./, "")}=${value}`));
    },
  });
  if (options.recordAs !== undefined) world.recordRange(ref.name, options.recordAs, range.target);
  return range;
}

function mergedAreasObject(world: SheetWorld, queue: Queue, ref: SheetRef, rect: () => Rect) {
  const inside = (): Rect[] => {
    const r = rect();
    return existing(world, ref)
      .merges.map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }))
      .filter((m) => m.top <= r.bottom && m.bottom >= r.top && m.left <= r.right && m.right >= r.left); // touching the range
  };
  return officeObject(queue, {
    properties: {
      address: () =>
        inside()
          .map((m) => `${quotedName(existing(world, ref).name)}!${addressOf(m)}`)
          .join(", "),
      areaCount: () => inside().length,
    },
    isNull: () => {
      const count = inside().length;
      world.log(`merges ${ref.name}`);
      if (count > MAX_MERGED_AREAS)
        throw officeError("GeneralException", "There are more merged areas than can be returned.");
      return count === 0;
    },
  });
}

const NEW_SHEET_RANGE = "A1:XFD1048576";

/** A Worksheet. `mode`: getItem fails at sync when the sheet is missing; getItemOrNullObject gives a null object. */
export function sheetObject(world: SheetWorld, queue: Queue, ref: SheetRef, mode: "item" | "nullable" | "added") {
  const sheet = () => existing(world, ref);
  const queueOp = (kind: string, apply: (s: StoredSheet) => void) =>
    queue.current().ops.push(op({ kind, sheet: ref.name }, () => apply(sheet())));
  if (mode === "item") queue.current().ops.push(op({ kind: "getItem", sheet: ref.name }, () => void sheet()));
  const snapshot = findSheet(world, ref);
  return officeObject(queue, {
    properties: {
      name: () => sheet().name,
      visibility: () => sheet().visibility,
      position: () => world.sheets.indexOf(sheet()),
    },
    data: { protection: { protected: snapshot?.protected ?? false }, freezePanes: {}, pageLayout: {} },
    isNull: mode === "nullable" ? () => findSheet(world, ref) === undefined : undefined,
    methods: {
      getRange: (address?: string) =>
        rangeObject(world, queue, ref, () => rectOf(address ?? NEW_SHEET_RANGE), { recordAs: address ?? "" }),
      getRangeByIndexes: (row: number, column: number, rows: number, columns: number) =>
        rangeObject(world, queue, ref, () => ({
          top: row,
          left: column,
          bottom: row + rows - 1,
          right: column + columns - 1,
        })),
      getUsedRange: (valuesOnly?: boolean) =>
        rangeObject(world, queue, ref, () => {
          world.log(`usedRange ${ref.name} valuesOnly=${valuesOnly}`);
          return usedRect(sheet());
        }),
      getUsedRangeOrNullObject: (valuesOnly?: boolean) =>
        rangeObject(
          world,
          queue,
          ref,
          () => {
            world.log(`usedRange ${ref.name} valuesOnly=${valuesOnly}`);
            return usedRect(sheet());
          },
          { nullable: true }
        ),
      activate: () =>
        queueOp("activate", (s) => {
          if (s.visibility !== "Visible") throw officeError("InvalidOperation", "A hidden sheet cannot be activated.");
          world.log(`activate ${s.name}`);
        }),
      delete: () =>
        queueOp("delete", (s) => {
          world.log(`delete ${s.name}`);
          world.sheets.splice(world.sheets.indexOf(s), 1);
        }),
      "freezePanes.freezeRows": (n: number) => queueOp("freezePanes", (s) => (s.frozen = `rows ${n}`)),
      "freezePanes.freezeColumns": (n: number) => queueOp("freezePanes", (s) => (s.frozen = `columns ${n}`)),
      "freezePanes.freezeAt": (at: string) => queueOp("freezePanes", (s) => (s.frozen = `at ${at}`)),
      "pageLayout.setPrintArea": (area: string) => queueOp("pageLayout", (s) => (s.layout.printArea = area)),
      "pageLayout.setPrintTitleRows": (rows: string) => queueOp("pageLayout", (s) => (s.layout.titleRows = rows)),
    },
    onSet(path, value) {
      const apply = (kind: string, f: (s: StoredSheet) => void) => op({ kind, sheet: ref.name }, () => f(sheet()));
      if (path === "visibility") return apply("visibility", (s) => (s.visibility = value as StoredSheet["visibility"]));
      if (path === "name") return apply("rename", (s) => (s.name = String(value)));
      if (path === "pageLayout.orientation") return apply("pageLayout", (s) => (s.layout.orientation = String(value)));
      if (path === "pageLayout.paperSize") return apply("pageLayout", (s) => (s.layout.paperSize = String(value)));
      if (path === "pageLayout.zoom")
        // Fit to pages: a direction left out stays at Excel's default of one page.
        return apply("pageLayout", (s) => {
          const zoom = value as NonNullable<StoredSheet["layout"]["zoom"]>;
          s.layout.zoom =
            zoom.scale !== undefined
              ? { scale: zoom.scale }
              : { horizontalFitToPages: 1, verticalFitToPages: 1, ...zoom };
        });
      return undefined;
    },
  });
}

/** WorksheetCollection.add: the sheet exists from the sync on; until then the object refers to it by name. */
export function addSheet(world: SheetWorld, queue: Queue, name: string) {
  const ref: SheetRef = { name };
  queue.current().ops.push(
    op({ kind: "add", sheet: name }, () => {
      if (findSheet(world, { name })) throw officeError("ItemAlreadyExists", `A sheet named ${name} exists.`);
      if (name.length > 31 || /[\\/?*[\]:]/.test(name)) throw officeError("InvalidArgument", `Bad sheet name ${name}.`);
      ref.id = world.newSheet(name).id;
      world.log(`add ${name}`);
    })
  );
  return sheetObject(world, queue, ref, "added");
}
