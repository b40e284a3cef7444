// Reads the text fixtures of tests/fixtures (format in tests/fixtures/README.md) into Grids,
// and writes them as real .xlsx files through ExcelJS, for the tests of the file adapter and CLI.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { parseRange, type Cell, type CellValue, type Grid } from "../../src/domain/grid";
import { evaluateSheetFormulas } from "./formulas";

export { evaluateSheetFormulas, evaluateFormula } from "./formulas";

export const FIXTURE_DIR = path.resolve(__dirname, "../fixtures");

const NUMBER = /^-?\d+(\.\d+)?$/;
const ERRORS = new Set(["#REF!", "#VALUE!", "#DIV/0!", "#N/A", "#NAME?", "#NUM!", "#NULL!"]);

/** One cell of a fixture line; undefined for an empty cell. Formulas are evaluated later. */
export function parseFixtureCell(raw: string): Cell | undefined {
  let text = raw;
  let bold = false;
  if (text.length >= 4 && text.startsWith("**") && text.endsWith("**")) {
    bold = true;
    text = text.slice(2, -2);
  }
  if (text === "") return bold ? { value: { type: "empty" }, bold } : undefined;
  let cell: Cell;
  if (text.startsWith("=")) cell = { value: { type: "empty" }, formula: text };
  else if (NUMBER.test(text)) cell = { value: { type: "number", value: Number(text) } };
  else if (text.startsWith("'")) cell = { value: { type: "string", value: text.slice(1) } };
  else if (ERRORS.has(text)) cell = { value: { type: "error", value: text } };
  else cell = { value: { type: "string", value: text } };
  if (bold) cell.bold = true;
  return cell;
}

function directive(line: string, name: string): string | undefined {
  const prefix = `### ${name}:`;
  return line.startsWith(prefix) ? line.slice(prefix.length).trim() : undefined;
}

/** Removes the empty rows at the end of a sheet (the blank lines that separate sheets). */
function trimTrailingEmptyRows(grid: Grid): void {
  while (grid.rows.length > 0) {
    const last = grid.rows[grid.rows.length - 1];
    if (last && last.some((c) => c !== undefined)) break;
    grid.rows.pop();
  }
}

/** A fixture's text → its sheets, with every formula's cached value computed. */
export function parseFixture(text: string): Grid[] {
  const grids: Grid[] = [];
  let current: Grid | undefined;
  text.split(/\r?\n/).forEach((line, i) => {
    const sheet = directive(line, "Sheet");
    const hiddenSheet = directive(line, "Hidden sheet");
    const merge = directive(line, "Merge");
    const hiddenRows = directive(line, "Hidden rows");
    if (sheet !== undefined || hiddenSheet !== undefined) {
      current = { name: (sheet ?? hiddenSheet) as string, rows: [], merges: [] };
      if (hiddenSheet !== undefined) current.hidden = true;
      grids.push(current);
    } else if (line.startsWith("//")) {
      // a comment
    } else if (!current) {
      if (line.trim() !== "") throw new Error(`fixture line ${i + 1}: a row before any "### Sheet:"`);
    } else if (merge !== undefined) {
      const range = parseRange(merge);
      if (!range) throw new Error(`fixture line ${i + 1}: bad merge "${merge}"`);
      current.merges.push(range);
    } else if (hiddenRows !== undefined) {
      const rows = hiddenRows.split(",").map((s) => Number(s.trim()));
      if (rows.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`fixture line ${i + 1}: bad rows`);
      current.hiddenRows = [...(current.hiddenRows ?? []), ...rows];
    } else if (line.startsWith("###")) {
      throw new Error(`fixture line ${i + 1}: unknown directive "${line}"`);
    } else {
      const cells = line === "" ? [] : line.split("\t").map(parseFixtureCell);
      while (cells.length > 0 && cells[cells.length - 1] === undefined) cells.pop();
      current.rows.push(cells);
    }
  });
  grids.forEach(trimTrailingEmptyRows);
  evaluateSheetFormulas(grids);
  return grids;
}

export function fixturePath(name: string): string {
  return path.join(FIXTURE_DIR, `${name}.tsv`);
}

export function fixtureText(name: string): string {
  return fs.readFileSync(fixturePath(name), "utf8");
}

/** "seed001.built" → the Grids of tests/fixtures/seed001.built.tsv. */
export function loadFixtureGrids(name: string): Grid[] {
  return parseFixture(fixtureText(name));
}

/** The names of every fixture, e.g. ["seed000.built", "seed000.pasted", …]. */
export function fixtureNames(): string[] {
  return fs
    .readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith(".tsv"))
    .map((f) => f.slice(0, -4))
    .sort();
}

type ExcelValue = number | string | boolean | { error: string } | null;

function excelValue(v: CellValue): ExcelValue {
  switch (v.type) {
    case "number":
    case "string":
    case "boolean":
      return v.value;
    case "error":
      return { error: v.value };
    default:
      return null;
  }
}

/** Grids → an .xlsx file's bytes: formulas with their cached results, bold, merges, hidden sheets and rows. */
export async function gridsToXlsxBuffer(grids: Grid[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const grid of grids) {
    const sheet = workbook.addWorksheet(grid.name, { state: grid.hidden ? "hidden" : "visible" });
    grid.rows.forEach((line, r) => {
      line?.forEach((cell, c) => {
        if (!cell) return;
        const target = sheet.getCell(r + 1, c + 1);
        const value = excelValue(cell.value);
        if (cell.formula) {
          const result = value === null ? undefined : value;
          target.value = { formula: cell.formula.replace(/^=/, ""), result } as ExcelJS.CellFormulaValue;
        } else if (value !== null) {
          target.value = value as ExcelJS.CellValue;
        }
        if (cell.bold) target.font = { bold: true };
        if (cell.numberFormat) target.numFmt = cell.numberFormat;
      });
    });
    for (const m of grid.merges) sheet.mergeCells(m.top, m.left, m.bottom, m.right);
    for (const r of grid.hiddenRows ?? []) sheet.getRow(r).hidden = true;
    for (const c of grid.hiddenColumns ?? []) sheet.getColumn(c).hidden = true;
  }
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

/** Writes fixture `name` (e.g. "seed000.built") as an .xlsx file at outPath. */
export async function writeFixtureXlsx(name: string, outPath: string): Promise<void> {
  const buffer = await gridsToXlsxBuffer(loadFixtureGrids(name));
  fs.mkdirSync(path.dirname(outPath), { recursive: true });
  fs.writeFileSync(outPath, buffer);
}

/** Writes fixture `name` as an .xlsx file in a fresh temp directory and returns its path. */
let tempRoot: string | undefined;

/** The run's temporary folder (jest's globalSetup makes it and globalTeardown removes it). */
function fixtureTempRoot(): string {
  if (!tempRoot) {
    const shared = process.env.FINSAM_TEST_TMP;
    tempRoot = shared && fs.existsSync(shared) ? shared : fs.mkdtempSync(path.join(os.tmpdir(), "finsam-fixtures-"));
  }
  return tempRoot;
}

export async function writeFixtureXlsxToTemp(name: string): Promise<string> {
  const dir = fs.mkdtempSync(path.join(fixtureTempRoot(), "fixture-"));
  const out = path.join(dir, `${name}.xlsx`);
  await writeFixtureXlsx(name, out);
  return out;
}
