// Mutation tests: the correct built fixture of seed 001 (and, for the rules 001 cannot reach, of
// 002 and 004), changed one figure or formula at a time and recomputed; the arithmetic checks must
// report the change at the changed or the breaking cell, under the right rule, and nowhere else.
import { runChecks } from "../../../src/domain/checks";
import { balance } from "../../../src/domain/checks/balance";
import { crosscheck } from "../../../src/domain/checks/crosscheck";
import { formulas } from "../../../src/domain/checks/formulas";
import { results } from "../../../src/domain/checks/results";
import { sums } from "../../../src/domain/checks/sums";
import type { Finding } from "../../../src/domain/finding";
import { parseAddress, type Grid } from "../../../src/domain/grid";
import { recognizeWorkbook } from "../../../src/domain/recognize";
import type { BudgetTable } from "../../../src/domain/table";
import { fixtureText, parseFixture } from "../../helpers/fixture";
import { contextFor } from "./sheetTables";
import { SEED_TABLES } from "./seedTables";

const MODULES = [sums, results, balance, crosscheck, formulas];
const OURS = new Set(MODULES.flatMap((m) => m.rules.map((r) => r.id)));

/** The fixture text with one cell replaced (raw fixture syntax: a number, "'text", "=FORMULA"). */
function mutate(text: string, sheet: string, a1: string, raw: string): string {
  const at = parseAddress(a1);
  if (!at) throw new Error(a1);
  let current = "";
  let row = 0;
  let done = false;
  const lines = text.split("\n").map((line) => {
    if (line.startsWith("### Sheet:") || line.startsWith("### Hidden sheet:")) {
      current = line.slice(line.indexOf(":") + 1).trim();
      row = 0;
      return line;
    }
    if (line.startsWith("###") || line.startsWith("//")) return line;
    row += 1;
    if (current !== sheet || row !== at.row) return line;
    const cells = line.split("\t");
    while (cells.length < at.column) cells.push("");
    cells[at.column - 1] = raw;
    done = true;
    return cells.join("\t");
  });
  if (!done) throw new Error(`no ${sheet}!${a1}`);
  return lines.join("\n");
}

type Change = [sheet: string, cell: string, raw: string];

/** Where the tables come from: recognition, or laid by hand over the same grids (seedTables.ts). */
const SOURCES: Record<string, (seed: string, grids: Grid[]) => BudgetTable[]> = {
  recognized: (_seed, grids) => recognizeWorkbook(grids),
  "laid by hand": (seed, grids) => SEED_TABLES[seed](grids),
};
let source = SOURCES.recognized;

function findingsAfter(seed: string, ...changes: Change[]): Finding[] {
  let text = fixtureText(`seed${seed}.built`);
  for (const [sheet, cell, raw] of changes) text = mutate(text, sheet, cell, raw);
  const grids = parseFixture(text);
  const tables = source(seed, grids);
  return runChecks(tables, contextFor(tables, grids)).filter((f) => OURS.has(f.rule));
}

const brief = (f: Finding) => [f.rule, f.severity, f.sheet, f.cell, f.period, f.expected, f.actual];
const PLAN = "Budgetplan 2024–2026";
const BUDGET = "Budget 2024";

describe.each(Object.keys(SOURCES))("tables %s", (name) => {
  beforeAll(() => {
    source = SOURCES[name];
  });

  describe("seed 001 built, unchanged", () => {
    it("has no arithmetic finding at all", () => {
      expect(findingsAfter("001")).toEqual([]);
    });
  });

  describe("seed 001 built, one change at a time", () => {
    it("a digit transposed in a typed subtotal: sum.mismatch there", () => {
      expect(findingsAfter("001", [BUDGET, "B45", "430000"]).map(brief)).toEqual([
        ["sum.mismatch", "error", BUDGET, "B45", 2024, "340000", "430000"],
      ]);
    });

    it("a digit transposed in an item under a typed subtotal: sum.mismatch at the subtotal only", () => {
      const findings = findingsAfter("001", [BUDGET, "B31", "165800"], [BUDGET, "B23", "68000"]);
      expect(findings.map(brief)).toEqual([["sum.mismatch", "error", BUDGET, "B31", 2024, "147800", "165800"]]);
      expect(findings[0].fix).toEqual({ sheet: BUDGET, cell: "B31", newValue: "147800", oldValue: "165800" });
    });

    it("a total off by 1 000: sum.mismatch at it, not at the totals above it", () => {
      expect(findingsAfter("001", [BUDGET, "B20", "4394647"]).map(brief)).toEqual([
        ["sum.mismatch", "error", BUDGET, "B20", 2024, "4393647", "4394647"],
      ]);
    });

    it("a wrong formula total gets the SUM formula as its fix", () => {
      const findings = findingsAfter("001", [BUDGET, "B20", "=B13+B19+1000"]);
      expect(findings.map(brief)).toEqual([["sum.mismatch", "error", BUDGET, "B20", 2024, "4393647", "4394647"]]);
      expect(findings[0].fix).toEqual({
        sheet: BUDGET,
        cell: "B20",
        newValue: "=SUM(B13,B19)",
        oldValue: "=B13+B19+1000",
      });
    });

    it("the sign of the result lost: result.mismatch at the result", () => {
      expect(findingsAfter("001", [PLAN, "B12", "1828456"]).map(brief)).toEqual([
        ["result.mismatch", "error", PLAN, "B12", 2024, "-1828456", "1828456"],
      ]);
    });

    it("a SUM range one row short: formula.range-omits-row, and no sum.mismatch besides", () => {
      const findings = findingsAfter("001", [BUDGET, "B31", "**=SUM(B23:B29)**"]);
      expect(findings.map(brief)).toEqual([
        ["formula.range-omits-row", "error", BUDGET, "B31", 2024, "165800", "165300"],
      ]);
      expect(findings[0].message).toBe(
        "Formeln =SUMMA(B23:B29) i Summa administration tar inte med Övriga externa kostnader; den borde vara =SUMMA(B23:B30)."
      );
      expect(findings[0].fix).toEqual({
        sheet: BUDGET,
        cell: "B31",
        newValue: "=SUM(B23:B30)",
        oldValue: "=SUM(B23:B29)",
      });
    });

    it("subtotals summed together with their own rows: formula.range-omits-row (counted twice)", () => {
      const findings = findingsAfter("001", [BUDGET, "B55", "=SUM(B22:B54)"]);
      expect(findings.map(brief)).toEqual([
        ["formula.range-omits-row", "error", BUDGET, "B55", 2024, "1434809", "2855618"],
      ]);
      expect(findings[0].message).toBe(
        "Formeln =SUMMA(B22:B54) i Summa administration/kansli räknar Summa administration, Summa reklam och representation, Summa köp av tjänster och Summa personal två gånger (både delsumman och dess poster); den borde vara =SUMMA(B31:B32;B38;B45;B54)."
      );
    });

    it("a number turned into text inside a summed range: number.as-text there, not at the shortened sum", () => {
      const findings = findingsAfter("001", [BUDGET, "B50", "'5000"]);
      expect(findings.map(brief)).toEqual([["number.as-text", "warning", BUDGET, "B50", 2024, "5000", undefined]]);
      expect(findings[0].related).toEqual(["B54"]);
      expect(findings[0].fix).toEqual({ sheet: BUDGET, cell: "B50", newValue: "5000", oldValue: "5000" });
    });

    it("a subtotal typed as the right number: formula.hardcoded-total with the formula it should be", () => {
      const findings = findingsAfter("001", [BUDGET, "B45", "340000"]);
      expect(findings.map(brief)).toEqual([
        ["formula.hardcoded-total", "warning", BUDGET, "B45", 2024, "340000", "340000"],
      ]);
      expect(findings[0].fix).toEqual({ sheet: BUDGET, cell: "B45", newValue: "=SUM(B40:B44)", oldValue: "340000" });
    });

    it("the plan's cost typed with two digits swapped: crosscheck.mismatch at the plan's total, against the budget", () => {
      const findings = findingsAfter("001", [PLAN, "B9", "4393467"]);
      expect(findings.map(brief)).toEqual([["crosscheck.mismatch", "error", PLAN, "B11", 2024, "5828456", "5828276"]]);
      expect(findings[0].related).toEqual(["Budget 2024!B56"]);
    });
  });

  describe("rules seed 001 cannot reach", () => {
    it("seed 002 built, an asset changed: balance.mismatch at summa eget kapital och skulder", () => {
      const sheet = "Balans- och resultatbudget";
      // Seed 002's own findings (the 2019 rounding at Budget 2017!E23, the 278 at B27) stay as they are.
      const known = (f: Finding) =>
        (f.sheet === sheet && f.cell === "B27") || (f.sheet === "Budget 2017" && f.cell === "E23");
      const findings = findingsAfter("002", [sheet, "C6", "1254"]).filter((f) => !known(f));
      expect(findings.map(brief)).toEqual([["balance.mismatch", "error", sheet, "C17", 2017, "1254", "1245"]]);
    });

    it("seed 004 built, the 2020 total typed 1 tkr high: sum.rounding (info), within ½ tkr per term", () => {
      const sheet = "Finansiell ram 2020-2022";
      // 2021 and 2022 keep seed 004's own findings; the text note on C5:D5 stays too.
      const findings = findingsAfter("004", [sheet, "B37", "11608"]).filter((f) => f.period === 2020);
      expect(findings.map(brief)).toEqual([["sum.rounding", "info", sheet, "B37", 2020, "11607", "11608"]]);
    });
  });
});

describe("the rule list", () => {
  it("every rule of the arithmetic modules is exercised above", () => {
    expect([...OURS].sort()).toEqual([
      "balance.mismatch",
      "crosscheck.mismatch",
      "formula.hardcoded-total",
      "formula.range-omits-row",
      "number.as-text",
      "result.mismatch",
      "sum.mismatch",
      "sum.rounding",
    ]);
  });
});
