// The arithmetic checks on the seeds, in both fixture variants, on the tables recognition finds
// and on the same tables laid over the grids by hand (seedTables.ts): every inconsistency the
// seeds hold, at its cell, and nothing else.
import { runChecks } from "../../../src/domain/checks";
import { balance } from "../../../src/domain/checks/balance";
import { crosscheck } from "../../../src/domain/checks/crosscheck";
import { formulas } from "../../../src/domain/checks/formulas";
import { results } from "../../../src/domain/checks/results";
import { sums } from "../../../src/domain/checks/sums";
import type { Finding } from "../../../src/domain/finding";
import { recognizeWorkbook } from "../../../src/domain/recognize";
import { loadFixtureGrids } from "../../helpers/fixture";
import { contextFor } from "./sheetTables";
import { SEED_TABLES } from "./seedTables";

const OURS = new Set([sums, results, balance, crosscheck, formulas].flatMap((m) => m.rules.map((r) => r.id)));
const NB = "\u00A0";

function arithmetic(seed: string, variant: "built" | "pasted", byHand = false): Finding[] {
  const grids = loadFixtureGrids(`seed${seed}.${variant}`);
  const tables = byHand ? SEED_TABLES[seed](grids) : recognizeWorkbook(grids);
  return runChecks(tables, contextFor(tables, grids)).filter((f) => OURS.has(f.rule));
}

const brief = (f: Finding) => [f.rule, f.severity, f.sheet, f.cell, f.period, f.expected, f.actual];
/** Everything but the one "this pasted table is text" note per table. */
const checked = (fs: Finding[]) => fs.filter((f) => !(f.rule === "number.as-text" && f.severity === "info")).map(brief);
const textNotes = (fs: Finding[]) =>
  fs.filter((f) => f.rule === "number.as-text").map((f) => [f.severity, f.sheet, f.cell]);

const EXPECTED: Record<string, (string | number | undefined)[][]> = {
  "000": [
    ["sum.mismatch", "error", "Budget 2018", "B49", 2018, "3212075", "4286000"],
    ["result.mismatch", "error", "Budget 2018", "B61", 2019, "26000", "260000"],
  ],
  "001": [],
  "003": [],
  "002": [
    ["sum.rounding", "info", "Budget 2017", "E23", 2019, "3732", "3731"],
    ["crosscheck.mismatch", "error", "Balans- och resultatbudget", "B27", 2016, "257", "278"],
    ["result.mismatch", "error", "Balans- och resultatbudget", "B27", 2016, "257", "278"],
  ],
  "004": [
    ["sum.mismatch", "error", "Finansiell ram 2020-2022", "C37", 2021, "10707", "10407"],
    ["sum.mismatch", "error", "Finansiell ram 2020-2022", "D37", 2022, "9620", "9320"],
    ["result.mismatch", "error", "Finansiell ram 2020-2022", "C38", 2021, "-213", "143"],
    ["result.mismatch", "error", "Finansiell ram 2020-2022", "D38", 2022, "-255", "51"],
  ],
};

describe.each(["built", "pasted"] as const)("the seeds' arithmetic, %s", (variant) => {
  it.each(Object.keys(EXPECTED))("seed %s, recognized: exactly the known inconsistencies", (seed) => {
    expect(checked(arithmetic(seed, variant))).toEqual(EXPECTED[seed]);
  });

  it.each(Object.keys(SEED_TABLES))("seed %s, tables laid by hand: the same", (seed) => {
    expect(checked(arithmetic(seed, variant, true))).toEqual(EXPECTED[seed]);
  });
});

it("seed 003 (statistics, no budget): not even a note", () => {
  expect(arithmetic("003", "built")).toEqual([]);
  expect(arithmetic("003", "pasted")).toEqual([]);
});

describe("messages and fixes", () => {
  it("says what a wrong total is, what its parts make and the difference, in the table's unit", () => {
    const f = arithmetic("004", "built").find((x) => x.cell === "C37");
    expect(f?.message).toBe(
      `Total summa 2021 är 10${NB}407${NB}tkr men posterna summerar till 10${NB}707${NB}tkr (diff 300${NB}tkr).`
    );
    expect(f?.fix).toEqual({ sheet: "Finansiell ram 2020-2022", cell: "C37", newValue: "10707", oldValue: "10407" });
    expect(f?.related).toEqual(["C8:C36"]);
  });

  it("explains a wrong result by the true income and costs", () => {
    const f = arithmetic("004", "built").find((x) => x.cell === "C38");
    expect(f?.message).toBe(
      `Över-/underskott 2021 är 143${NB}tkr men intäkter 10${NB}494${NB}tkr − kostnader 10${NB}707${NB}tkr = -213${NB}tkr.`
    );
  });

  it("keeps the pasted text as the old value of a fix", () => {
    const f = arithmetic("000", "pasted").find((x) => x.rule === "result.mismatch");
    expect(f?.fix).toEqual({ sheet: "Budget 2018", cell: "B61", newValue: "26000", oldValue: "+ 260 000" });
  });

  it("points a crosscheck at the figure it contradicts", () => {
    const f = arithmetic("002", "built").find((x) => x.rule === "crosscheck.mismatch");
    expect(f?.related).toEqual(["Balans- och resultatbudget!B12"]);
    expect(f?.message).toBe(
      `Årets resultat prognos 2016 är 278${NB}tkr här men Årets resultat i Balans- och resultatbudget!B12 är 257${NB}tkr.`
    );
  });
});

describe("numbers stored as text", () => {
  it("notes a pasted table once, as info, at its first text amount", () => {
    expect(textNotes(arithmetic("001", "pasted"))).toEqual([
      ["info", "Budgetplan 2024–2026", "B6"],
      ["info", "Budget 2024", "B5"],
    ]);
    expect(arithmetic("001", "pasted").find((f) => f.cell === "B5")?.message).toBe(
      "40 belopp i Budget 2024!A3:B56 är text, inte tal (tabellen ser inklistrad ut): Excels SUMMA räknar inte med dem. Gör om dem till tal innan du bygger formler på tabellen."
    );
  });

  it("notes the label-and-figure cells of seed 004's built frame, which no formula reads", () => {
    const notes = arithmetic("004", "built").filter((f) => f.rule === "number.as-text");
    expect(notes.map((f) => [f.severity, f.cell, f.data])).toEqual([["info", "C5", { cells: ["C5", "D5"] }]]);
  });

  it("has nothing to say about a built sheet whose amounts are numbers", () => {
    expect(textNotes(arithmetic("001", "built"))).toEqual([]);
  });
});
