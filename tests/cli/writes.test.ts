// --report and --prognosis write safely: never onto the input (by any path or link), never over an
// existing file without --force, never half a file; every failure in Swedish words, with what to do.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { run } from "../helpers/cli";
import { writeFixtureXlsxToTemp } from "../helpers/fixture";
import { buildPackage, entriesOf } from "../workbook/packages";

// The fs module the CLI uses, for the failures a test cannot cause for real (a full disk).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const nodeFs: typeof fs = require("fs");

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "finsam-writes-"));
let seed001: string;
const SAME = "Utfilen får inte vara samma som indatafilen: originalet ändras aldrig.";
const noStack = /\bat .+\.(js|ts):\d+|Error:|errno|syscall/;
const noEnglish =
  /\b(no such|permission denied|is a directory|too long|no space|too many|symbolic links|greater than)\b/i;

beforeAll(async () => {
  seed001 = await writeFixtureXlsxToTemp("seed001.built");
}, 60_000);

function fresh(name: string): string {
  const dir = fs.mkdtempSync(path.join(tmp, `${name}-`));
  const input = path.join(dir, "budget.xlsx");
  fs.copyFileSync(seed001, input);
  return input;
}

describe.each([["--report"], ["--prognosis"]])("%s", (flag) => {
  test("refuses a hard link to the input as OUT, and the input stays as it was", async () => {
    const input = fresh("link");
    const out = path.join(path.dirname(input), "ut.xlsx");
    fs.linkSync(input, out);
    const before = fs.readFileSync(input);
    expect(await run([flag, out, input])).toEqual({ code: 2, stdout: "", stderr: `${SAME}\n` });
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  test("refuses a symbolic link to the input as OUT", async () => {
    const input = fresh("symlink");
    const out = path.join(path.dirname(input), "ut.xlsx");
    fs.symlinkSync(input, out);
    expect((await run([flag, out, input])).stderr).toBe(`${SAME}\n`);
  });

  test("refuses an existing OUT without --force, and replaces it with --force, saying so", async () => {
    const input = fresh("exists");
    const out = path.join(path.dirname(input), "ut.xlsx");
    fs.writeFileSync(out, "förra veckans rapport");
    const refused = await run([flag, out, input]);
    expect(refused).toEqual({
      code: 2,
      stdout: "",
      stderr: `${out} finns redan och ersätts inte. Välj ett annat namn, eller lägg till --force för att ersätta filen.\n`,
    });
    expect(fs.readFileSync(out, "utf8")).toBe("förra veckans rapport");
    const forced = await run([flag, out, "--force", input]);
    expect(forced.code).toBe(0);
    expect(forced.stdout.split("\n")[1]).toBe(`Den tidigare filen ${out} ersattes (--force).`);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });

  test("a full disk leaves an existing OUT as it was, and no temporary file behind", async () => {
    const input = fresh("full");
    const dir = path.dirname(input);
    const out = path.join(dir, "ut.xlsx");
    fs.writeFileSync(out, "förra veckans rapport");
    const full = jest.spyOn(nodeFs, "writeSync").mockImplementation((fd: number, data: unknown) => {
      if (typeof data !== "string") nodeFs.ftruncateSync(fd, 1000); // a part is written, then the disk is full
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    });
    let r;
    try {
      r = await run([flag, out, "--force", input]);
    } finally {
      full.mockRestore();
    }
    expect(r).toEqual({
      code: 2,
      stdout: "",
      stderr: `Kunde inte skriva ${out}: disken är full. Frigör utrymme eller välj en annan disk; ingen befintlig fil har ändrats.\n`,
    });
    expect(fs.readFileSync(out, "utf8")).toBe("förra veckans rapport");
    expect(fs.readdirSync(dir).sort()).toEqual(["budget.xlsx", "ut.xlsx"]);
  });
});

describe("what the system says, in Swedish with what to do", () => {
  const cases: [string, () => string, string][] = [
    [
      "OUT is a folder (EISDIR)",
      () => fs.mkdtempSync(path.join(tmp, "mapp-")),
      "är en mapp. Ange ett filnamn, till exempel",
    ],
    [
      "OUT's folder does not exist (ENOENT)",
      () => path.join(tmp, "finns-inte", "ut.xlsx"),
      "mappen finns inte. Skapa mappen först, eller välj en annan.",
    ],
    [
      "OUT's name is too long (ENAMETOOLONG)",
      () => path.join(tmp, `${"lång".repeat(80)}.xlsx`),
      "sökvägen eller filnamnet är för långt för systemet",
    ],
    [
      "OUT is a link that points to itself (ELOOP)",
      () => {
        const loop = path.join(fs.mkdtempSync(path.join(tmp, "loop-")), "slinga.xlsx");
        fs.symlinkSync(loop, loop);
        return loop;
      },
      "sökvägen går runt i en cirkel av symboliska länkar",
    ],
  ];
  test.each(cases)("%s", async (_, makeOut, words) => {
    const input = fresh("errno");
    const r = await run(["--report", makeOut(), input]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(words);
    expect(r.stderr).not.toMatch(noStack);
    expect(r.stderr).not.toMatch(noEnglish);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  test("a folder OUT cannot take (EACCES)", async () => {
    const input = fresh("eacces");
    const open = nodeFs.openSync;
    // Reading is allowed; creating a file in the folder is not (as for a user without write access).
    const denied = jest.spyOn(nodeFs, "openSync").mockImplementation((file, flags, mode) => {
      if (flags !== "wx") return open(file, flags, mode);
      throw Object.assign(new Error("EACCES: permission denied, open '/x'"), { code: "EACCES" });
    });
    let r;
    try {
      r = await run(["--report", path.join(path.dirname(input), "ut.xlsx"), input]);
    } finally {
      denied.mockRestore();
    }
    expect(r.stderr).toBe(
      `Kunde inte skriva ${path.join(path.dirname(input), "ut.xlsx")}: du saknar behörighet att skriva där. Välj en mapp du får skriva i.\n`
    );
  });

  test("an input the user may not read (EACCES)", async () => {
    const input = fresh("read");
    const open = nodeFs.openSync;
    const denied = jest.spyOn(nodeFs, "openSync").mockImplementation((file, flags, mode) => {
      if (file !== input) return open(file, flags, mode);
      throw Object.assign(new Error("EACCES: permission denied, open '/x'"), { code: "EACCES" });
    });
    let r;
    try {
      r = await run([input]);
    } finally {
      denied.mockRestore();
    }
    expect(r.stderr).toBe(
      `${input}: kan inte läsas: du saknar behörighet att läsa filen. Be om läsrätt, eller kopiera filen till en egen mapp.\n`
    );
  });

  test("an input that is a link pointing to itself (ELOOP)", async () => {
    const loop = path.join(fs.mkdtempSync(path.join(tmp, "inloop-")), "slinga.xlsx");
    fs.symlinkSync(loop, loop);
    expect(await run([loop])).toEqual({
      code: 2,
      stdout: "\n",
      stderr: `${loop}: kan inte läsas: sökvägen går runt i en cirkel av symboliska länkar. Ange den riktiga sökvägen till filen.\n`,
    });
  });

  test("an input of more than 2 GiB", async () => {
    const huge = path.join(fs.mkdtempSync(path.join(tmp, "stor-")), "stor.xlsx");
    fs.closeSync(fs.openSync(huge, "w"));
    fs.truncateSync(huge, 2 ** 31 + 1); // sparse: no disk is used
    const r = await run([huge]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("kan inte läsas:");
    expect(r.stderr).not.toMatch(noStack);
    expect(r.stderr).not.toMatch(noEnglish);
    fs.rmSync(huge);
  });
});

test("a library's own English console warning comes out in Swedish", async () => {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Blad1").getCell("A1").value = "Budget";
  const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer());
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const long = "Budget 2024 med alla kommunernas bidrag och noter";
  zip.file("xl/workbook.xml", workbook.replace('name="Blad1"', `name="${long}"`));
  const file = path.join(fs.mkdtempSync(path.join(tmp, "namn-")), "lang.xlsx");
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
  const r = await run([file]);
  expect(r.stderr).not.toMatch(/exceeds|truncated/);
  // A reader that does not warn has nothing to translate; ExcelJS warns (and then fails on the name).
  const warnings = r.stderr.split("\n").filter((line) => line.includes("31 tecken"));
  expect(warnings).toEqual(
    r.stderr.includes("31 tecken")
      ? [`Ett blad heter "${long}", längre än de 31 tecken Excel tillåter. Ge bladet ett kortare namn i Excel.`]
      : []
  );
});

describe("a copy keeps the user's package", () => {
  test("--report on an .xlsm keeps the macro project and every other part byte for byte", async () => {
    const dir = fs.mkdtempSync(path.join(tmp, "xlsm-"));
    const input = path.join(dir, "budget.xlsm");
    fs.writeFileSync(input, await buildPackage({ macro: true }));
    const asXlsx = await run(["--report", path.join(dir, "rapport.xlsx"), input]);
    expect(asXlsx.stderr).toBe(
      `Arbetsboken innehåller makron (.xlsm), och Excel öppnar inte en sådan fil med ändelsen .xlsx. Ge utfilen ändelsen .xlsm i stället för ${path.join(dir, "rapport.xlsx")}.\n`
    );
    const out = path.join(dir, "rapport.xlsm");
    const r = await run(["--report", out, input]);
    expect(r.stderr).toBe("");
    const before = await entriesOf(fs.readFileSync(input));
    const after = await entriesOf(fs.readFileSync(out));
    const changed = [...before.keys()].filter(
      (n) => !Buffer.from(after.get(n) ?? []).equals(Buffer.from(before.get(n) as Uint8Array))
    );
    expect(changed).toEqual(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"]);
    expect([...after.keys()].filter((n) => !before.has(n))).toEqual(["xl/worksheets/sheet3.xml"]);
  });
});
