// A fake Excel host for the Office.js adapter, built on office-addin-mock.
//
// office-addin-mock enforces, for every scalar property in its object tree, that load() was called
// before a sync and that context.sync() ran before the value is read (it returns the strings
// "Error, property was not loaded" / "Error, context.sync() was not called" otherwise). What it
// cannot model, and this file adds by hand:
// - collections: a load such as "items/name" is forwarded to every item mock, and `items` is
//   the list of item mocks (kept in the tree under `sheetStore` so that context.sync() reaches them);
// - ClientResult values (getCellProperties, getRowProperties, getColumnProperties): readable only
//   after the next counted sync, else they throw like Office.js does;
// - isNullObject of getMergedAreasOrNullObject, set as a plain property;
// - events (worksheets.onChanged.add/remove), writes to new ranges, conditional formats, panes and
//   page layout, which are recorded into plain lists the tests read.
import { OfficeMockObject } from "office-addin-mock";

/** An office-addin-mock object: any property may be read or assigned, as on an Office.js proxy. */
type Mock = OfficeMockObject;
/** The initial data of a mock object (office-addin-mock's ObjectData). */
type ObjectData = Record<string, unknown>;

// office-addin-mock needs only the OfficeApp enum of office-addin-manifest, whose full import fails
// in this install (ajv-draft-04 resolves the hoisted ajv 6, which has no "ajv/dist/core").
jest.mock("office-addin-manifest", () => ({
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
}));
import { address, parseRange } from "../../src/domain/grid";
import type { ExcelRun, OfficeHost } from "../../src/workbook/excel";

/** One existing worksheet, as Excel would answer for its used range (getUsedRange(true)). */
export interface FakeSheet {
  name: string;
  visibility?: "Visible" | "Hidden" | "VeryHidden";
  protected?: boolean;
  /** Absent for a blank sheet: Excel then answers A1, empty. */
  used?: {
    address: string;
    values: unknown[][];
    formulas: unknown[][];
    valueTypes: string[][];
    numberFormat?: string[][];
    bold?: boolean[][];
    indent?: number[][];
    rowHidden?: boolean[];
    /** RangeAreas.address of the merged areas. */
    merges?: string;
  };
}

export interface RecordedRange {
  sheet: string;
  address: string;
  /** The office-addin-mock range object; what the adapter assigned is read back from it. */
  range: Mock;
}

export interface RecordedConditionalFormat {
  sheet: string;
  range: string;
  type: string;
  format: Mock;
}

export interface FakeExcel {
  run: ExcelRun;
  office: OfficeHost;
  syncs(): number;
  ranges: RecordedRange[];
  conditionalFormats: RecordedConditionalFormat[];
  calls: string[];
  /** Handlers registered on worksheets.onChanged. */
  changeHandlers: (() => Promise<unknown>)[];
  /** Document settings as saved by saveAsync. */
  savedSettings: Map<string, unknown>;
  selectionHandlers: (() => void)[];
  /** Sheets created by worksheets.add, as mocks holding what the adapter assigned. */
  added: Mock[];
}

export interface FakeOptions {
  /** Highest ExcelApi version the host reports, e.g. "1.13"; "1.1" to switch every feature off. */
  api?: string;
  saveFails?: boolean;
  settings?: Record<string, unknown>;
}

function versionAtMost(version: string, max: string): boolean {
  const [a, b] = version.split(".").map(Number);
  const [x, y] = max.split(".").map(Number);
  return a < x || (a === x && b <= y);
}

const NOT_SYNCED = "Error, context.sync() was not called";

export function fakeExcel(sheets: FakeSheet[], options: FakeOptions = {}): FakeExcel {
  const api = options.api ?? "1.13";
  let syncCount = 0;
  let pendingResults: { ready: boolean }[] = [];
  const fake = {
    ranges: [] as RecordedRange[],
    conditionalFormats: [] as RecordedConditionalFormat[],
    calls: [] as string[],
    changeHandlers: [] as (() => Promise<unknown>)[],
    savedSettings: new Map<string, unknown>(Object.entries(options.settings ?? {})),
    selectionHandlers: [] as (() => void)[],
    added: [] as Mock[],
  };

  function clientResult<T>(value: T): { readonly value: T } {
    const state = { ready: false };
    pendingResults.push(state);
    return {
      get value(): T {
        if (!state.ready) throw new Error(NOT_SYNCED);
        return value;
      },
    };
  }

  function recordingRange(sheetName: string, rangeAddress: string): Mock {
    const range = new OfficeMockObject({
      format: { font: {}, fill: {}, borders: { getItem: (edge: string) => recordBorder(range, edge) } },
      conditionalFormats: {
        add: (type: string) => {
          const conditional = new OfficeMockObject({ custom: { rule: {}, format: { fill: {}, font: {} } } });
          fake.conditionalFormats.push({ sheet: sheetName, range: rangeAddress, type, format: conditional });
          return conditional;
        },
      },
      select: () => fake.calls.push(`select ${sheetName}!${rangeAddress}`),
    });
    fake.ranges.push({ sheet: sheetName, address: rangeAddress, range });
    return range;
  }

  function recordBorder(range: Mock, edge: string): Mock {
    range.borderEdges = range.borderEdges ?? {};
    range.borderEdges[edge] = range.borderEdges[edge] ?? {};
    return range.borderEdges[edge];
  }

  function sheetData(sheet: FakeSheet): ObjectData {
    const used = sheet.used ?? {
      address: `${sheet.name}!A1`,
      values: [[""]],
      formulas: [[""]],
      valueTypes: [["Empty"]],
    };
    const rows = used.values.length;
    const columns = used.values[0]?.length ?? 0;
    return {
      name: sheet.name,
      visibility: sheet.visibility ?? "Visible",
      protection: { protected: sheet.protected ?? false },
      usedRange: {
        address: used.address,
        values: used.values,
        formulas: used.formulas,
        valueTypes: used.valueTypes,
        numberFormat: used.numberFormat ?? used.values.map((line) => line.map(() => "General")),
        mergedAreas: { address: used.merges ?? "" },
        getMergedAreasOrNullObject(this: Mock) {
          fake.calls.push(`merges ${sheet.name}`);
          this.mergedAreas.isNullObject = !used.merges;
          return this.mergedAreas;
        },
        getCellProperties: () => {
          fake.calls.push(`cellProperties ${sheet.name}`);
          return clientResult(
            used.values.map((line, r) =>
              line.map((_, c) => ({
                format: { font: { bold: used.bold?.[r]?.[c] ?? false }, indentLevel: used.indent?.[r]?.[c] ?? 0 },
              }))
            )
          );
        },
        getRowProperties: () =>
          clientResult(Array.from({ length: rows }, (_, r) => ({ rowHidden: used.rowHidden?.[r] ?? false }))),
        getColumnProperties: () => clientResult(Array.from({ length: columns }, () => ({ columnHidden: false }))),
      },
      getUsedRange(this: Mock, valuesOnly?: boolean) {
        fake.calls.push(`usedRange ${sheet.name} valuesOnly=${valuesOnly}`);
        return this.usedRange;
      },
      ...writableSheetData(sheet.name),
    };
  }

  function writableSheetData(name: string): ObjectData {
    return {
      getRange: (a?: string) => recordingRange(name, a ?? ""),
      activate: () => fake.calls.push(`activate ${name}`),
      freezePanes: {
        freezeRows: (n: number) => fake.calls.push(`freezeRows ${name} ${n}`),
        freezeColumns: (n: number) => fake.calls.push(`freezeColumns ${name} ${n}`),
        freezeAt: (r: string) => fake.calls.push(`freezeAt ${name} ${r}`),
      },
      pageLayout: {
        setPrintArea: (a: string) => fake.calls.push(`printArea ${name} ${a}`),
        setPrintTitleRows: (a: string) => fake.calls.push(`printTitleRows ${name} ${a}`),
      },
    };
  }

  const store: Record<string, ObjectData> = {};
  sheets.forEach((sheet, i) => (store[`s${i}`] = sheetData(sheet)));
  const names = sheets.map((s) => s.name);

  const mock = new OfficeMockObject({
    context: {
      workbook: {
        sheetStore: store,
        worksheets: {
          load(this: Mock, properties: string) {
            for (const path of properties.split(",")) {
              const itemPath = path.trim().replace(/^items\//, "");
              for (const item of this.items) item.load(itemPath);
            }
            return this;
          },
          getItem: (name: string) => {
            const i = names.indexOf(name);
            if (i < 0) throw new Error(`ItemNotFound: ${name}`);
            return mock.context.workbook.sheetStore[`s${i}`];
          },
          add: (name: string) => {
            fake.calls.push(`add ${name}`);
            const added = new OfficeMockObject({ name, ...writableSheetData(name) });
            fake.added.push(added);
            return added;
          },
          onChanged: {
            add: (handler: () => Promise<unknown>) => {
              fake.changeHandlers.push(handler);
              return {
                context: mock.context,
                remove: () => fake.changeHandlers.splice(fake.changeHandlers.indexOf(handler), 1),
              };
            },
          },
        },
      },
    },
    run: async function (this: Mock, first: unknown, second?: unknown) {
      const batch = (typeof first === "function" ? first : second) as (context: unknown) => Promise<unknown>;
      return batch(this.context);
    },
  });
  mock.context.workbook.worksheets.items = sheets.map((_, i) => mock.context.workbook.sheetStore[`s${i}`]);

  const sync = mock.context.sync.bind(mock.context);
  mock.context.sync = async () => {
    syncCount++;
    await sync();
    // office-addin-mock updates parent properties in later microtasks; let them run.
    await new Promise((resolve) => setImmediate(resolve));
    pendingResults.forEach((r) => (r.ready = true));
    pendingResults = [];
  };

  const pending = new Map<string, unknown>();
  const office = {
    context: {
      requirements: {
        isSetSupported: (name: string, version = "1.1") => name === "ExcelApi" && versionAtMost(version, api),
      },
      document: {
        settings: {
          get: (key: string) => (pending.has(key) ? pending.get(key) : (fake.savedSettings.get(key) ?? null)),
          set: (key: string, value: unknown) => pending.set(key, value),
          saveAsync: (callback?: (result: { status: string; error?: { message: string } }) => void) => {
            if (options.saveFails) {
              callback?.({ status: "failed", error: { message: "Dokumentet är skrivskyddat" } });
              return;
            }
            pending.forEach((value, key) => fake.savedSettings.set(key, value));
            pending.clear();
            callback?.({ status: "succeeded" });
          },
        },
        addHandlerAsync: (type: string, handler: () => void, callback?: () => void) => {
          if (type === "documentSelectionChanged") fake.selectionHandlers.push(handler);
          callback?.();
        },
        removeHandlerAsync: (type: string, opts: { handler: () => void }, callback?: () => void) => {
          fake.selectionHandlers.splice(fake.selectionHandlers.indexOf(opts.handler), 1);
          callback?.();
        },
      },
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DocumentSelectionChanged: "documentSelectionChanged" },
  };

  return {
    ...fake,
    run: ((first: unknown, second?: unknown) => mock.run(first, second)) as ExcelRun,
    office: office as unknown as OfficeHost,
    syncs: () => syncCount,
  };
}

/** Every cell the adapter wrote on a sheet, expanded from its range writes: address → content. */
export function writtenCells(
  fake: FakeExcel,
  sheet: string,
  property: "formulas" | "numberFormat"
): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  for (const { sheet: s, address: a, range } of fake.ranges) {
    if (s !== sheet || !Array.isArray(range[property])) continue;
    const area = parseRange(a);
    if (!area) continue;
    (range[property] as unknown[][]).forEach((line, r) =>
      line.forEach((value, c) => cells.set(address(area.top + r, area.left + c), value))
    );
  }
  return cells;
}

/** The formatting assigned to the range whose address covers `cell` (the last such write wins). */
export function formatAt(fake: FakeExcel, sheet: string, cell: string): RecordedRange | undefined {
  const at = parseRange(cell);
  let found: RecordedRange | undefined;
  for (const recorded of fake.ranges) {
    const { sheet: s, address: a, range } = recorded;
    const area = parseRange(a);
    if (s !== sheet || !area || !at) continue;
    if (at.top >= area.top && at.top <= area.bottom && at.left >= area.left && at.left <= area.right) {
      const f = range.format;
      if (f.font.bold !== undefined || f.fill.color !== undefined || f.horizontalAlignment !== undefined)
        found = recorded;
    }
  }
  return found;
}
