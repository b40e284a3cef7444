// The user's settings as stored in a workbook → UserSettings, and the one place they are stored:
// a very hidden sheet that the Excel adapter, the file adapter and the CLI all read and write the
// same way. Both adapters read through here, so a damaged or hand-edited value costs the user that
// one setting, never the analysis.
import type { UserSettings } from "./finding";
import { readStrings } from "./strings";
import { MEMBER_KINDS, PERIOD_KINDS, ROW_ROLES, UNITS } from "./table";
import type { MemberKind, Overrides, PeriodKind, RowRole, Unit } from "./table";
import { settingsStrings } from "./strings";
import {
  amountInBounds,
  columnInBounds,
  percentInBounds,
  rowInBounds,
  yearInBounds,
  type Notices,
} from "./settingsBounds";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

function kommunKey(value: unknown, notices: Notices): Record<string, string> | undefined {
  if (!isRecord(value)) return undefined;
  const key: Record<string, string> = {};
  for (const [kommun, weight] of Object.entries(value)) {
    const w = text(weight);
    if (w !== undefined && amountInBounds(w, notices, settingsStrings.kommunWeight(kommun))) key[kommun] = w;
  }
  return key;
}

function agreedDeviations(value: unknown): UserSettings["agreedDeviations"] {
  if (!Array.isArray(value)) return undefined;
  const list: NonNullable<UserSettings["agreedDeviations"]> = [];
  for (const item of value) {
    if (!isRecord(item)) continue;
    const { rule, sheet, cell, note } = item;
    if (typeof rule !== "string" || typeof sheet !== "string" || typeof cell !== "string") continue;
    list.push(typeof note === "string" ? { rule, sheet, cell, note } : { rule, sheet, cell });
  }
  return list;
}

function equityTrappa(value: unknown, notices: Notices): UserSettings["equityTrappa"] {
  if (!Array.isArray(value)) return undefined;
  const steps: NonNullable<UserSettings["equityTrappa"]> = [];
  value.forEach((item: unknown, i) => {
    if (!isRecord(item)) return;
    const allocationUpTo = text(item.allocationUpTo);
    const maxPercent = text(item.maxPercent);
    if (allocationUpTo === undefined || maxPercent === undefined) return;
    const where = settingsStrings.trappaStep(i + 1);
    if (amountInBounds(allocationUpTo, notices, where) && percentInBounds(maxPercent, notices, where))
      steps.push({ allocationUpTo, maxPercent });
  });
  return steps;
}

/**
 * What was stored → UserSettings. Anything unreadable (a hand-edited or older value) is dropped
 * field by field; this never throws, so a damaged setting costs the user that setting only.
 * Values outside their bounds (settingsBounds.ts) are dropped too, with a line in `notices`.
 */
export function parseStoredSettings(stored: unknown, notices?: string[]): UserSettings {
  let data: unknown = stored;
  if (typeof stored === "string") {
    try {
      data = JSON.parse(stored);
    } catch {
      return {};
    }
  }
  if (!isRecord(data)) return {};
  const settings: UserSettings = {};
  const key = kommunKey(data.kommunKey, notices);
  const deviations = agreedDeviations(data.agreedDeviations);
  const trappa = equityTrappa(data.equityTrappa, notices);
  if (key) settings.kommunKey = key;
  if (deviations) settings.agreedDeviations = deviations;
  if (trappa) settings.equityTrappa = trappa;
  const corrections = overrides(data.overrides, notices);
  if (corrections) settings.overrides = corrections;
  const addinSheets = sheetNames(data.addinSheets);
  if (addinSheets) settings.addinSheets = addinSheets;
  return settings;
}

function sheetNames(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const names = value.filter((v): v is string => typeof v === "string" && v !== "");
  return names.length > 0 ? [...new Set(names)] : undefined;
}

/** Whether stored text is one of a closed set of words (a unit, a role …). */
function oneOf<T extends string>(words: readonly T[], value: unknown): value is T {
  return (words as readonly unknown[]).includes(value);
}

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function whole(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value > 0;
}

function sheetRow(value: unknown): value is number {
  return whole(value) && rowInBounds(value);
}

function sheetColumn(value: unknown): value is number {
  return whole(value) && columnInBounds(value);
}

/** The ekonom's corrections to recognition; entries that do not have the right shape are dropped. */
function overrides(value: unknown, notices: Notices): Overrides | undefined {
  if (!isRecord(value)) return undefined;
  const result: Overrides = {};
  const sums = records(value.sums).filter(
    (s) =>
      typeof s.sheet === "string" &&
      sheetRow(s.row) &&
      (s.parts === null || (Array.isArray(s.parts) && s.parts.every(sheetRow)))
  );
  if (sums.length)
    result.sums = sums.map((s) => ({
      sheet: s.sheet as string,
      row: s.row as number,
      parts: s.parts as number[] | null,
    }));
  const periods = records(value.periods).filter(
    (p) =>
      typeof p.sheet === "string" &&
      sheetColumn(p.column) &&
      whole(p.year) &&
      (p.kind === undefined || oneOf(PERIOD_KINDS, p.kind)) &&
      yearInBounds(p.year, notices, settingsStrings.periodColumn(p.sheet, p.column))
  );
  if (periods.length) {
    result.periods = periods.map((p) => ({
      sheet: p.sheet as string,
      column: p.column as number,
      year: p.year as number,
      ...(p.kind ? { kind: p.kind as PeriodKind } : {}),
    }));
  }
  const units = records(value.units).filter((u) => typeof u.sheet === "string" && oneOf(UNITS, u.unit));
  if (units.length) result.units = units.map((u) => ({ sheet: u.sheet as string, unit: u.unit as Unit }));
  const roles = records(value.roles).filter(
    (r) =>
      typeof r.sheet === "string" &&
      sheetRow(r.row) &&
      oneOf(ROW_ROLES, r.role) &&
      (r.member === undefined || oneOf(MEMBER_KINDS, r.member))
  );
  if (roles.length) {
    result.roles = roles.map((r) => ({
      sheet: r.sheet as string,
      row: r.row as number,
      role: r.role as RowRole,
      ...(r.member ? { member: r.member as MemberKind } : {}),
    }));
  }
  return Object.keys(result).length ? result : undefined;
}

/**
 * The settings sheet: very hidden (Excel shows it nowhere, and only code can unhide it), never
 * returned as a Grid. Column A holds it all: A1 explains the sheet to whoever finds it, A2 onward
 * the settings as JSON, cut into pieces of at most SETTINGS_CHUNK characters.
 */
export const SETTINGS_SHEET_NAME = "FinsamKontroll_inställningar";
/** Characters per settings cell: under Excel's limit of 32 767 a cell. */
export const SETTINGS_CHUNK = 30000;

/** The settings sheet's column A, top to bottom: the explanation, then the JSON in pieces. */
export function settingsSheetColumn(settings: UserSettings): string[] {
  return [readStrings.settingsSheetExplanation, ...textChunks(settingsJson(settings), SETTINGS_CHUNK)];
}

/**
 * The settings as JSON with "_x" written "_\u0078": the same JSON value, and no text that an xlsx
 * reader could take for Excel's _xHHHH_ character escape (a note may well contain "_x0041_").
 */
export function settingsJson(settings: UserSettings): string {
  return JSON.stringify(settings).replace(/_x/g, "_\\u0078");
}

/** Column A as read back, from A1 down → UserSettings; the JSON ends at the first cell that is not text. */
export function settingsFromColumn(column: readonly unknown[]): UserSettings {
  let json = "";
  for (const value of column.slice(1)) {
    if (typeof value !== "string" || value === "") break;
    json += value;
  }
  return json === "" ? {} : parseStoredSettings(json);
}

/** Splits text into pieces of at most `size` characters, never between the halves of a surrogate pair. */
export function textChunks(text: string, size: number): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < text.length;) {
    let end = Math.min(i + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    chunks.push(text.slice(i, end));
    i = end;
  }
  return chunks;
}
