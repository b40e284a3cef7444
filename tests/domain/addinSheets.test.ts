// The add-in never checks its own sheets: the settings sheet, and a prognosis or a Kontrollrapport
// written into the workbook (recorded by name in the settings, and marked by a line in the sheet,
// which survives a rename), changes no table, finding or fingerprint of the budget it came from.
import { analyzeWorkbook } from "../../src/domain/analyze";
import { budgetGrids, hasAddinMarker, isAddinSheet, recordAddinSheet } from "../../src/domain/addinSheets";
import type { Grid } from "../../src/domain/grid";
import {
  choosePrognosisTable,
  defaultAssumptions,
  evaluatedPrognosis,
  prognosisTable,
} from "../../src/domain/prognosis";
import { prognosisCandidates } from "../../src/domain/prognosis/choose";
import { recognizeSheet, recognizeWorkbook } from "../../src/domain/recognize";
import { buildKontrollrapport } from "../../src/domain/report/kontrollrapport";
import { fingerprintOf } from "../../src/domain/report/fingerprint";
import { reportSheetSpec } from "../../src/domain/report/sheet";
import type { SheetSpec } from "../../src/domain/sheetspec";
import { addinSheetStrings } from "../../src/domain/strings";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { gridsToXlsxBuffer, loadFixtureGrids } from "../helpers/fixture";

const grids = loadFixtureGrids("seed001.built");
const before = analyzeWorkbook(grids);
const key = (t: { sheet: string; range: string }) => `${t.sheet}!${t.range}`;

/** The prognosis as file mode writes it: with cached results, as Excel would show it after a recalculation. */
function prognosisSpec(): SheetSpec {
  const chosen = choosePrognosisTable(before.tables)!;
  const table = prognosisTable(chosen, before.tables);
  const options = { sourceSheet: table.sheet, date: "2024-06-01", existingNames: grids.map((g) => g.name) };
  return evaluatedPrognosis(table, defaultAssumptions(table, before.tables), options, grids).spec;
}

function reportSpec(): SheetSpec {
  const report = buildKontrollrapport({
    workbookName: "exempel.xlsx",
    createdAt: "2024-06-01T10:00:00+02:00",
    version: "0.1.0",
    grids,
    ...before,
  });
  return reportSheetSpec(
    report,
    grids.map((g) => g.name)
  );
}

/** The workbook after the pane added its sheets, read back from the file as the next analysis reads it. */
async function withAddedSheets(specs: SheetSpec[]): Promise<{ grids: Grid[]; names: string[] }> {
  const workbook = new XlsxWorkbook(await gridsToXlsxBuffer(grids));
  const names: string[] = [];
  for (const spec of specs) names.push(await workbook.addSheet(spec));
  const read = await new XlsxWorkbook(await workbook.toBuffer()).readSheets();
  if (!read.ok) throw new Error(read.error.message);
  return { grids: read.grids, names };
}

test("both sheets the add-in writes carry the marker line near the top", () => {
  for (const spec of [prognosisSpec(), reportSpec()]) {
    const marker = spec.cells.find((c) => c.value?.type === "string" && c.value.value === addinSheetStrings.marker);
    expect(marker?.address).toMatch(/^A[23]$/);
  }
});

test("after a prognosis and a report are added, the tables, findings and fingerprint are those of the budget alone", async () => {
  const { grids: after, names } = await withAddedSheets([prognosisSpec(), reportSpec()]);
  expect(names).toEqual(["Prognos 2025–2027", "Kontrollrapport 2024-06-01"]);
  expect(after.filter(hasAddinMarker).map((g) => g.name)).toEqual(names);
  const again = analyzeWorkbook(after);
  expect(again.tables.map(key)).toEqual(before.tables.map(key));
  expect(again.findings).toEqual(before.findings);
  expect(fingerprintOf(again.tables, after).digest).toBe(fingerprintOf(before.tables, grids).digest);
  // No prognosis of the prognosis.
  expect(prognosisCandidates(again.tables).map((t) => t.sheet)).toEqual(["Budget 2024", "Budgetplan 2024–2026"]);
});

test("the marker, not the name, is what counts: a renamed prognosis is still left out", async () => {
  const { grids: after, names } = await withAddedSheets([prognosisSpec()]);
  const renamed = after.map((g) => (g.name === names[0] ? { ...g, name: "Min kalkyl 2025" } : g));
  expect(budgetGrids(renamed).map((g) => g.name)).toEqual(["Budgetplan 2024–2026", "Budget 2024"]);
  expect(recognizeWorkbook(renamed).map(key)).toEqual(before.tables.map(key));
});

test("without the marker the prognosis sheet would be taken for a budget (why the marker is needed)", async () => {
  const { grids: after, names } = await withAddedSheets([prognosisSpec()]);
  const prognosis = after.find((g) => g.name === names[0])!;
  const unmarked: Grid = {
    ...prognosis,
    rows: prognosis.rows.map((line) =>
      line?.map((cell) =>
        cell?.value.type === "string" && cell.value.value === addinSheetStrings.marker ? undefined : cell
      )
    ),
  };
  expect(hasAddinMarker(unmarked)).toBe(false);
  expect(recognizeSheet(unmarked).length).toBeGreaterThan(0);
});

test("a budget that merely mentions the add-in further down is still a budget", () => {
  const budget = grids[1];
  const rows = [...budget.rows];
  rows[60] = [{ value: { type: "string", value: `${addinSheetStrings.markerPrefix} användes för kontrollen.` } }];
  expect(hasAddinMarker({ ...budget, rows })).toBe(false);
  expect(hasAddinMarker(budget)).toBe(false);
});

// The names the adapters record in the settings, and the settings sheet itself.
const named = (name: string): Grid => ({ name, rows: [], merges: [] });

test("the settings sheet and every recorded sheet are the add-in's, whatever the case", () => {
  const settings = { addinSheets: ["Prognos 2025–2027", "Kontrollrapport 2025-03-01"] };
  expect(isAddinSheet("FinsamKontroll_inställningar", {})).toBe(true);
  expect(isAddinSheet("prognos 2025–2027", settings)).toBe(true);
  expect(isAddinSheet("Budget 2024", settings)).toBe(false);
  expect(
    budgetGrids(
      [named("Budget 2024"), named("Prognos 2025–2027"), named("FinsamKontroll_inställningar")],
      settings
    ).map((g) => g.name)
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
