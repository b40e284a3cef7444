// A fake Excel host for the Office.js adapter, built on office-addin-mock, that behaves like Excel
// where the adapter has been seen to break (issue 13):
// - load before read and sync before use: reading a property otherwise throws PropertyNotLoaded;
// - operations apply at context.sync(), in order; a failing one keeps those before it and drops the
//   rest (a half-written sheet), and failures can be injected (a workbook losing focus);
// - cell edit mode: a batch fails with InvalidOperationInCellEditMode unless Excel.run was given
//   delayForCellEdit, which makes it wait until the user leaves the cell;
// - Excel on the web's 5 MB per request and per response (RequestPayloadSizeLimitExceeded,
//   ResponsePayloadSizeLimitExceeded), counted as the JSON of what is written and loaded;
// - getMergedAreasOrNullObject fails above 512 merged areas;
// - cell entry: text-formatted cells keep what is written as text, "'…" is text, formulas give
//   back a constant's text without its apostrophe;
// - very hidden sheets, worksheet change events with triggerSource ("ThisLocalAddin" for the
//   add-in's own writes, "Unknown" for the user's), document settings with saveAsync.
import type { ExcelRun, OfficeHost } from "../../src/workbook/excel";
import { parseRange } from "../../src/domain/grid";
import { loadCells, rectOf, addressOf, enter, type Rect, type StoredCell, type StoredSheet } from "./excelMockStore";
import { applyBatch, Batch, officeError, type OpInfo, type Queue } from "./excelMockObjects";
import { addSheet, findSheet, sheetObject, type SheetWorld } from "./excelMockSheets";
import { documentSettings } from "./excelMockDocument";

export { writtenCells } from "./excelMockDocument";

/** One existing worksheet, as a test describes it: its used range (values only) and sheet state. */
export interface FakeSheet {
  name: string;
  visibility?: "Visible" | "Hidden" | "VeryHidden";
  protected?: boolean;
  /** Absent for a blank sheet. */
  used?: {
    address: string;
    values: unknown[][];
    formulas?: unknown[][];
    valueTypes?: string[][];
    numberFormat?: string[][];
    bold?: boolean[][];
    indent?: number[][];
    rowHidden?: boolean[];
    /** Merged areas, e.g. "Budget!B2:D2, Budget!A9:B9". */
    merges?: string;
  };
  /** Cells far from the rest (a stray value at the bottom of a sheet), by A1 address. */
  stray?: Record<string, unknown>;
}

export interface FakeOptions {
  /** Excel on the web (the default: 5 MB a request and a response) or on the desktop (no such limit). */
  platform?: "web" | "desktop";
  /** Document settings as an earlier version of the add-in left them. */
  documentSettings?: Record<string, unknown>;
  saveFails?: boolean;
}

export interface RecordedRange {
  sheet: string;
  address: string;
  /** The office-addin-mock object behind the proxy: what the adapter assigned is read back from it. */
  range: Record<string, unknown> & { format: Record<string, Record<string, unknown>> };
}

export interface RecordedConditionalFormat {
  sheet: string;
  range: string;
  type: string;
  format: {
    custom: {
      rule: { formula?: string };
      format: { fill: { color?: string }; font: { color?: string; bold?: boolean } };
    };
  };
}

export interface ChangeEvent {
  triggerSource: "ThisLocalAddin" | "Unknown";
  sheet: string;
  address: string;
}

export interface FakeExcel {
  run: ExcelRun;
  office: OfficeHost;
  syncs(): number;
  /** Excel.RunOptions of every run, in order. */
  runs: Record<string, unknown>[];
  /** Response bytes of every sync. */
  responses: number[];
  calls: string[];
  ranges: RecordedRange[];
  conditionalFormats: RecordedConditionalFormat[];
  /** Every change event Excel raised, delivered to handlers or not. */
  events: ChangeEvent[];
  handlers(): number;
  documentSettings: Map<string, unknown>;
  sheet(name: string): StoredSheet | undefined;
  sheetNames(): string[];
  cell(sheet: string, a1: string): StoredCell | undefined;
  /** The user starts typing in a cell (F2); endCellEdit is Enter. */
  beginCellEdit(): void;
  endCellEdit(): void;
  /** The user types into a cell and leaves it: Excel stores it and raises a change event. */
  userEdit(sheet: string, a1: string, input: unknown): Promise<void>;
  /** The next `times` operations that match fail with `code` (kind "sync" fails a whole batch). */
  failOn(match: (op: OpInfo) => boolean, code?: string, times?: number): void;
  /** Lets events raised so far reach their handlers. */
  settle(): Promise<void>;
}

export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

type Handler = (event: Record<string, unknown>) => Promise<unknown>;

export function fakeExcel(sheets: FakeSheet[], options: FakeOptions = {}): FakeExcel {
  let syncCount = 0;
  let nextId = 1;
  let editing: { done: Promise<void>; end: () => void } | undefined;
  const failures: { match: (op: OpInfo) => boolean; code: string; times: number }[] = [];
  const handlers: Handler[] = [];
  const deliveries: Promise<void>[] = [];
  const changes: { sheet: StoredSheet; rect: Rect }[] = [];

  const fake = {
    runs: [] as Record<string, unknown>[],
    responses: [] as number[],
    calls: [] as string[],
    ranges: [] as RecordedRange[],
    conditionalFormats: [] as RecordedConditionalFormat[],
    events: [] as ChangeEvent[],
    documentSettings: new Map<string, unknown>(Object.entries(options.documentSettings ?? {})),
  };

  const world: SheetWorld = {
    sheets: [],
    newSheet(name) {
      const sheet: StoredSheet = {
        id: nextId++,
        name,
        visibility: "Visible",
        protected: false,
        cells: new Map(),
        rowHidden: new Set(),
        columnHidden: new Set(),
        merges: [],
        layout: {},
        formatLog: [],
      };
      world.sheets.push(sheet);
      return sheet;
    },
    log: (call) => fake.calls.push(call),
    changed: (sheet, rect) => changes.push({ sheet, rect }),
    recordRange: (sheet, a, range) => fake.ranges.push({ sheet, address: a, range: range as RecordedRange["range"] }),
    recordConditionalFormat: (sheet, range, type, format) =>
      fake.conditionalFormats.push({ sheet, range, type, format: format as RecordedConditionalFormat["format"] }),
  };

  for (const described of sheets) {
    const sheet = world.newSheet(described.name);
    sheet.visibility = described.visibility ?? "Visible";
    sheet.protected = described.protected ?? false;
    const used = described.used;
    if (used) {
      loadCells(sheet, used.address, used);
      const origin = rectOf(used.address);
      used.rowHidden?.forEach((hidden, r) => hidden && sheet.rowHidden.add(origin.top + r));
      for (const area of used.merges ? used.merges.split(/,\s*/) : []) {
        const range = parseRange(area.slice(area.lastIndexOf("!") + 1).replace(/\$/g, ""));
        if (range) sheet.merges.push(range);
      }
    }
    for (const [a1, value] of Object.entries(described.stray ?? {})) loadCells(sheet, a1, { values: [[value]] });
  }

  function raise(triggerSource: ChangeEvent["triggerSource"]): void {
    for (const { sheet, rect } of changes.splice(0)) {
      const event: ChangeEvent = { triggerSource, sheet: sheet.name, address: addressOf(rect) };
      fake.events.push(event);
      const args = {
        type: "WorksheetChanged",
        source: "Local",
        changeType: "RangeEdited",
        worksheetId: `{${sheet.id}}`,
        ...event,
      };
      // Excel delivers events after the request that caused them, asynchronously.
      deliveries.push(
        new Promise((resolve) => setTimeout(() => Promise.all(handlers.map((h) => h(args))).then(() => resolve()), 0))
      );
    }
  }

  function check(info: OpInfo): void {
    const failure = failures.find((f) => f.times > 0 && f.match(info));
    if (!failure) return;
    failure.times--;
    throw officeError(failure.code, `Injected ${failure.code} at ${info.kind}`);
  }

  interface FakeContext {
    workbook: { worksheets: unknown };
    sync(): Promise<void>;
    pending(): boolean;
  }

  function newContext(runOptions: Record<string, unknown>): FakeContext {
    let batch = new Batch();
    const queue: Queue = { current: () => batch };
    const context: FakeContext = {
      workbook: { worksheets: worksheets(queue, () => context) },
      async sync(): Promise<void> {
        syncCount++;
        const pending = batch;
        batch = new Batch();
        if (editing) {
          if (runOptions.delayForCellEdit !== true)
            throw officeError(
              "InvalidOperationInCellEditMode",
              "The operation is not allowed while a cell is being edited."
            );
          await editing.done;
        }
        const web = (options.platform ?? "web") === "web";
        if (web && pending.requestBytes > WEB_PAYLOAD_LIMIT) throw officeError("RequestPayloadSizeLimitExceeded");
        check({ kind: "sync" });
        try {
          await applyBatch(pending, {
            beforeOp: check,
            response: (bytes) => {
              fake.responses.push(bytes);
              if (web && bytes > WEB_PAYLOAD_LIMIT) throw officeError("ResponsePayloadSizeLimitExceeded");
            },
          });
        } finally {
          raise("ThisLocalAddin");
        }
      },
      pending: () => batch.ops.length > 0,
    };
    return context;
  }

  function worksheets(queue: Queue, context: () => unknown) {
    let items: unknown[] | undefined;
    let ready = false;
    return {
      load(properties: string) {
        const itemProperties = properties
          .split(",")
          .map((p) => p.trim().replace(/^items\//, ""))
          .join(",");
        items = world.sheets.map((s) => sheetObject(world, queue, { name: s.name, id: s.id }, "item"));
        items.forEach((item) => (item as { load(p: string): void }).load(itemProperties));
        ready = false;
        queue.current().delivered.push(() => (ready = true));
      },
      get items() {
        if (!items || !ready) throw officeError("PropertyNotLoaded", "The property 'items' is not available.");
        return items;
      },
      getItem: (name: string) => sheetObject(world, queue, { name }, "item"),
      getItemOrNullObject: (name: string) => sheetObject(world, queue, { name }, "nullable"),
      add: (name: string) => addSheet(world, queue, name),
      onChanged: {
        add(handler: Handler) {
          queue.current().ops.push({ info: { kind: "event" }, apply: () => void handlers.push(handler) });
          return {
            context: context(),
            remove: () =>
              queue
                .current()
                .ops.push({ info: { kind: "event" }, apply: () => void handlers.splice(handlers.indexOf(handler), 1) }),
          };
        },
      },
    };
  }

  async function run(first: unknown, second?: unknown): Promise<unknown> {
    const batch = (second ?? first) as (context: unknown) => Promise<unknown>;
    const reused = typeof first === "object" && first !== null && "workbook" in first;
    const runOptions = typeof first === "object" && first !== null && !reused ? (first as Record<string, unknown>) : {};
    fake.runs.push(runOptions);
    const context = reused ? (first as FakeContext) : newContext(runOptions);
    const result = await batch(context);
    if (context.pending()) throw new Error("fake Excel: operations were queued but never synced");
    return result;
  }

  const office = { context: { document: { settings: documentSettings(fake.documentSettings, options.saveFails) } } };

  return {
    ...fake,
    run: run as unknown as ExcelRun,
    office: office as unknown as OfficeHost,
    syncs: () => syncCount,
    handlers: () => handlers.length,
    sheet: (name) => findSheet(world, { name }),
    sheetNames: () => world.sheets.map((s) => s.name),
    cell(sheetName, a1) {
      const sheet = findSheet(world, { name: sheetName });
      const r = rectOf(a1);
      return sheet?.cells.get(r.top)?.get(r.left);
    },
    beginCellEdit() {
      let end = (): void => undefined;
      const done = new Promise<void>((resolve) => (end = resolve));
      editing = { done, end };
    },
    endCellEdit() {
      editing?.end();
      editing = undefined;
    },
    async userEdit(sheetName, a1, input) {
      const sheet = findSheet(world, { name: sheetName });
      if (!sheet) throw new Error(`no sheet ${sheetName}`);
      const rect = rectOf(a1);
      const line = sheet.cells.get(rect.top) ?? new Map<number, StoredCell>();
      sheet.cells.set(rect.top, line);
      const cell = line.get(rect.left) ?? { value: "", type: "Empty" as const };
      line.set(rect.left, cell);
      enter(cell, input);
      changes.push({ sheet, rect });
      raise("Unknown");
      await Promise.all(deliveries);
    },
    failOn(match, code = "GeneralException", times = 1) {
      failures.push({ match, code, times });
    },
    async settle() {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await Promise.all(deliveries);
    },
  };
}
