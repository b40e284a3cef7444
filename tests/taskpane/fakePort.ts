// A WorkbookPort for component tests: a real XlsxWorkbook over a seed fixture's .xlsx bytes,
// with every call that changes or selects recorded.
import * as fs from "fs";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import type { WorkbookPort } from "../../src/workbook/port";
import type { SheetSpec } from "../../src/domain/sheetspec";
import type { UserSettings } from "../../src/domain/finding";
import type { Grid } from "../../src/domain/grid";
import { evaluateSheetFormulas, gridsToXlsxBuffer, writeFixtureXlsxToTemp } from "../helpers/fixture";

export interface RecordingPort extends WorkbookPort {
  workbook: XlsxWorkbook;
  selects: [string, string][];
  writes: [string, string, string][];
  added: string[];
  saved: UserSettings[];
  /** Fires the onChanged callback, as Excel would after an edit. */
  fireChanged(): void;
}

/** Fixture name → bytes, written once per test run. */
const bytesCache = new Map<string, Uint8Array>();

export async function fixtureBytes(name: string): Promise<Uint8Array> {
  let bytes = bytesCache.get(name);
  if (!bytes) {
    bytes = new Uint8Array(fs.readFileSync(await writeFixtureXlsxToTemp(name)));
    bytesCache.set(name, bytes);
  }
  return bytes;
}

export async function recordingPort(fixture: string, options: { live?: boolean } = {}): Promise<RecordingPort> {
  return recordingPortOfBytes(await fixtureBytes(fixture), options);
}

/** A fixture changed as an ekonom might have typed it: the grids, their formulas computed again, as a file. */
export async function recordingPortOfGrids(grids: Grid[]): Promise<RecordingPort> {
  evaluateSheetFormulas(grids);
  return recordingPortOfBytes(new Uint8Array(await gridsToXlsxBuffer(grids)));
}

export async function recordingPortOfBytes(
  bytes: Uint8Array,
  options: { live?: boolean } = {}
): Promise<RecordingPort> {
  const workbook = new XlsxWorkbook(bytes);
  let listener: (() => void) | undefined;
  const port: RecordingPort = {
    workbook,
    selects: [],
    writes: [],
    added: [],
    saved: [],
    readSheets: () => workbook.readSheets(),
    loadSettings: () => workbook.loadSettings(),
    async saveSettings(settings: UserSettings) {
      port.saved.push(settings);
      await workbook.saveSettings(settings);
    },
    async addSheet(spec: SheetSpec) {
      const name = await workbook.addSheet(spec);
      port.added.push(name);
      return name;
    },
    async select(sheet: string, address: string) {
      port.selects.push([sheet, address]);
      await workbook.select(sheet, address);
    },
    async writeCell(sheet: string, address: string, value: string) {
      port.writes.push([sheet, address, value]);
      await workbook.writeCell(sheet, address, value);
    },
    fireChanged: () => listener?.(),
  };
  if (options.live) {
    port.onChanged = async (callback) => {
      listener = callback;
      return () => (listener = undefined);
    };
  }
  return port;
}
