// No file the CLI writes holds a number Excel cannot: figures beyond a binary double's range go in
// as decimal text; flags and stored settings are bounded before they can make such a figure.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { worksheetXml } from "../../src/workbook/xlsxWriteSheet";
import { run } from "../helpers/cli";
import Decimal from "decimal.js";
import { buildPrognosisSheet, defaultAssumptions } from "../../src/domain/prognosis";
import { gridsToXlsxBuffer, loadFixtureGrids, parseFixture } from "../helpers/fixture";
import { seed001Budget, seed001Plan } from "../helpers/prognosis";
import { entriesOf } from "../workbook/packages";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "finsam-nonfinite-"));
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** Two cost lines of 1e308 (each a double; their sum is not) and a typed total. */
async function hugeBudget(): Promise<string> {
  const grids = parseFixture(
    [
      "### Sheet: Budget 2024",
      "Budget 2024\t2024",
      "Intäkter",
      "Medlemsbidrag\t4000000",
      "Övriga intäkter\t500000",
      "Summa intäkter\t=SUM(B3:B4)",
      "Kostnader",
      "Lön\t1",
      "Lokal\t1",
      "Summa kostnader\t1200000",
      "Resultat\t=B5-B9",
      "",
    ].join("\n")
  );
  grids[0].rows[6][1] = { value: { type: "number", value: 1e308 } };
  grids[0].rows[7][1] = { value: { type: "number", value: 1e308 } };
  const file = path.join(fs.mkdtempSync(path.join(tmp, "stor-")), "budget.xlsx");
  fs.writeFileSync(file, await gridsToXlsxBuffer(grids));
  return file;
}

/** Every <v> of every sheet part of a file. */
async function cachedValues(file: string): Promise<string[]> {
  const entries = await entriesOf(fs.readFileSync(file));
  const sheets = [...entries].filter(([name]) => name.startsWith("xl/worksheets/sheet"));
  return sheets.flatMap(([, bytes]) =>
    [...new TextDecoder().decode(bytes).matchAll(/<v>([^<]*)<\/v>/g)].map((m) => m[1])
  );
}

test("the writer refuses a number no double can hold, in Swedish", () => {
  expect(() =>
    worksheetXml({ name: "X", cells: [{ address: "B2", value: { type: "number", value: "1e400" } }] }, undefined, MAIN)
  ).toThrow("Talet i cell B2 är för stort för en Excel-fil (största möjliga är omkring 1,8 · 10^308) och skrevs inte.");
});

test("--report: a difference of 2e308 goes into the Kontrollrapport as text, never as Infinity", async () => {
  const input = await hugeBudget();
  const out = path.join(path.dirname(input), "rapport.xlsx");
  const r = await run(["--report", out, input]);
  expect(r).toMatchObject({ code: 1, stderr: "" });
  const values = await cachedValues(out);
  expect(values.filter((v) => !Number.isFinite(Number(v)))).toEqual([]);
  const read = await new XlsxWorkbook(fs.readFileSync(out)).readSheets();
  if (!read.ok) throw new Error(read.error.message);
  const report = read.grids[1];
  const texts = report.rows.flat().flatMap((c) => (c?.value.type === "string" ? [c.value.value] : []));
  expect(texts).toContain("2e+308");
});

test("the prognosis sheet takes an eget kapital no double holds as text (the CLI bounds --equity before)", async () => {
  const grids = loadFixtureGrids("seed001.built");
  const budget = seed001Budget(grids);
  const assumptions = defaultAssumptions(budget, [seed001Plan(grids)]);
  assumptions.equity = { kind: "entered", value: new Decimal("1e400") };
  const spec = buildPrognosisSheet(budget, assumptions, {
    sourceSheet: "Budget 2024",
    date: "2024-06-01",
    existingNames: [],
  });
  const texts = spec.cells.flatMap((c) => (c.value?.type === "string" ? [c.value.value] : []));
  expect(texts).toContain("1e+400");
  const book = new XlsxWorkbook(await gridsToXlsxBuffer(grids));
  await book.addSheet(spec);
  const out = path.join(tmp, "prognos.xlsx");
  fs.writeFileSync(out, await book.toBuffer());
  expect((await cachedValues(out)).filter((v) => !Number.isFinite(Number(v)))).toEqual([]);
});

test("a stored year of 99999 is ignored with a notice: no Prognos 100000–100002", async () => {
  const input = await hugeBudget();
  const book = new XlsxWorkbook(fs.readFileSync(input));
  await book.saveSettings({ overrides: { periods: [{ sheet: "Budget 2024", column: 2, year: 99999 }] } });
  const stored = path.join(path.dirname(input), "installningar.xlsx");
  fs.writeFileSync(stored, await book.toBuffer());
  const out = path.join(path.dirname(input), "prognos.xlsx");
  const r = await run(["--prognosis", out, stored]);
  expect(r).toEqual({
    code: 0,
    stdout: `Prognosen skrevs till ${out}, flik "Prognos 2025–2027".\n`,
    stderr: `${stored}: Inställningen för kolumn 2 på bladet "Budget 2024" anger året 99999, utanför 1900–2200, och används inte.\n`,
  });
});
