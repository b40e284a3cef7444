// The prognosis SheetSpec through both adapters: what the CLI writes to a file and what the task
// pane writes into Excel are the same cells, formulas and formats.
import ExcelJS from "exceljs";
import { buildPrognosisSheet, defaultAssumptions } from "../../src/domain/prognosis";
import { XlsxWorkbook, readXlsx } from "../../src/workbook/xlsx";
import { ExcelWorkbook } from "../../src/workbook/excel";
import { parseAddress, type Grid } from "../../src/domain/grid";
import type { SheetSpec } from "../../src/domain/sheetspec";
import { gridsToXlsxBuffer, loadFixtureGrids } from "../helpers/fixture";
import { EvaluatedSheet, seed001Budget, seed001Plan, specToGrid } from "../helpers/prognosis";
import { fakeExcel, writtenCells } from "./excelMock";
import { gridToFakeSheet } from "./excelFixtureSheets";

let grids: Grid[];
let spec: SheetSpec;

beforeAll(() => {
  grids = loadFixtureGrids("seed001.built");
  const budget = seed001Budget(grids);
  const assumptions = defaultAssumptions(budget, [seed001Plan(grids)]);
  const lekeberg = assumptions.rows.find((r) => r.row === 12);
  if (lekeberg) lekeberg.endYear = 2025;
  spec = buildPrognosisSheet(budget, assumptions, {
    sourceSheet: "Budget 2024",
    date: "2024-06-01",
    existingNames: grids.map((g) => g.name),
  });
});

/** Address → [formula or literal, number format] of every cell with content. */
function contentOf(grid: Grid): Map<string, [unknown, string | undefined]> {
  const out = new Map<string, [unknown, string | undefined]>();
  grid.rows.forEach((line, r) =>
    line?.forEach((cell, c) => {
      if (!cell || (!cell.formula && cell.value.type === "empty")) return;
      const content = cell.formula ?? (cell.value.type === "empty" ? undefined : cell.value.value);
      out.set(`${r + 1},${c + 1}`, [content, cell.numberFormat]);
    })
  );
  return out;
}

describe("through the xlsx adapter", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    const workbook = new XlsxWorkbook(await gridsToXlsxBuffer(grids));
    expect(await workbook.addSheet(spec)).toBe("Prognos 2025–2027");
    bytes = await workbook.toBuffer();
  });

  it("reads back the same cells, formulas and number formats, and the source sheets unchanged", async () => {
    const read = await readXlsx(bytes);
    if (!read.ok) throw new Error(read.error.message);
    const [plan, budget, prognosis] = read.grids;
    expect(contentOf(prognosis)).toEqual(contentOf(specToGrid(spec)));
    const original = await readXlsx(await gridsToXlsxBuffer(grids));
    expect(original.ok && original.grids).toEqual([plan, budget]);
  });

  it("computes the same figures from the file as from the spec", async () => {
    const read = await readXlsx(bytes);
    if (!read.ok) throw new Error(read.error.message);
    const fromFile = new EvaluatedSheet(read.grids, "Prognos 2025–2027");
    const fromSpec = new EvaluatedSheet(grids, spec);
    const figures = (s: EvaluatedSheet) => s.sheet.rows.map((line) => line?.map((c) => c?.value));
    expect(figures(fromFile)).toEqual(figures(fromSpec));
    expect([2024, 2025, 2026, 2027].map((y) => fromFile.at("Coachingteamet Lekeberg", y))).toEqual([
      546000, 546000, 0, 0,
    ]);
  });

  it("keeps the frozen panes, print setup and conditional formats", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = workbook.getWorksheet("Prognos 2025–2027");
    if (!ws) throw new Error("no sheet");
    const header = spec.freeze?.rows ?? 0;
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: header });
    expect(ws.pageSetup).toMatchObject({
      printArea: spec.print?.area,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      orientation: "landscape",
      paperSize: 9,
    });
    // ExcelJS reads conditional formats back but leaves them out of its typings.
    const read = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings;
    const rules = read.flatMap((f) => f.rules.map((r) => [f.ref, (r as ExcelJS.ExpressionRuleType).formulae?.[0]]));
    expect(rules).toEqual((spec.conditionalFormats ?? []).map((f) => [f.range, f.formula.slice(1)]));
  });
});

describe("through the Excel adapter (office-addin-mock)", () => {
  it("writes every cell's formula or literal and number format, under a free name", async () => {
    const fake = fakeExcel([...grids.map(gridToFakeSheet), { name: "Prognos 2025–2027" }]);
    const name = await new ExcelWorkbook(fake.run, fake.office).addSheet(spec);
    expect(name).toBe("Prognos 2025–2027 (2)");
    const expected = new Map<string, unknown>();
    const formats = new Map<string, unknown>();
    for (const c of spec.cells) {
      const at = parseAddress(c.address);
      if (!at) continue;
      const literal =
        c.value?.type === "number"
          ? Number(c.value.value)
          : c.value?.type === "string"
            ? `'${c.value.value}`
            : c.value?.value;
      expected.set(c.address, c.formula ?? literal ?? "");
      if (c.numberFormat) formats.set(c.address, c.numberFormat);
    }
    const written = writtenCells(fake, name, "formulas");
    expect(Object.fromEntries([...written].filter(([a]) => expected.has(a)))).toEqual(Object.fromEntries(expected));
    const writtenFormats = writtenCells(fake, name, "numberFormat");
    expect(Object.fromEntries([...writtenFormats].filter(([, f]) => f !== "General"))).toEqual(
      Object.fromEntries(formats)
    );
    expect(fake.conditionalFormats.map((f) => [f.range, f.format.custom.rule.formula])).toEqual(
      (spec.conditionalFormats ?? []).map((f) => [f.range, f.formula])
    );
  });
});
