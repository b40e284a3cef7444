// The fingerprint: canonical values, canonical order, stable across runs and representations, and
// sensitive to the checked figures only.
import { createHash } from "crypto";
import Decimal from "decimal.js";
import type { Grid } from "../../../src/domain/grid";
import { analyzeWorkbook } from "../../../src/domain/analyze";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import {
  canonicalDecimal,
  compareCodePoints,
  fingerprintOf,
  fingerprintText,
  type CheckedFigure,
} from "../../../src/domain/report/fingerprint";
import { compactRanges } from "../../../src/domain/report/cellRanges";
import { loadFixtureGrids, gridsToXlsxBuffer, parseFixture } from "../../helpers/fixture";

function fingerprintOfGrids(grids: Grid[]) {
  return fingerprintOf(analyzeWorkbook(grids).tables, grids);
}

function clone(grids: Grid[]): Grid[] {
  return JSON.parse(JSON.stringify(grids)) as Grid[];
}

describe("canonical decimal", () => {
  test.each([
    ["4286000", "4286000"],
    ["-618", "-618"],
    ["0", "0"],
    ["-0", "0"],
    ["0.50", "0.5"],
    ["1855250.50", "1855250.5"],
    ["1e21", "1000000000000000000000"],
    ["1e-7", "0.0000001"],
  ])("%s → %s", (input, canonical) => {
    expect(canonicalDecimal(new Decimal(input))).toBe(canonical);
  });
});

test("sheet names sort by code point: outside the BMP after U+FFFD, unlike UTF-16 order", () => {
  const names = ["b", "B", "\uFFFD", "\u{1F600}", "Å", "A"];
  expect([...names].sort(compareCodePoints)).toEqual(["A", "B", "b", "Å", "\uFFFD", "\u{1F600}"]);
});

test("cells written as compact ranges", () => {
  const cells = [
    ...[3, 4, 5].flatMap((row) => [2, 3].map((column) => ({ row, column }))),
    { row: 7, column: 2 },
    { row: 9, column: 2 },
    { row: 10, column: 2 },
  ];
  expect(compactRanges(cells)).toEqual(["B3:C5", "B7", "B9:B10"]);
});

test("the README's worked example", () => {
  const figures: CheckedFigure[] = [
    { sheet: "Budget 2024", row: 5, column: 2, address: "B5", value: "4000000" },
    { sheet: "Budget 2024", row: 6, column: 2, address: "B6", value: "-1828456" },
  ];
  const text = fingerprintText(figures);
  expect(text).toBe("Budget 2024\tB5\t4000000\nBudget 2024\tB6\t-1828456\n");
  expect(createHash("sha256").update(text, "utf8").digest("hex")).toBe(
    "42ee92b29ffe624a2ea3a70c7494b4d1f3da0029ca202a5d6001d8ae3ff457a5"
  );
});

describe("on the seeds", () => {
  test("seed 001: 65 figures, the same digest on every run, and it is SHA-256 of the canonical lines", () => {
    const first = fingerprintOfGrids(loadFixtureGrids("seed001.built"));
    const second = fingerprintOfGrids(loadFixtureGrids("seed001.built"));
    expect(first.figures).toHaveLength(65);
    expect(second.digest).toBe(first.digest);
    expect(first.digest).toBe(createHash("sha256").update(fingerprintText(first.figures), "utf8").digest("hex"));
    expect(first.figures.slice(0, 3).map((f) => `${f.sheet}!${f.address}=${f.value}`)).toEqual([
      "Budget 2024!B5=4000000", // Medlemsbidrag; B6 (Sjuklöneersättning) is empty and not a figure
      "Budget 2024!B7=4000000", // =SUM(B5:B6)
      "Budget 2024!B11=3238500",
    ]);
  });

  test.each(["seed000", "seed001", "seed002", "seed004"])(
    "%s: as pasted (text amounts) and as built (numbers, SUM formulas) give one fingerprint",
    (seed) => {
      const pasted = fingerprintOfGrids(loadFixtureGrids(`${seed}.pasted`));
      const built = fingerprintOfGrids(loadFixtureGrids(`${seed}.built`));
      expect(pasted.figures.length).toBeGreaterThan(0);
      expect(pasted.digest).toBe(built.digest);
    }
  );

  test("seed 003 (no budget): no figures, the digest of the empty string", () => {
    const fp = fingerprintOfGrids(loadFixtureGrids("seed003.built"));
    expect(fp.figures).toEqual([]);
    expect(fp.digest).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  test("seed 000 read back from a real .xlsx file gives the digest of the fixture", async () => {
    const grids = loadFixtureGrids("seed000.built");
    const read = await new XlsxWorkbook(await gridsToXlsxBuffer(grids)).readSheets();
    if (!read.ok) throw new Error(read.error.message);
    expect(fingerprintOfGrids(read.grids).digest).toBe(fingerprintOfGrids(grids).digest);
  });
});

describe("what changes the fingerprint", () => {
  const base = loadFixtureGrids("seed000.built");
  const baseline = fingerprintOfGrids(base);

  test("any checked figure: Medel till projekt 1 075 → 1 075 000 (B47)", () => {
    const grids = clone(base);
    const sheet = grids[0];
    expect(sheet.rows[46]?.[1]?.value).toEqual({ type: "number", value: 1075 });
    sheet.rows[46]![1] = { value: { type: "number", value: 1075000 } };
    const changed = fingerprintOfGrids(grids);
    expect(changed.figures.map((f) => f.address)).toEqual(baseline.figures.map((f) => f.address));
    expect(changed.digest).not.toBe(baseline.digest);
  });

  test("a one-krona change anywhere among the figures", () => {
    for (const figure of [baseline.figures[0], baseline.figures[30], baseline.figures[baseline.figures.length - 1]]) {
      const grids = clone(base);
      const cell = grids[0].rows[figure.row - 1]![figure.column - 1]!;
      if (cell.value.type !== "number") throw new Error(`${figure.address} is not a number`);
      grids[0].rows[figure.row - 1]![figure.column - 1] = { value: { type: "number", value: cell.value.value + 1 } };
      expect(fingerprintOfGrids(grids).digest).not.toBe(baseline.digest);
    }
  });

  test("not a note outside every table", () => {
    const grids = clone(base);
    const rows = grids[0].rows;
    while (rows.length < 80) rows.push([]);
    rows[79] = [];
    rows[79][7] = { value: { type: "string", value: "Anteckning: kontrollerad av revisorn 12 000 kr" } };
    rows[79][8] = { value: { type: "number", value: 12000 } };
    expect(fingerprintOfGrids(grids).digest).toBe(baseline.digest);
  });

  test("not the formatting: number formats on every figure, bold", () => {
    const grids = clone(base);
    for (const row of grids[0].rows) {
      for (const cell of row ?? []) {
        if (cell?.value.type === "number") cell.numberFormat = "#,##0.00";
      }
    }
    const title = grids[0].rows[0]?.[0];
    if (title) title.bold = !title.bold;
    expect(fingerprintOfGrids(grids).digest).toBe(baseline.digest);
  });
});

test("a Totalt column's cells are figures too, after the periods in each row", () => {
  const grids = parseFixture(
    [
      "### Sheet: Plan",
      "\tBudget 2024\tPlan 2025\tPlan 2026\tTotalt",
      "Medlemsbidrag\t100\t100\t100\t=SUM(B2:D2)",
      "Personal\t60\t60\t60\t190",
      "Lokal\t50\t50\t50\t=SUM(B4:D4)",
      "Summa kostnader\t=SUM(B3:B4)\t=SUM(C3:C4)\t=SUM(D3:D4)\t=SUM(E3:E4)",
      "Resultat\t=B2-B5\t=C2-C5\t=D2-D5\t=SUM(B6:D6)",
    ].join("\n")
  );
  const fp = fingerprintOfGrids(grids);
  expect(fingerprintText(fp.figures.slice(0, 8))).toBe(
    "Plan\tB2\t100\nPlan\tC2\t100\nPlan\tD2\t100\nPlan\tE2\t300\n" +
      "Plan\tB3\t60\nPlan\tC3\t60\nPlan\tD3\t60\nPlan\tE3\t190\n"
  );
  expect(fp.figures).toHaveLength(20);
});
