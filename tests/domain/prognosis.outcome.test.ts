// The prognosis sheet as written in file mode: every formula carries its computed result, so a
// preview that does not recalculate shows figures; and the figures the pane states beside the form.
import { excelNumber } from "../../src/domain/formulaEval";
import { parseAddress } from "../../src/domain/grid";
import {
  choosePrognosisTable,
  defaultAssumptions,
  evaluatedPrognosis,
  prognosisTable,
  ratePerYear,
} from "../../src/domain/prognosis";
import { recognizeWorkbook } from "../../src/domain/recognize";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { gridsToXlsxBuffer, loadFixtureGrids } from "../helpers/fixture";
import { EvaluatedSheet } from "../helpers/prognosis";

const grids = loadFixtureGrids("seed001.built");
const tables = recognizeWorkbook(grids);
const table = prognosisTable(choosePrognosisTable(tables)!, tables);
const options = { sourceSheet: table.sheet, date: "2024-06-01", existingNames: grids.map((g) => g.name) };

test("the sample: the sheet starts 2025 at ingående 2024 + resultat 2024 = 275 154 kr, and 2025 is the first uncovered year", () => {
  const outcome = evaluatedPrognosis(table, defaultAssumptions(table, tables), options, grids);
  // 2 103 610 (Budgetplan!B15) + (4 000 000 − 5 828 456) = 275 154
  expect(outcome.equityStart).toBe("275154");
  expect(outcome.years).toEqual([
    { year: 2025, result: "-1828456", equityOut: "-1553302", uncovered: true },
    { year: 2026, result: "-1828456", equityOut: "-3381758", uncovered: true },
    { year: 2027, result: "-1828456", equityOut: "-5210214", uncovered: true },
  ]);
  expect(outcome.firstUncovered).toBe(2025);
});

test("every formula cell's cached value is what an independent evaluation of the sheet gives", () => {
  const assumptions = defaultAssumptions(table, tables);
  assumptions.wageGrowth = ratePerYear("2.5", 3);
  assumptions.incomeGrowth = ratePerYear("1", 3);
  const { spec } = evaluatedPrognosis(table, assumptions, options, grids);
  const reference = new EvaluatedSheet(grids, {
    ...spec,
    cells: spec.cells.map((c) => (c.formula ? { ...c, value: undefined } : c)),
  });
  const formulas = spec.cells.filter((c) => c.formula);
  expect(formulas.length).toBeGreaterThan(100);
  for (const c of formulas) {
    const at = parseAddress(c.address)!;
    const expected = reference.value(at.row, at.column);
    const cached = c.value && "value" in c.value ? c.value.value : undefined;
    expect([c.address, cached]).toEqual([c.address, typeof expected === "number" ? excelNumber(expected) : expected]);
  }
});

test("written to a file, the prognosis sheet reads back with figures, not empty cells", async () => {
  const { spec } = evaluatedPrognosis(table, defaultAssumptions(table, tables), options, grids);
  const workbook = new XlsxWorkbook(await gridsToXlsxBuffer(grids));
  const name = await workbook.addSheet(spec);
  const read = await new XlsxWorkbook(await workbook.toBuffer()).readSheets();
  if (!read.ok) throw new Error(read.error.message);
  const sheet = read.grids.find((g) => g.name === name)!;
  const formulaCells = sheet.rows.flatMap((line) => (line ?? []).filter((c) => c?.formula));
  expect(formulaCells.length).toBe(spec.cells.filter((c) => c.formula).length);
  expect(formulaCells.filter((c) => c?.value.type === "empty")).toEqual([]);
});

test("15 significant digits, as Excel keeps them", () => {
  expect(excelNumber(0.1 + 0.2)).toBe("0.3");
  expect(excelNumber(4000000 * 1.025)).toBe("4100000");
  expect(excelNumber(-0)).toBe("0");
});
