// Text output shows what a cell holds, never lets it act on the terminal: escape sequences and
// bidirectional controls in a label come out as visible markers; JSON and HTML keep their own escaping.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { terminalSafe } from "../../src/domain/report/text";
import { run } from "../helpers/cli";
import { writeFixtureXlsxToTemp } from "../helpers/fixture";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "finsam-terminal-"));

/** seed000 with "Summa kostnader" followed by ESC[8m (hide what follows) and RLO, as Excel stores them. */
async function hostileBudget(): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(await writeFixtureXlsxToTemp("seed000.built")));
  const strings = (await zip.file("xl/sharedStrings.xml")?.async("string")) ?? "";
  zip.file("xl/sharedStrings.xml", strings.replace(">Summa kostnader<", ">Summa kostnader _x001B_[8m_x202E_<"));
  const file = path.join(tmp, "dold.xlsx");
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
  return file;
}

test("terminalSafe shows controls as Control Pictures and bidi controls by their code point", () => {
  expect(terminalSafe("a\u001b[2Jb\u0007c\u007f\u009bd\u202ee\u2066f\tg\nh\ri")).toBe(
    "a\u241b[2Jb\u2407c\u2421<U+009B>d<U+202E>e<U+2066>f g h i"
  );
  expect(terminalSafe("Summa: 1 fel, 0 varningar – Lön & arvode")).toBe("Summa: 1 fel, 0 varningar – Lön & arvode");
});

test("a label's ESC[8m and RLO cannot hide or reorder the finding or the summary line", async () => {
  const file = await hostileBudget();
  const r = await run([file]);
  expect(r.code).toBe(1);
  // eslint-disable-next-line no-control-regex -- no raw control character may reach the terminal
  expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  const shown = r.stdout.replace(/[\u00a0\u202f]/g, " "); // amounts group digits with no-break spaces
  expect(shown).toContain(
    "   FEL     Budget 2018!B49: Summa kostnader \u241b[8m<U+202E> 2018 är 4 286 000 kr men posterna summerar till 3 212 075 kr (diff 1 073 925 kr)."
  );
  expect(shown).toContain("   Summa: 3 fel, 0 varningar, 8 upplysningar.");
});

test("JSON keeps the label as it is (JSON escapes the control characters itself)", async () => {
  const file = await hostileBudget();
  const r = await run(["--format", "json", file]);
  expect(r.stdout).toContain("Summa kostnader \\u001b[8m\u202e 2018");
});
