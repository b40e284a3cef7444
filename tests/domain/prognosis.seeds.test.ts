// The prognosis from the tables recognition finds in the seed fixtures: the table chosen, the
// income taken from a table beside the costs, eget kapital from wherever the workbook states it.
import { recognizeWorkbook } from "../../src/domain/recognize";
import {
  buildPrognosisSheet,
  choosePrognosisTable,
  defaultAssumptions,
  prognosisTable,
} from "../../src/domain/prognosis";
import type { Grid } from "../../src/domain/grid";
import { loadFixtureGrids } from "../helpers/fixture";
import { EvaluatedSheet, seed001Budget, seed001Plan } from "../helpers/prognosis";

function prognosisOf(fixture: string): { sheet: EvaluatedSheet; source: string; grids: Grid[] } {
  const grids = loadFixtureGrids(fixture);
  const tables = recognizeWorkbook(grids);
  const chosen = choosePrognosisTable(tables);
  if (!chosen) throw new Error(`no table in ${fixture}`);
  const table = prognosisTable(chosen, tables);
  const spec = buildPrognosisSheet(table, defaultAssumptions(table, tables), {
    sourceSheet: table.sheet,
    date: "2024-06-01",
    existingNames: [],
  });
  return { sheet: new EvaluatedSheet(grids, spec), source: table.sheet, grids };
}

const row = (sheet: EvaluatedSheet, label: string, years: number[]) => years.map((y) => sheet.at(label, y));
const COVERED = "Underskott täcks av eget kapital";
const UNCOVERED = "Underskott täcks inte av eget kapital";

describe("prognosis of the recognised seed tables", () => {
  it("seed 001: recognition gives the same sheet as the hand-built Budget 2024 and plan", () => {
    const grids = loadFixtureGrids("seed001.built");
    const tables = recognizeWorkbook(grids);
    const chosen = choosePrognosisTable(tables);
    expect(chosen?.sheet).toBe("Budget 2024");
    const options = { sourceSheet: "Budget 2024", date: "2024-06-01", existingNames: [] };
    const recognised =
      chosen &&
      buildPrognosisSheet(
        prognosisTable(chosen, tables),
        defaultAssumptions(prognosisTable(chosen, tables), tables),
        options
      );
    const budget = seed001Budget(grids);
    const handBuilt = buildPrognosisSheet(budget, defaultAssumptions(budget, [seed001Plan(grids)]), options);
    const content = (cells: typeof handBuilt.cells) => cells.map((c) => [c.address, c.formula ?? c.value]);
    expect(content(recognised?.cells ?? [])).toEqual(content(handBuilt.cells));
  });

  it("seed 002 (tkr): the members' table joins the costs, and 1 363 tkr of eget kapital lasts into 2019", () => {
    const { sheet } = prognosisOf("seed002.built");
    expect(sheet.value(1, 1)).toBe('Prognos 2018–2020 utifrån bladet "Budget 2017", belopp i tkr, skapad 2024-06-01');
    const years = [2017, 2018, 2019, 2020];
    expect(row(sheet, "Summa intäkter", years)).toEqual([3731, 3731, 3731, 3731]);
    expect(row(sheet, "Summa kostnader", years)).toEqual([4349, 4349, 4349, 4349]);
    expect(row(sheet, "Eget kapital vid årets början", years)).toEqual([1363, 745, 127, -491]);
    expect(row(sheet, "Underskott mot eget kapital", years)).toEqual([COVERED, COVERED, UNCOVERED, UNCOVERED]);
  });

  it("seed 004: the surplus carried into 2022 (143 tkr, written in one cell with its label) is the eget kapital", () => {
    const { sheet } = prognosisOf("seed004.built");
    const years = [2022, 2023];
    expect(row(sheet, "Eget kapital vid årets början", years)).toEqual([143, -255]);
    expect(row(sheet, "Resultat (intäkter − kostnader)", years)).toEqual([-398, -398]);
  });

  it("seed 000 as pasted: the 21 lines written as text (15 costs, 6 members) become numbers, and the sheet says so", () => {
    const { sheet } = prognosisOf("seed000.pasted");
    sheet.rowOf(
      "21 belopp i källbladet är skrivna som text; de står här som tal och följer inte med om källan ändras."
    );
    expect(row(sheet, "Försäkringskassan/Arbetsförmedlingen", [2018, 2021])).toEqual([2059000, 2059000]);
    // The document's own slip ("1 075" for 1 075 000) stays: the checks report it, the prognosis repeats the sheet.
    expect(row(sheet, "Eget kapital vid årets början", [2018, 2019])).toEqual([642000, 642000 + 4118000 - 3212075]);
  });
});
