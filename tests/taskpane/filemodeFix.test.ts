// File mode has no Excel to recalculate: after "Rätta…" writes a cell, the copy's formulas must
// carry their new results, or the next analysis would report the old figures as new errors.
import * as fs from "fs";
import { analyzePane } from "../../src/taskpane/model/engine";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { writeFixtureXlsxToTemp } from "../helpers/fixture";

jest.setTimeout(30000);

async function analysisOf(book: XlsxWorkbook) {
  const read = await book.readSheets();
  if (!read.ok) throw new Error(read.error.message);
  return analyzePane(read.grids, await book.loadSettings());
}

const errors = (a: Awaited<ReturnType<typeof analysisOf>>) =>
  a.findings.filter((f) => f.severity === "error").map((f) => `${f.rule} ${f.cell}`);

test("seed 000: the typed Summa kostnader fixed with its SUM formula; the Resultat below follows, no new error", async () => {
  const book = new XlsxWorkbook(fs.readFileSync(await writeFixtureXlsxToTemp("seed000.built")));
  const before = await analysisOf(book);
  expect(errors(before)).toEqual(["sum.mismatch B49", "result.mismatch B61", "equity.rollforward B63"]);
  const line = before.lines.find((l) => l.rule === "sum.mismatch" && l.cell === "B49")!;
  // The parts are in the sheet: the fix is their SUM, in one step.
  expect(line.fix?.fix.newValue).toBe("=SUM(B17,B22,B25,B29,B32,B36,B39,B42,B45:B48)");
  await book.writeCell(line.fix!.fix.sheet, line.fix!.fix.cell, line.fix!.fix.newValue);
  const after = await analysisOf(book);
  expect(errors(after)).toEqual(["result.mismatch B61", "equity.rollforward B63"]);
  // Resultat =B9-B49 now reads 4 118 000 − 3 212 075, as Excel would show it.
  const budget = after.grids.find((g) => g.name === "Budget 2018")!;
  expect(budget.rows[49][1]).toEqual({ formula: "=B9-B49", value: { type: "number", value: 905925 } });
});
