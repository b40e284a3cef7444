// The reader against the former ExcelJS path, on every fixture, the sample and the 70 ExceLint
// workbooks: the same Grids and the same `--format json`, but for the differences listed here, in
// each of which the reader holds what the file holds and ExcelJS did not.
import * as fs from "fs";
import * as path from "path";
import { analyzeWorkbook } from "../../src/domain/analyze";
import type { Grid } from "../../src/domain/grid";
import { rangeAddress, usedRange } from "../../src/domain/grid";
import { findingToJson, tableToJson } from "../../src/domain/report/json";
import { zlibInflater } from "../../src/workbook/inflateNode";
import { readXlsx } from "../../src/workbook/xlsxRead";
import { readXlsx as readXlsxThroughExcelJS } from "../helpers/exceljsReader";
import { fixtureNames, gridsToXlsxBuffer, loadFixtureGrids } from "../helpers/fixture";
import { gridDifferences } from "../helpers/readerDiff";

const SAMPLE = path.resolve(__dirname, "../../samples/finsam-budget-exempel.xlsx");
const EXCELINT = path.resolve(__dirname, "../../../shared/benchmarks/excelint/benchmarks");

const ESCAPES = "number format escapes (ExcelJS strips the backslashes)";
const DATE_TEXT = "text or error cached in a date-formatted cell (ExcelJS makes it NaN)";

/** What the CLI prints for a file with --format json, less the file name. */
function jsonOf(grids: Grid[]): unknown {
  const analysis = analyzeWorkbook(grids, {});
  return {
    sheets: grids.map((g) => {
      const used = usedRange(g);
      return { name: g.name, range: used ? rangeAddress(used) : null, hidden: Boolean(g.hidden) };
    }),
    tables: analysis.tables.map(tableToJson),
    findings: analysis.findings.map(findingToJson),
  };
}

function workbooksUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? workbooksUnder(path.join(dir, e.name))
        : e.name.endsWith(".xlsx")
          ? [path.join(dir, e.name)]
          : []
    )
    .sort();
}

/** Differences by kind, for one file; "unreadable" when only one path could read it. */
async function compare(bytes: Uint8Array): Promise<{ kinds: Record<string, number>; sameJson: boolean }> {
  const reader = await readXlsx(bytes, { inflate: zlibInflater });
  const exceljs = await readXlsxThroughExcelJS(bytes);
  if (!reader.ok || !exceljs.ok) {
    const same = JSON.stringify(reader) === JSON.stringify(exceljs);
    return { kinds: same ? {} : { [`unreadable by ${reader.ok ? "ExcelJS" : "the reader"}`]: 1 }, sameJson: same };
  }
  const kinds: Record<string, number> = {};
  for (const d of gridDifferences(reader.grids, exceljs.grids)) kinds[d.kind] = (kinds[d.kind] ?? 0) + 1;
  const sameJson = JSON.stringify(jsonOf(reader.grids)) === JSON.stringify(jsonOf(exceljs.grids));
  return { kinds, sameJson };
}

describe("the fixtures and the sample", () => {
  it.each(fixtureNames())("%s: the same Grids and JSON", async (name) => {
    const bytes = new Uint8Array(await gridsToXlsxBuffer(loadFixtureGrids(name)));
    expect(await compare(bytes)).toEqual({ kinds: {}, sameJson: true });
  });

  it("samples/finsam-budget-exempel.xlsx: the same Grids and JSON", async () => {
    expect(await compare(fs.readFileSync(SAMPLE))).toEqual({ kinds: {}, sameJson: true });
  });
});

describe("the ExceLint workbooks (the 70 of files/, and small/ and synthetic/)", () => {
  /**
   * Every file where the two paths differ beyond number-format escapes, and how; every other file
   * reads the same. The JSON is the same everywhere but in FinalBudget, which has chart sheets, and where a grid differs.
   */
  const EXPECTED: Record<string, { kinds: Record<string, number>; sameJson: boolean }> = {
    // Its chart sheets carry shapes drawn on the charts: ExcelJS fails ("reading 'anchors'").
    "files/FinalBudget.xlsx": { kinds: { "unreadable by ExcelJS": 1 }, sameJson: false },
    // "November 30, 2002", a formula's text result, in cells formatted as dates.
    "files/20030114144840!Superi#A7DEA.xlsx": { kinds: { [DATE_TEXT]: 10 }, sameJson: true },
    // Five cached #REF! in [h]:mm:ss cells; two sums (138.3, 23.8) ExcelJS turns into a Date and
    // back, which gives 138.29999999999927: the reader keeps the number the file holds. The JSON
    // differs: ExcelJS's 138.29999999999927 gave two sum.rounding notes (AA20, AA24) the file does not.
    "files/Lalit_TimeReport_Fall02.xlsx": { kinds: { [DATE_TEXT]: 5, other: 2 }, sameJson: false },
    // <sheetProtection password="CC74"/> without sheet="1": by ECMA-376 the sheet is not protected.
    "files/Sy_Cal_03Q2.xlsx": { kinds: { protected: 1 }, sameJson: true },
  };

  it("read the same but for the listed differences", async () => {
    const files = workbooksUnder(EXCELINT);
    expect(files.length).toBe(72);
    const found: typeof EXPECTED = {};
    let escapes = 0;
    for (const file of files) {
      const result = await compare(fs.readFileSync(file));
      escapes += result.kinds[ESCAPES] ?? 0;
      delete result.kinds[ESCAPES];
      if (Object.keys(result.kinds).length > 0 || !result.sameJson) found[path.relative(EXCELINT, file)] = result;
    }
    expect(found).toEqual(EXPECTED);
    // Custom formats such as "\(#,##0\)": the reader keeps the code as the file and Excel have it.
    expect(escapes).toBe(15_290);
  }, 300_000);
});
