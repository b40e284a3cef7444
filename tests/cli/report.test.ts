// finsam-check --report OUT.xlsx and --format html, on real .xlsx files made from the seeds.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { run } from "../helpers/cli";
import { writeFixtureXlsxToTemp } from "../helpers/fixture";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "finsam-report-"));
const files: Record<string, string> = {};
const version = (
  JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../package.json"), "utf8")) as { version: string }
).version;

beforeAll(async () => {
  for (const seed of ["000", "001", "003"]) files[seed] = await writeFixtureXlsxToTemp(`seed${seed}.built`);
}, 60_000);

describe("--report OUT.xlsx", () => {
  test("writes a copy with the report sheet; the input is byte for byte unchanged", async () => {
    const before = fs.readFileSync(files["000"]);
    const out = path.join(tmp, "rapport-000.xlsx");
    const r = await run(["--report", out, files["000"]]);
    expect(r.code).toBe(1); // seed 000 has errors: the exit code says so, as a check does
    expect(r.stdout).toMatch(
      /^Kontrollrapporten skrevs till .*rapport-000\.xlsx, flik "Kontrollrapport \d{4}-\d{2}-\d{2}"\.\n$/
    );
    expect(fs.readFileSync(files["000"]).equals(before)).toBe(true);
    const read = await new XlsxWorkbook(fs.readFileSync(out)).readSheets();
    if (!read.ok) throw new Error(read.error.message);
    expect(read.grids.map((g) => g.name)).toEqual([
      "Budget 2018",
      expect.stringMatching(/^Kontrollrapport \d{4}-\d{2}-\d{2}$/),
    ]);
    const sheet = read.grids[1];
    const text = (row: number, column: number) => {
      const v = sheet.rows[row - 1]?.[column - 1]?.value;
      return v && v.type === "string" ? v.value : undefined;
    };
    expect(text(1, 1)).toMatch(
      new RegExp(`^Kontrollrapport för ${path.basename(files["000"])}, \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} \\(UTC`)
    );
    const versionRow = sheet.rows.findIndex(
      (r) => r?.[0]?.value.type === "string" && r[0].value.value === "Finsam Budgetkontroll, version"
    );
    expect(text(versionRow + 1, 2)).toBe(version);
  });

  test("a report of a report names its sheet so nothing is overwritten", async () => {
    const first = path.join(tmp, "rapport-001.xlsx");
    const second = path.join(tmp, "rapport-001-igen.xlsx");
    expect((await run(["--report", first, files["001"]])).code).toBe(0);
    expect((await run(["--report", second, first])).code).toBe(0);
    const read = await new XlsxWorkbook(fs.readFileSync(second)).readSheets();
    if (!read.ok) throw new Error(read.error.message);
    const names = read.grids.map((g) => g.name);
    expect(names).toHaveLength(4);
    expect(names[3]).toBe(`${names[2]} (2)`);
  });

  test("refuses to write over its input, and takes exactly one file", async () => {
    const before = fs.readFileSync(files["001"]);
    const same = await run(["--report", files["001"], files["001"]]);
    expect(same).toMatchObject({ code: 2, stdout: "" });
    expect(same.stderr.trim()).toBe("Utfilen får inte vara samma som indatafilen: originalet ändras aldrig.");
    expect(fs.readFileSync(files["001"]).equals(before)).toBe(true);
    const two = await run(["--report", path.join(tmp, "x.xlsx"), files["000"], files["001"]]);
    expect(two.code).toBe(2);
    expect(two.stderr.trim()).toBe("--report tar exakt en fil.");
  });
});

describe("--format html", () => {
  test("one file: one Swedish document on stdout", async () => {
    const r = await run(["--format", "html", files["000"]]);
    expect(r.code).toBe(1);
    expect(r.stdout.startsWith('<!DOCTYPE html>\n<html lang="sv">')).toBe(true);
    expect(r.stdout).toContain(`<dt>Finsam Budgetkontroll, version</dt><dd>${version}</dd>`);
    expect(r.stdout.match(/<section class="file"/g)).toHaveLength(1);
  });

  test("several files and a folder: one document with a section per file", async () => {
    const dir = fs.mkdtempSync(path.join(tmp, "mapp-"));
    fs.copyFileSync(files["001"], path.join(dir, "a.xlsx"));
    fs.copyFileSync(files["003"], path.join(dir, "b.xlsx"));
    const r = await run(["--format", "html", dir, files["000"]]);
    expect(r.stdout.match(/<section class="file"/g)).toHaveLength(3);
    expect(r.stdout.match(/<html/g)).toHaveLength(1);
    expect(r.stdout).toContain(
      `<li><a href="#fil-1">${path.join(dir, "a.xlsx")}</a> – 0 fel, 0 varningar, 5 upplysningar</li>`
    );
  });
});

test("text for several files: the blocks, then one summary line per file, then the total", async () => {
  const broken = path.join(tmp, "trasig.xlsx");
  fs.writeFileSync(broken, "inte en arbetsbok");
  const r = await run([files["000"], files["001"], files["003"], broken]);
  expect(r.code).toBe(2);
  const tail = r.stdout.trimEnd().split("\n").slice(-7);
  expect(tail).toEqual([
    "Sammanställning per fil:",
    `   ${files["000"]}: 3 fel, 0 varningar, 8 upplysningar`,
    `   ${files["001"]}: 0 fel, 0 varningar, 5 upplysningar`,
    `   ${files["003"]}: ingen budgettabell – inget kontrollerat`,
    `   ${broken}: kunde inte läsas`,
    "",
    "Totalt 4 filer: 3 fel, 0 varningar, 1 kunde inte läsas.",
  ]);
});
