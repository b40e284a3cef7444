// The sheets the add-in wrote itself: the settings sheet, and every sheet it added (prognosis,
// Kontrollrapport), whose names it records in the settings (UserSettings.addinSheets) in the same
// step that adds them. None of them is ever read as a budget (DESIGN.md): the one hook is
// budgetGrids, which every face calls before recognition.
import type { UserSettings } from "./finding";
import type { Grid } from "./grid";
import { SETTINGS_SHEET_NAME } from "./settings";

/** Excel compares sheet names without regard to case. */
function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase("sv-SE") === b.toLocaleLowerCase("sv-SE");
}

/** Whether the add-in wrote this sheet: the settings sheet, or one it recorded when it added it. */
export function isAddinSheet(name: string, settings: UserSettings): boolean {
  if (sameName(name, SETTINGS_SHEET_NAME)) return true;
  return (settings.addinSheets ?? []).some((added) => sameName(added, name));
}

/** The grids that may hold budgets: every sheet but the ones the add-in wrote. */
export function budgetGrids(grids: readonly Grid[], settings: UserSettings): Grid[] {
  return grids.filter((grid) => !isAddinSheet(grid.name, settings));
}

/**
 * The settings after the add-in added a sheet: its name recorded, and names of sheets that no
 * longer exist (deleted or renamed by the user, whose sheet then counts as the user's) dropped.
 */
export function recordAddinSheet(settings: UserSettings, added: string, existing: readonly string[]): UserSettings {
  const kept = (settings.addinSheets ?? []).filter(
    (name) => existing.some((e) => sameName(e, name)) && !sameName(name, added)
  );
  return { ...settings, addinSheets: [...kept, added] };
}
