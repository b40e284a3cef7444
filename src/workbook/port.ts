// WorkbookPort: what the engine's faces need of a workbook, in Excel or in a file.
import type { Grid } from "../domain/grid";
import type { SheetSpec } from "../domain/sheetspec";
import type { UserSettings } from "../domain/finding";

/** A read that failed for a reason the user can act on; message is Swedish. */
export interface ReadError {
  kind: "not-xlsx" | "encrypted" | "empty" | "corrupt" | "io" | "too-large";
  message: string;
}

/** notices: sheets that could be read only in part or not at all, in Swedish, for the user to see. */
export type ReadResult = { ok: true; grids: Grid[]; notices?: string[] } | { ok: false; error: ReadError };

export interface WorkbookPort {
  /** All sheets as Grids (values, formulas, number formats, merges). */
  readSheets(): Promise<ReadResult>;
  /** Adds a new sheet from the spec; returns the name it got (never an existing one). */
  addSheet(spec: SheetSpec): Promise<string>;
  /** Selects a cell (or range) and scrolls to it. */
  select(sheet: string, address: string): Promise<void>;
  /** Writes exactly one cell the user asked to change: a value (decimal string) or a formula. */
  writeCell(sheet: string, address: string, valueOrFormula: string): Promise<void>;
  /** The user's keys, agreed deviations and trappa, kept in the workbook's very hidden settings sheet. */
  loadSettings(): Promise<UserSettings>;
  saveSettings(settings: UserSettings): Promise<void>;
  /** Calls back when the workbook changes; returns a function that stops listening. */
  onChanged?(callback: () => void): Promise<() => void>;
}
