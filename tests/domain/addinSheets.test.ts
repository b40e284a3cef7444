// The add-in's own sheets (settings, prognosis, Kontrollrapport) are never budgets: the hook every
// face calls before recognition, and the record the adapters keep in the settings.
import { budgetGrids, isAddinSheet, recordAddinSheet } from "../../src/domain/addinSheets";
import type { Grid } from "../../src/domain/grid";

const grid = (name: string): Grid => ({ name, rows: [], merges: [] });

test("the settings sheet and every recorded sheet are the add-in's, whatever the case", () => {
  const settings = { addinSheets: ["Prognos 2025–2027", "Kontrollrapport 2025-03-01"] };
  expect(isAddinSheet("FinsamKontroll_inställningar", {})).toBe(true);
  expect(isAddinSheet("prognos 2025–2027", settings)).toBe(true);
  expect(isAddinSheet("Budget 2024", settings)).toBe(false);
  expect(
    budgetGrids([grid("Budget 2024"), grid("Prognos 2025–2027"), grid("FinsamKontroll_inställningar")], settings).map(
      (g) => g.name
    )
  ).toEqual(["Budget 2024"]);
});

test("recording a new sheet keeps the other settings and drops names no sheet has any more", () => {
  const settings = { kommunKey: { Nora: "10580" }, addinSheets: ["Prognos 2025–2027", "Borttagen"] };
  expect(
    recordAddinSheet(settings, "Prognos 2025–2027 (2)", ["Budget", "Prognos 2025–2027", "Prognos 2025–2027 (2)"])
  ).toEqual({
    kommunKey: { Nora: "10580" },
    addinSheets: ["Prognos 2025–2027", "Prognos 2025–2027 (2)"],
  });
  expect(recordAddinSheet({}, "Kontrollrapport", ["Kontrollrapport"])).toEqual({ addinSheets: ["Kontrollrapport"] });
});
