// Sheets the add-in wrote (the prognosis, the Kontrollrapport) are never budgets: each carries a
// marker cell, a short visible line that says so, and recognition leaves any sheet holding one out.
// A cell rather than the sheet's name, so the mark survives a rename, and both adapters read it
// as they read any cell (no defined names or custom properties to carry across Office.js and files).
import { cellAt, type Grid } from "./grid";
import type { SpecCell } from "./sheetspec";
import { addinSheetStrings } from "./strings";

/** How far down a marker is looked for: the add-in writes it in row 2 or 3; the user may insert rows above. */
const MARKER_ROWS = 50;

/** The marker cell at `address` of a sheet the add-in writes. */
export function addinMarkerCell(address: string): SpecCell {
  return { address, value: { type: "string", value: addinSheetStrings.marker }, style: { italic: true } };
}

/** True when a text cell near the top starts with the marker's words, whatever the sheet is called. */
export function isAddinSheet(grid: Grid): boolean {
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

/** The sheets the user wrote: those without the add-in's marker. */
export function userGrids(grids: readonly Grid[]): Grid[] {
  return grids.filter((g) => !isAddinSheet(g));
}
