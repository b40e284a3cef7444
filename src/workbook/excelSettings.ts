// UserSettings kept in the workbook's document settings (Office.context.document.settings),
// as one JSON string under one key. Private helper of the Excel adapter.
import type { UserSettings } from "../domain/finding";
import { parseStoredSettings } from "../domain/settings";

export { parseStoredSettings };

export const SETTINGS_KEY = "finsamKontroll";

/** The part of Office.Settings the adapter uses. */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
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
