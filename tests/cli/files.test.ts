// What the CLI opens: regular files only, within the size limit; a device or a FIFO is refused from
// its stat (reading /dev/zero never ends, opening a FIFO waits forever), and the rest of a folder is
// still checked. A sheet whose part is missing makes its file unreadable, with the sheet named.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { cliStrings, readStrings } from "../../src/domain/strings";
import type { FileJson } from "../../src/domain/report/json";
import { openWorkbookFile } from "../../src/cli/files";
import { DEFAULT_LIMITS } from "../../src/workbook/xlsxLimits";
import { run } from "../helpers/cli";
import { bytesOfPackage, packageOf } from "../helpers/xlsxPackage";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "finsam-files-"));
const budget = path.join(tmp, "a.xlsx");

beforeAll(async () => {
  const body = '<row r="1"><c r="A1" t="inlineStr"><is><t>Medlemsbidrag</t></is></c><c r="B1"><v>4000000</v></c></row>';
  fs.writeFileSync(budget, await bytesOfPackage(packageOf([{ name: "Budget", body }])));
});

describe("files that are no regular files", () => {
  it("/dev/zero is refused before it is read", async () => {
    const r = await run(["--format", "json", "/dev/zero"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(cliStrings.cannotRead("/dev/zero", cliStrings.notRegularFile) + "\n");
    expect((JSON.parse(r.stdout) as { files: FileJson[] }).files).toEqual([
      { file: "/dev/zero", error: cliStrings.notRegularFile, tables: [], findings: [] },
    ]);
  });

  it("a FIFO named b.xlsx in a folder is refused and the folder's other file is checked", async () => {
    const folder = fs.mkdtempSync(path.join(tmp, "mapp-"));
    fs.copyFileSync(budget, path.join(folder, "a.xlsx"));
    const fifo = path.join(folder, "b.xlsx");
    execFileSync("mkfifo", [fifo]);
    const r = await run(["--format", "json", folder]);
    expect(r.code).toBe(2);
    const files = (JSON.parse(r.stdout) as { files: FileJson[] }).files;
    expect(files.map((f) => [path.basename(f.file), f.error])).toEqual([
      ["a.xlsx", undefined],
      ["b.xlsx", cliStrings.notRegularFile],
    ]);
    expect(files[0].sheets).toEqual([{ name: "Budget", range: "A1:B1", hidden: false }]);
    expect(r.stderr).toBe(cliStrings.cannotRead(fifo, cliStrings.notRegularFile) + "\n");
  });
});

describe("limits", () => {
  it("a file over the size limit is refused from its stat, with the limit named", async () => {
    const size = fs.statSync(budget).size;
    const opened = await openWorkbookFile(budget, { ...DEFAULT_LIMITS, fileBytes: 100 });
    expect(opened).toEqual({ ok: false, message: readStrings.fileTooLarge(size, 100) });
  });

  it("a sheet whose part is missing: exit 2, the sheet named", async () => {
    const zip = packageOf([
      { name: "Budget", body: "" },
      { name: "Plan", body: "" },
    ]);
    zip.remove("xl/worksheets/sheet2.xml");
    const file = path.join(tmp, "utan-blad.xlsx");
    fs.writeFileSync(file, await bytesOfPackage(zip));
    const r = await run([file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(cliStrings.cannotRead(file, readStrings.missingSheetPart("Plan")) + "\n");
  });
});
