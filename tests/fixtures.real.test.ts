// The corpus of real published tables (tests/fixtures/real) checked on its own terms, without the
// engine: every fixture parses, says where it comes from, and every annotated aggregation holds
// exactly, or within rounding with a `// expect: sum.rounding`, or fails with an error expectation
// whose expected/actual are what the parts give and what is printed.
import * as fs from "fs";
import * as path from "path";
import { parseFixture } from "./helpers/fixture";

interface Outcome {
  sheet: string;
  agg: string;
  total: string;
  parts: string[];
  status: "exact" | "rounding" | "fails" | "no-figure";
  stated?: string;
  computed?: string;
  period?: string;
  missing?: string[];
}
interface Sheet {
  name: string;
  rows: string[][];
  aggs: { text: string }[];
  expects: { rule: string; cell?: string; expected?: string; actual?: string; period?: string }[];
  unit?: string;
}
interface Fixture {
  headers: Record<string, string>;
  sheets: Sheet[];
  errors: string[];
}
interface Verifier {
  REAL_DIR: string;
  realFixtureFiles(dir?: string): string[];
  verifyFile(file: string): { name: string; fixture: Fixture; outcomes: Outcome[]; problems: string[] };
}
interface FixtureApi {
  parseRealFixture(text: string): Fixture;
  cellFigure(raw: string | undefined): { value: { toString(): string }; decimals: number; pasted: boolean } | null;
}
interface EvaluateApi {
  evaluateFixture(fixture: Fixture): Outcome[];
  checkExpectations(fixture: Fixture, outcomes: Outcome[]): string[];
}

/* eslint-disable @typescript-eslint/no-require-imports -- plain Node modules shared with bench/real.js */
const verifier = require("../scripts/verify-real-fixtures.js") as Verifier;
const fixtureApi = require("../scripts/real-fixtures/parse.js") as FixtureApi;
const evaluateApi = require("../scripts/real-fixtures/evaluate.js") as EvaluateApi;
/* eslint-enable @typescript-eslint/no-require-imports */

const files = verifier.realFixtureFiles();

describe("the real-table corpus", () => {
  it("holds at least 43 fixtures from at least 24 publishers", () => {
    const publishers = new Set(files.map((f) => verifier.verifyFile(f).fixture.headers.Publisher));
    expect(files.length).toBeGreaterThanOrEqual(43);
    expect(publishers.size).toBeGreaterThanOrEqual(24);
  });

  describe.each(files.map((f) => [path.basename(f, ".tsv"), f]))("%s", (_name, file) => {
    const text = fs.readFileSync(file, "utf8");
    const result = verifier.verifyFile(file);

    it("parses with the fixture loader, row for row as the verifier reads it", () => {
      const grids = parseFixture(text);
      expect(grids.map((g) => g.name)).toEqual(result.fixture.sheets.map((s) => s.name));
      grids.forEach((grid, i) => {
        const sheet = result.fixture.sheets[i] as Sheet;
        expect(grid.rows.length).toBe(sheet.rows.length);
        sheet.rows.forEach((row, r) =>
          row.forEach((raw, c) => {
            const figure = fixtureApi.cellFigure(raw);
            const cell = grid.rows[r]?.[c];
            if (figure && !figure.pasted)
              expect(cell?.value).toEqual({ type: "number", value: Number(figure.value.toString()) });
          })
        );
      });
    });

    it("names its source, publisher, document, unit and layouts", () => {
      for (const key of ["Source", "Publisher", "Document", "Unit", "Layouts"]) {
        expect(result.fixture.headers[key]?.trim() ?? "").not.toBe("");
      }
      expect(result.fixture.headers.Source).toMatch(/^https?:\/\//);
      expect(result.fixture.errors).toEqual([]);
    });

    it("annotates aggregations over cells that hold figures", () => {
      expect(result.fixture.sheets.every((s) => s.aggs.length > 0)).toBe(true);
      expect(result.outcomes.filter((o) => o.status === "no-figure")).toEqual([]);
    });

    it("states every rounding difference and every real inconsistency it holds, and nothing else", () => {
      expect(result.problems).toEqual([]);
    });
  });
});

describe("the verifier itself", () => {
  const sample = (unit: string, total: string, extra = "") =>
    [
      "// Source: https://example.org/",
      "// Publisher: P",
      "// Document: D",
      `// Unit: ${unit}`,
      "// Layouts: L",
      "### Sheet: S",
      "\t2019\t2018",
      "Intäkter\t120.4\t– 100,0",
      "Kostnader\t-610.2\t-500.1",
      `Netto\t${total}\t– 600,1`,
      "// agg col B:C: 4 = 2 + 3",
      extra,
    ].join("\n");

  const outcomesOf = (text: string) => {
    const fixture = fixtureApi.parseRealFixture(text);
    const outcomes = evaluateApi.evaluateFixture(fixture);
    return { outcomes, problems: evaluateApi.checkExpectations(fixture, outcomes) };
  };

  it("reads pasted figures with en dashes, spaces and commas, and holds an exact sum as exact", () => {
    const { outcomes, problems } = outcomesOf(sample("mnkr", "-489.8", "// expect: none"));
    expect(outcomes.map((o) => [o.total, o.status, o.stated, o.computed, o.period])).toEqual([
      ["B4", "exact", "-489.8", "-489.8", "2019"],
      ["C4", "exact", "-600.1", "-600.1", "2018"],
    ]);
    expect(problems).toEqual([]);
  });

  it("takes a 0,1 difference in mnkr as rounding, and asks for its expect line", () => {
    const { outcomes, problems } = outcomesOf(sample("mnkr", "-489.9", "// expect: none"));
    expect(outcomes[0]).toMatchObject({ total: "B4", status: "rounding", stated: "-489.9", computed: "-489.8" });
    expect(problems).toHaveLength(2);
    expect(outcomesOf(sample("mnkr", "-489.9", "// expect: sum.rounding B4 2019")).problems).toEqual([]);
  });

  it("takes the same difference in kr as a failure that needs expected and actual", () => {
    const { outcomes } = outcomesOf(sample("kr", "-489.9"));
    expect(outcomes[0]?.status).toBe("fails");
    const wrong = outcomesOf(sample("kr", "-489.9", "// expect: sum.mismatch B4 2019 expected=-489.9 actual=-489.8"));
    expect(wrong.problems).toHaveLength(2);
    const right = outcomesOf(sample("kr", "-489.9", "// expect: sum.mismatch B4 2019 expected=-489.8 actual=-489.9"));
    expect(right.problems).toEqual([]);
  });

  it("reads a unit written in the cell and a digit group that lost its space, and nothing looser", () => {
    const figure = (raw: string) => fixtureApi.cellFigure(raw)?.value.toString() ?? null;
    expect(figure("12 832 tkr")).toBe("12832");
    expect(figure("57 649 000kr")).toBe("57649000");
    expect(figure("17,5 %")).toBe("17.5");
    expect(figure("100,0%")).toBe("100");
    expect(figure("42 045981")).toBe("42045981");
    expect(figure("-6 320,2")).toBe("-6320.2");
    for (const text of ["2020 2019", "Budget 2023", "12 832 tkr kvar", "1 2", "kr", "%"])
      expect(figure(text)).toBeNull();
  });

  it("reports an aggregation over an empty cell", () => {
    const { outcomes } = outcomesOf(
      sample("kr", "-489.8").replace("// agg col B:C: 4 = 2 + 3", "// agg col B:C: 4 = 2 + 5")
    );
    expect(outcomes.map((o) => o.status)).toEqual(["no-figure", "no-figure"]);
  });
});
