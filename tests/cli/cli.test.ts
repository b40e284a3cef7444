// finsam-check as an auditor runs it: real .xlsx files made from the seed fixtures.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { run } from "../helpers/cli";
import { loadFixtureGrids, writeFixtureXlsxToTemp } from "../helpers/fixture";
import type { FileJson } from "../../src/domain/report/json";
import { analyzeWorkbook } from "../../src/domain/analyze";
import { fingerprintOf } from "../../src/domain/report/fingerprint";
import { fileToText } from "../../src/domain/report/text";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "finsam-cli-"));
const files: Record<string, string> = {};

beforeAll(async () => {
  for (const seed of ["000", "001", "002", "003", "004"]) {
    for (const variant of ["built", "pasted"]) {
      files[`${seed}.${variant}`] = await writeFixtureXlsxToTemp(`seed${seed}.${variant}`);
    }
  }
  fs.writeFileSync(path.join(tmp, "anteckningar.xlsx"), "Det här är en textfil med fel filändelse.\n");
  const good = fs.readFileSync(files["001.built"]);
  fs.writeFileSync(path.join(tmp, "avbruten.xlsx"), good.subarray(0, Math.floor(good.length / 2)));
  const empty = new ExcelJS.Workbook();
  empty.addWorksheet("Blad1");
  fs.writeFileSync(path.join(tmp, "tom.xlsx"), Buffer.from(await empty.xlsx.writeBuffer()));
  const refs = new ExcelJS.Workbook();
  const ws = refs.addWorksheet("Trasig");
  for (let r = 1; r <= 40; r++)
    for (let c = 1; c <= 5; c++) ws.getCell(r, c).value = { error: "#REF!" } as ExcelJS.CellErrorValue;
  fs.writeFileSync(path.join(tmp, "ref.xlsx"), Buffer.from(await refs.xlsx.writeBuffer()));
}, 60_000);

describe("exit codes", () => {
  test.each(["built", "pasted"])(
    "seed 001 (%s), a correct budget, exits 0 with no error or warning",
    async (variant) => {
      const r = await run(["--format", "json", files[`001.${variant}`]]);
      expect(r.code).toBe(0);
      const json = JSON.parse(r.stdout) as { files: FileJson[] };
      const severities = json.files[0].findings.map((f) => f.severity);
      expect(severities.filter((s) => s !== "info")).toEqual([]);
    }
  );

  test.each(["000", "002", "004"])("seed %s, which has arithmetic errors, exits 1", async (seed) => {
    for (const variant of ["built", "pasted"]) {
      const r = await run([files[`${seed}.${variant}`]]);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain("FEL");
    }
  });

  test("seed 003 (statistics) has no budget table and exits 0", async () => {
    const r = await run([files["003.built"]]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Ingen budgettabell – inget kontrollerat.");
  });
});

describe("JSON contract", () => {
  test("files[] with file, tables and findings in the DESIGN.md shape", async () => {
    const r = await run(["--format", "json", files["004.built"]]);
    const json = JSON.parse(r.stdout) as { files: FileJson[] };
    expect(json.files).toHaveLength(1);
    const file = json.files[0];
    expect(file.file).toBe(files["004.built"]);
    expect(file.tables.length).toBeGreaterThan(0);
    for (const t of file.tables) {
      expect(Object.keys(t)).toEqual(
        expect.arrayContaining(["sheet", "range", "unit", "confidence", "periods", "rows"])
      );
      for (const p of t.periods) expect(Object.keys(p).sort()).toEqual(["column", "header", "kind", "year"]);
    }
    const mismatch = file.findings.find((f) => f.rule === "sum.mismatch" && f.period === 2021);
    expect(mismatch).toMatchObject({
      severity: "error",
      sheet: "Finansiell ram 2020-2022",
      cell: "C37",
      unit: "tkr",
      expected: "10707",
      actual: "10407",
    });
  });
});

describe("JSON additions: whether anything was checked, and each file's fingerprint", () => {
  test("a budget: checked, and the fingerprint the Kontrollrapport gives", async () => {
    const r = await run(["--format", "json", files["004.built"], files["003.built"]]);
    const [budget, statistics] = (JSON.parse(r.stdout) as { files: FileJson[] }).files;
    const grids = loadFixtureGrids("seed004.built");
    const expected = fingerprintOf(analyzeWorkbook(grids).tables, grids);
    expect(budget.checked).toBe(true);
    expect(budget.fingerprint).toEqual({
      algorithm: "SHA-256",
      digest: expected.digest,
      figures: expected.figures.length,
    });
    expect(budget.fingerprint?.digest).toMatch(/^[0-9a-f]{64}$/);
    // A workbook with no budget: nothing checked, which no reader may take for a pass.
    // Its Totalt rows are still checked by the general layer, as tables of kind "table".
    expect(statistics.checked).toBe(false);
    expect(statistics.tables.map((t) => [t.kind, t.sheet, (t.aggregations ?? []).map((a) => a.total)])).toEqual([
      ["table", "Mottagningsteamet", ["B6", "B13"]],
    ]);
  });
});

test("text: errors first, then warnings, then information; one varning, one upplysning", () => {
  const at = (severity: "error" | "warning" | "info", cell: string) => ({
    rule: "sum.mismatch",
    severity,
    sheet: "Budget",
    cell,
    related: [],
    message: `${severity} i ${cell}.`,
  });
  const text = fileToText({
    file: "budget.xlsx",
    sheets: [],
    tables: analyzeWorkbook(loadFixtureGrids("seed001.built")).tables,
    findings: [at("info", "B3"), at("error", "B9"), at("warning", "B5")],
  });
  const lines = text.split("\n").filter((l) => /^ {3}(FEL|VARNING|INFO)/.test(l));
  expect(lines).toEqual([
    "   FEL     Budget!B9: error i B9.",
    "   VARNING Budget!B5: warning i B5.",
    "   INFO    Budget!B3: info i B3.",
  ]);
  expect(text.split("\n").pop()).toBe("   Summa: 1 fel, 1 varning, 1 upplysning.");
});

describe("bad input never crashes", () => {
  test("a text file renamed .xlsx, a truncated zip, an empty workbook and a sheet of #REF!", async () => {
    const names = ["anteckningar.xlsx", "avbruten.xlsx", "tom.xlsx", "ref.xlsx"].map((n) => path.join(tmp, n));
    const r = await run([...names, files["001.built"]]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/\bat .+\.(js|ts):\d+/); // no stack trace
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^.*anteckningar\.xlsx: kan inte läsas: .+/);
    expect(lines[1]).toMatch(/^.*avbruten\.xlsx: kan inte läsas: .+/);
    // The readable files are still checked: the empty workbook and the #REF! sheet have no budget, seed 001 does.
    expect(r.stdout).toContain("== " + names[2]);
    expect(r.stdout).toContain("== " + names[3]);
    expect(r.stdout).toContain("tabell Budget 2024!");
    expect(r.stdout).toMatch(/Totalt 5 filer: 0 fel, 0 varningar, 2 kunde inte läsas\./);
  });

  test("a missing file and an unknown flag get one Swedish line each", async () => {
    const missing = await run([path.join(tmp, "finns-inte.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe(`${path.join(tmp, "finns-inte.xlsx")}: kan inte läsas: filen finns inte`);
    const flag = await run(["--färg", files["001.built"]]);
    expect(flag.code).toBe(2);
    expect(flag.stderr.trim()).toBe("Okänd flagga: --färg. Skriv finsam-check --help för hjälp.");
  });
});

describe("folders", () => {
  test("a folder is walked recursively, a summary line per file and a total", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "finsam-folder-"));
    fs.mkdirSync(path.join(dir, "2024"));
    fs.copyFileSync(files["001.built"], path.join(dir, "2024", "lekeberg.xlsx"));
    fs.copyFileSync(files["004.built"], path.join(dir, "alv-och-kust.xlsx"));
    fs.writeFileSync(path.join(dir, "~$lekeberg.xlsx"), "lock file");
    const r = await run([dir]);
    expect(r.code).toBe(1);
    const headers = r.stdout.split("\n").filter((l) => l.startsWith("== "));
    expect(headers).toEqual([
      `== ${path.join(dir, "2024", "lekeberg.xlsx")}`,
      `== ${path.join(dir, "alv-och-kust.xlsx")}`,
    ]);
    expect(r.stdout).toMatch(/Totalt 2 filer: \d+ fel, \d+ varningar\./);
  });
});

test("the input file is never modified by a check", async () => {
  const before = fs.readFileSync(files["000.built"]);
  await run(["--format", "json", files["000.built"]]);
  expect(fs.readFileSync(files["000.built"]).equals(before)).toBe(true);
});

test("corrections the ekonom keeps in the workbook are used by the CLI", async () => {
  const workbook = new XlsxWorkbook(fs.readFileSync(files["001.built"]));
  await workbook.saveSettings({ overrides: { units: [{ sheet: "Budget 2024", unit: "tkr" }] } });
  const corrected = path.join(tmp, "rattad.xlsx");
  fs.writeFileSync(corrected, await workbook.toBuffer());
  const r = await run(["--format", "json", corrected]);
  const json = JSON.parse(r.stdout) as { files: FileJson[] };
  const units = json.files[0].tables.map((t) => `${t.sheet}:${t.unit}`);
  expect(units).toContain("Budget 2024:tkr");
  expect(units).toContain("Budgetplan 2024–2026:kr");
});
