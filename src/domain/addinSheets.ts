// The sheets the add-in wrote itself are never read as budgets (DESIGN.md): the settings sheet,
// and every sheet it added (prognosis, Kontrollrapport). Two marks, either enough:
//   - its name, recorded in the settings (UserSettings.addinSheets) in the same step that adds it;
//   - a marker line near the top of the sheet ("Skapat av Finsam Budgetkontroll …"), written with
//     the sheet, which survives a rename by the user and needs no settings, so the CLI's copies,
//     file mode and Excel all see it (both adapters read it as they read any cell).
// The one hook is budgetGrids, called before recognition.
import type { UserSettings } from "./finding";
import { cellAt, type Grid } from "./grid";
import { SETTINGS_SHEET_NAME } from "./settings";
import type { SpecCell } from "./sheetspec";
import { addinSheetStrings } from "./strings";

/** How far down a marker is looked for: the add-in writes it in row 2 or 3; the user may insert rows above. */
const MARKER_ROWS = 50;

/** Excel compares sheet names without regard to case. */
function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase("sv-SE") === b.toLocaleLowerCase("sv-SE");
}

/** Whether the add-in wrote this sheet: the settings sheet, or one it recorded when it added it. */
export function isAddinSheet(name: string, settings: UserSettings): boolean {
  if (sameName(name, SETTINGS_SHEET_NAME)) return true;
  return (settings.addinSheets ?? []).some((added) => sameName(added, name));
}

/** The marker cell at `address` of a sheet the add-in writes. */
export function addinMarkerCell(address: string): SpecCell {
  return { address, value: { type: "string", value: addinSheetStrings.marker }, style: { italic: true } };
}

/** True when a text cell near the top starts with the marker's words, whatever the sheet is called. */
export function hasAddinMarker(grid: Grid): boolean {
  const rows = Math.min(grid.rows.length, MARKER_ROWS);
  for (let r = 1; r <= rows; r++) {
    const line = grid.rows[r - 1];
    if (!line) continue;
    for (let c = 1; c <= line.length; c++) {
      const v = cellAt(grid, r, c)?.value;
      if (v?.type === "string" && v.value.trimStart().startsWith(addinSheetStrings.markerPrefix)) return true;
    }
  }
  return false;
}

/** The grids that may hold budgets: every sheet but the ones the add-in wrote. */
export function budgetGrids(grids: readonly Grid[], settings: UserSettings = {}): Grid[] {
  return grids.filter((grid) => !isAddinSheet(grid.name, settings) && !hasAddinMarker(grid));
}

/**
 * The settings after the add-in added a sheet: its name recorded, and names of sheets that no
 * longer exist (deleted or renamed by the user) dropped; a renamed sheet keeps its marker line.
 */
export function recordAddinSheet(settings: UserSettings, added: string, existing: readonly string[]): UserSettings {
  const kept = (settings.addinSheets ?? []).filter(
    (name) => existing.some((e) => sameName(e, name)) && !sameName(name, added)
  );
  return { ...settings, addinSheets: [...kept, added] };
}
