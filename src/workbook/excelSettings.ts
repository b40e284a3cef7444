// UserSettings kept in the workbook's document settings (Office.context.document.settings),
// as one JSON string under one key. Private helper of the Excel adapter.
import type { UserSettings } from "../domain/finding";

export const SETTINGS_KEY = "finsamKontroll";

/** The part of Office.Settings the adapter uses. */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

function kommunKey(value: unknown): Record<string, string> | undefined {
  if (!isRecord(value)) return undefined;
  const key: Record<string, string> = {};
  for (const [kommun, weight] of Object.entries(value)) {
    const w = text(weight);
    if (w !== undefined) key[kommun] = w;
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

function equityTrappa(value: unknown): UserSettings["equityTrappa"] {
  if (!Array.isArray(value)) return undefined;
  const steps: NonNullable<UserSettings["equityTrappa"]> = [];
  for (const item of value) {
    if (!isRecord(item)) continue;
    const allocationUpTo = text(item.allocationUpTo);
    const maxPercent = text(item.maxPercent);
    if (allocationUpTo !== undefined && maxPercent !== undefined) steps.push({ allocationUpTo, maxPercent });
  }
  return steps;
}

/**
 * What was stored → UserSettings. Anything unreadable (a hand-edited or older value) is dropped
 * field by field; this never throws, so a damaged setting costs the user that setting only.
 */
export function parseStoredSettings(stored: unknown): UserSettings {
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
  const key = kommunKey(data.kommunKey);
  const deviations = agreedDeviations(data.agreedDeviations);
  const trappa = equityTrappa(data.equityTrappa);
  if (key) settings.kommunKey = key;
  if (deviations) settings.agreedDeviations = deviations;
  if (trappa) settings.equityTrappa = trappa;
  return settings;
}

export function loadDocumentSettings(settings: DocumentSettings): UserSettings {
  return parseStoredSettings(settings.get(SETTINGS_KEY));
}

/** Sets the key and persists it with saveAsync; rejects with the host's message when saving fails. */
export function saveDocumentSettings(
  settings: DocumentSettings,
  value: UserSettings,
  failed: Office.AsyncResultStatus
): Promise<void> {
  settings.set(SETTINGS_KEY, JSON.stringify(value));
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === failed) reject(new Error(result.error?.message ?? String(result.status)));
      else resolve();
    });
  });
}
