// One figure of a real table changed (realTables.ts): the general layer reports the change at the
// changed cell, under the rule of the arithmetic it breaks, and a total it only throws off follows
// from it (info, naming the cause) rather than being a second error.
import { analyzeWorkbook } from "../../../src/domain/analyze";
import type { Finding } from "../../../src/domain/finding";
import { parseFixture } from "../../helpers/fixture";
import * as REAL from "./realTables";

/** The fixture text with the cell at a (1-based) sheet row and column replaced. */
function change(text: string, row: number, column: number, raw: string): string {
  let r = 0;
  return text
    .split("\n")
    .map((line) => {
      if (line.startsWith("###") || line.startsWith("//")) return line;
      r++;
      if (r !== row) return line;
      const cells = line.split("\t");
      cells[column - 1] = raw;
      return cells.join("\t");
    })
    .join("\n");
}

const brief = (f: Finding) => [f.rule, f.severity, f.cell, f.expected, f.actual, f.cause?.cell ?? ""];

function errorsAndCauses(text: string): (string | undefined)[][] {
  return analyzeWorkbook(parseFixture(text))
    .findings.filter((f) => f.severity !== "info" || f.cause)
    .map(brief);
}

describe("a variance cell that breaks its table's convention", () => {
  it("Tyresö (budget − outcome): Väghållning's Avvikelse with its sign lost is wrong at F5, and the Totalt it throws off names it", () => {
    expect(errorsAndCauses(change(REAL.TYRESO_2018, 5, 6, "– 3,6"))).toEqual([
      ["variance.mismatch", "error", "F5", "3.6", "-3.6", ""],
      ["sum.mismatch", "info", "F13", "-21.1", "-13.9", "F5"],
    ]);
  });

  it("Hallsberg (outcome − budget): an Avvikelse computed the other way round is wrong at its cell", () => {
    expect(errorsAndCauses(change(REAL.HALLSBERG_2019, 4, 6, "31"))).toEqual([
      ["variance.mismatch", "error", "F4", "-31", "31", ""],
      ["sum.mismatch", "info", "F7", "74", "12", "F4"],
    ]);
  });
});

describe("a figure typed wrong in a total", () => {
  it("Västervik: the nämnd's budget typed -451,1 for -415,1 is wrong at G3, against its verksamheter", () => {
    expect(errorsAndCauses(change(REAL.VASTERVIK_2021, 3, 7, "-451,1"))).toEqual([
      ["sum.mismatch", "error", "G3", "-415", "-451.1", ""],
      ["variance.mismatch", "error", "H3", "40.4", "4.4", ""],
    ]);
  });

  it("Göteborg: a 2014 total of debts typed 48 438 for 48 348 is wrong at D31; the grand total, right by its leaves, is not", () => {
    expect(errorsAndCauses(change(REAL.GOTEBORG_2015, 31, 4, "**48 438**"))).toEqual([
      ["sum.mismatch", "error", "D31", "48348", "48438", ""],
    ]);
  });
});
