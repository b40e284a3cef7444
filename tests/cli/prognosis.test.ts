// finsam-check --prognosis on real .xlsx files made from the seed fixtures: the copy's new sheet
// is read back and its formulas computed by fast-formula-parser over the copy's own sheets.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readXlsx } from "../../src/workbook/xlsx";
import type { Grid } from "../../src/domain/grid";
import { run } from "../helpers/cli";
import { writeFixtureXlsxToTemp } from "../helpers/fixture";
import { EvaluatedSheet } from "../helpers/prognosis";

async function gridsOf(file: string): Promise<Grid[]> {
  const read = await readXlsx(fs.readFileSync(file));
  if (!read.ok) throw new Error(read.error.message);
  return read.grids;
}

/** The copy's prognosis sheet, computed over the copy's sheets. */
async function prognosisOf(file: string, name = "Prognos 2025–2027"): Promise<EvaluatedSheet> {
  return new EvaluatedSheet(await gridsOf(file), name);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "finsam-prognosis-"));
const out = (name: string) => path.join(tmp, name);
let seed001: string;
let seed003: string;
let seed002: string;

beforeAll(async () => {
  seed001 = await writeFixtureXlsxToTemp("seed001.built");
  seed003 = await writeFixtureXlsxToTemp("seed003.built");
  seed002 = await writeFixtureXlsxToTemp("seed002.built");
}, 60_000);

describe("finsam-check --prognosis", () => {
  it("writes a copy with Prognos 2025–2027 from Budget 2024, and leaves the input byte for byte", async () => {
    const before = fs.readFileSync(seed001);
    const r = await run(["--prognosis", out("a.xlsx"), seed001]);
    expect(r).toEqual({
      code: 0,
      stdout: `Prognosen skrevs till ${out("a.xlsx")}, flik "Prognos 2025–2027".\n`,
      stderr: "",
    });
    expect(fs.readFileSync(seed001).equals(before)).toBe(true);
    const sheet = await prognosisOf(out("a.xlsx"));
    expect(sheet.value(1, 1)).toMatch(
      /^Prognos 2025–2027 utifrån bladet "Budget 2024", belopp i kr, skapad \d{4}-\d{2}-\d{2}$/
    );
    const years = [2024, 2025, 2026, 2027];
    expect(years.map((y) => sheet.at("Resultat (intäkter − kostnader)", y))).toEqual([
      -1828456, -1828456, -1828456, -1828456,
    ]);
    expect(years.map((y) => sheet.at("Eget kapital vid årets slut", y))).toEqual([
      275154, -1553302, -3381758, -5210214,
    ]);
    expect(years.map((y) => sheet.at("Underskott mot eget kapital", y))).toEqual([
      "Underskott täcks av eget kapital",
      "Underskott täcks inte av eget kapital",
      "Underskott täcks inte av eget kapital",
      "Underskott täcks inte av eget kapital",
    ]);
  });

  it("keeps the source sheets' cells identical in the copy", async () => {
    await run(["--prognosis", out("b.xlsx"), seed001]);
    const input = await gridsOf(seed001);
    const copy = await gridsOf(out("b.xlsx"));
    expect(copy.map((g) => g.name)).toEqual(["Budgetplan 2024–2026", "Budget 2024", "Prognos 2025–2027"]);
    expect(copy.slice(0, 2)).toEqual(input);
  });

  it("grows the personnel lines with --wage-growth 3 and nothing else", async () => {
    const r = await run(["--prognosis", out("c.xlsx"), "--table", "budget 2024", "--wage-growth", "3", seed001]);
    expect(r.code).toBe(0);
    const sheet = await prognosisOf(out("c.xlsx"));
    expect(sheet.at("Styrelsearvode", 2027)).toBeCloseTo(150000 * 1.03 ** 3, 6);
    expect(sheet.at("Lön, semester lön, sociala avgifter FC 70%", 2025)).toBeCloseTo(677009 * 1.03, 6);
    expect(sheet.at("Revision", 2027)).toBe(80000);
    expect(sheet.at("Medlemsbidrag", 2027)).toBe(4000000);
    expect(sheet.at("Summa kostnader", 2025)).toBeCloseTo(5828456 + 880009 * 0.03, 6);
  });

  it("starts from --equity and grows medlemsbidrag with --income-growth", async () => {
    const r = await run(["--prognosis", out("d.xlsx"), "--equity", "3 000 000", "--income-growth", "2,5", seed001]);
    expect(r.code).toBe(0);
    const sheet = await prognosisOf(out("d.xlsx"));
    expect(sheet.at("Eget kapital vid årets början", 2025)).toBe(3000000);
    // 4 000 000 × 1.025 in binary doubles, as Excel computes it too.
    expect(sheet.at("Medlemsbidrag", 2025)).toBeCloseTo(4100000, 6);
    expect(sheet.at("Eget kapital vid årets slut", 2025)).toBeCloseTo(3000000 + 4100000 - 5828456, 6);
  });

  it("takes --equity in kr and writes it in the table's unit (tkr)", async () => {
    const r = await run(["--prognosis", out("t.xlsx"), "--equity", "745000", seed002]);
    expect(r.stdout).toBe(`Prognosen skrevs till ${out("t.xlsx")}, flik "Prognos 2018–2020".\n`);
    const sheet = await prognosisOf(out("t.xlsx"), "Prognos 2018–2020");
    expect([2018, 2019, 2020].map((y) => sheet.at("Eget kapital vid årets slut", y))).toEqual([127, -491, -1109]);
  });

  it("gives a second prognosis of the copy a name of its own", async () => {
    await run(["--prognosis", out("e1.xlsx"), seed001]);
    const r = await run(["--prognosis", out("e2.xlsx"), out("e1.xlsx")]);
    expect(r.stdout).toBe(`Prognosen skrevs till ${out("e2.xlsx")}, flik "Prognos 2025–2027 (2)".\n`);
    const names = (await gridsOf(out("e2.xlsx"))).map((g) => g.name);
    expect(names).toEqual(["Budgetplan 2024–2026", "Budget 2024", "Prognos 2025–2027", "Prognos 2025–2027 (2)"]);
    const second = await prognosisOf(out("e2.xlsx"), "Prognos 2025–2027 (2)");
    expect(second.at("Eget kapital vid årets slut", 2027)).toBe(-5210214);
  });

  it("refuses to write over its input", async () => {
    const before = fs.readFileSync(seed001);
    const r = await run(["--prognosis", seed001, seed001]);
    expect(r).toEqual({
      code: 2,
      stdout: "",
      stderr: "Utfilen får inte vara samma som indatafilen: originalet ändras aldrig.\n",
    });
    expect(fs.readFileSync(seed001).equals(before)).toBe(true);
  });

  it("says so when there is no budget to start from", async () => {
    const r = await run(["--prognosis", out("f.xlsx"), seed003]);
    expect(r).toEqual({ code: 2, stdout: "", stderr: "Ingen budgettabell att göra prognos på.\n" });
    expect(fs.existsSync(out("f.xlsx"))).toBe(false);
  });

  it("says so when the named sheet has no budget", async () => {
    const r = await run(["--prognosis", out("g.xlsx"), "--table", "Blad 9", seed001]);
    expect(r).toEqual({ code: 2, stdout: "", stderr: 'Bladet "Blad 9" har ingen budgettabell att göra prognos på.\n' });
  });

  it("exits 2 with a Swedish message when the input cannot be read", async () => {
    const r = await run(["--prognosis", out("h.xlsx"), out("finns-inte.xlsx")]);
    expect(r).toEqual({ code: 2, stdout: "", stderr: `${out("finns-inte.xlsx")}: kan inte läsas: filen finns inte\n` });
  });
});
