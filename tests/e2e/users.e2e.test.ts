// The three users' paths through the built pane in real Chromium at 350 px, with screenshots in
// test-output/: the ekonom (open, fix, prognosis, download), the förbundschef (one glance: the
// summary, errors first, the cell of a finding), the auditor (the Kontrollrapport and its
// fingerprint); and the pane at 350 px with the keyboard alone, axe after every step.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Download, Page } from "playwright-core";
import { analyzeWorkbook } from "../../src/domain/analyze";
import { fingerprintOf } from "../../src/domain/report/fingerprint";
import { readXlsx } from "../../src/workbook/xlsx";
import { launchPane, type PaneBrowser } from "./browser";
import { axeViolations, missedControls, openWorkbookFile, OUTPUT, overflowing, settled, tabThrough } from "./helpers";
import { evaluateSheetFormulas, gridsToXlsxBuffer, loadFixtureGrids, writeFixtureXlsxToTemp } from "../helpers/fixture";

let pane: PaneBrowser;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "finsam-users-"));

beforeAll(async () => {
  pane = await launchPane({ viewport: { width: 350, height: 900 }, acceptDownloads: true, alsoAllow: ["blob:"] });
  fs.mkdirSync(OUTPUT, { recursive: true });
}, 60000);

afterAll(async () => {
  await pane?.close();
});

const shot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: path.join(OUTPUT, `${name}.png`), fullPage });

/** The sample (seed 001) as an ekonom left it: Coachingteamet Lekeberg typed 564 000, not 546 000, under a typed subtotal. */
async function mistypedSample(): Promise<string> {
  const grids = loadFixtureGrids("seed001.built");
  const budget = grids.find((g) => g.name === "Budget 2024")!;
  budget.rows[11][1] = { value: { type: "number", value: 564000 } }; // B12
  budget.rows[12][1] = { value: { type: "number", value: 3784500 }, bold: true }; // B13, was =SUM(B11:B12)
  evaluateSheetFormulas(grids);
  const file = path.join(tmp, "Budget 2024 Lekeberg.xlsx");
  fs.writeFileSync(file, await gridsToXlsxBuffer(grids));
  return file;
}

async function save(download: Download): Promise<string> {
  const saved = path.join(fs.mkdtempSync(path.join(tmp, "dl-")), download.suggestedFilename());
  await download.saveAs(saved);
  return saved;
}

const plain = (text: string | null) => (text ?? "").replace(/\u00a0/g, " ");
const announced = (page: Page) => page.getByTestId("announcer").textContent();
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);

test("the ekonom: opens her budget, fixes the mistyped part, builds a prognosis and downloads the copy", async () => {
  const page = await openWorkbookFile(pane, await mistypedSample(), "ekonom");
  // Focus lands on the overview, and the counts are said.
  expect(await activeId(page)).toBe("summary-heading");
  expect(await announced(page)).toMatch(/^1 fel, 0 varningar, \d+ upplysningar/);
  expect(await page.getByTestId("finding").first().getAttribute("data-severity")).toBe("error");
  expect(await page.getByText("Filläge", { exact: true }).count()).toBe(1); // the banner no longer asks to open a workbook
  await shot(page, "ekonom-1-oppnad");

  // The fix, by keyboard: the dialog names the parts and the part that looks mistyped.
  await page.getByRole("button", { name: "Rätta B13" }).focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("alertdialog");
  await dialog.waitFor({ state: "visible" });
  await settled(page);
  expect(plain(await dialog.getByTestId("fix-suspect").textContent())).toBe(
    "Coachingteamet Lekeberg (B12) är 564 000 kr men kan vara 546 000 kr: två siffror har bytt plats. Med 546 000 kr stämmer summan."
  );
  expect(await dialog.getByTestId("fix-new").textContent()).toBe("=SUMMA(B11:B12)");
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, "ekonom-2-ratta");
  await dialog.getByRole("button", { name: /^Skriv 546.000 kr i B12$/ }).click();
  await dialog.waitFor({ state: "hidden" });
  // The part is right now; the total is still a typed figure, and the pane says to make it a formula, in Swedish.
  await page.getByTestId("finding-counts").getByText("0 fel, 1 varning, 5 upplysningar").waitFor();
  expect(plain(await page.getByTestId("finding").first().textContent())).toContain(
    "Summa individeriktade insatser 2024 är inskriven som ett tal fast posterna finns i bladet: skriv =SUMMA(B11:B12)"
  );
  expect(await activeId(page)).not.toBe("BODY");

  // The prognosis: the form says which eget kapital the sheet starts from; the result and the download beside it.
  await page.getByRole("button", { name: "Prognos", exact: true }).click();
  await settled(page);
  expect(plain(await page.getByText(/^Lämna tomt för att använda/).textContent())).toBe(
    'Lämna tomt för att använda 275 154 kr: "Prel. eget kapital ingående 2024" (Budgetplan 2024–2026!B15) 2 103 610 kr + resultat 2024 -1 828 456 kr.'
  );
  await page.getByRole("button", { name: "Skapa prognosblad" }).click();
  const summary = page.getByTestId("prognosis-summary");
  await summary.waitFor({ state: "visible", timeout: 30000 });
  expect(await page.getByText("Från 2025 räcker det egna kapitalet inte till underskotten.").isVisible()).toBe(true);
  const link = summary.locator("..").getByRole("link", { name: "Ladda ner Budget 2024 Lekeberg - kopia.xlsx" });
  await link.waitFor({ state: "visible", timeout: 20000 });
  expect(await announced(page)).toContain('Bladet "Prognos 2025–2027" har lagts till.');
  // The new sheet is the add-in's own: still two budget tables.
  expect(await page.getByText("2 budgettabeller hittades:").isVisible()).toBe(true);
  expect(await overflowing(page)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, "ekonom-3-prognos");
  await link.scrollIntoViewIfNeeded();
  await shot(page, "ekonom-4-prognos-nedladdning");

  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const copy = await save(download);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(copy);
  expect(workbook.getWorksheet("Budget 2024")?.getCell("B12").value).toBe(546000);
  // A preview that does not recalculate shows figures: in the file, every formula carries its result
  // (read from the XML itself: ExcelJS's reader drops a cached 0).
  const zip = await JSZip.loadAsync(fs.readFileSync(copy));
  const book = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const id = new RegExp('<sheet [^>]*name="Prognos 2025–2027"[^>]*r:id="([^"]+)"').exec(book)![1];
  const target =
    new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1];
  const xml = await zip.file(`xl/${target.replace(/^\/?xl\//, "")}`)!.async("string");
  expect((xml.match(/<f[ >]/g) ?? []).length).toBeGreaterThan(50);
  expect(xml.match(/<\/f><\/c>|<f[^>]*\/><\/c>/g)).toBeNull();
  await page.close();
});

test("the förbundschef: one glance, errors first; a finding's cell shown right under it", async () => {
  const page = await openWorkbookFile(pane, await writeFixtureXlsxToTemp("seed004.built"), "förbundschef");
  expect(await page.getByTestId("finding-counts").textContent()).toMatch(/^4 fel, 0 varningar/);
  const order = await page
    .getByTestId("finding")
    .evaluateAll((items) => items.map((i) => i.getAttribute("data-severity")));
  expect(order.slice(0, 4)).toEqual(["error", "error", "error", "error"]);
  expect(plain(await page.getByTestId("equity-unchecked").textContent())).toMatch(/^2021: underskott 213 tkr/);
  expect(await overflowing(page)).toEqual([]);
  await shot(page, "forbundschef-1-overblick");
  await shot(page, "forbundschef-1-overblick-hela", true);

  const first = page.getByTestId("finding").first();
  await first.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);
  await first.locator("button").first().click();
  const view = page.getByTestId("sheet-view");
  await view.waitFor({ state: "visible" });
  // Not 800 px away: the page stays, the view stands under the finding and says which one it shows.
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(50);
  const findingBox = (await first.locator("button").first().boundingBox())!;
  const viewBox = (await view.boundingBox())!;
  expect(viewBox.y - (findingBox.y + findingBox.height)).toBeLessThan(150);
  expect(plain(await page.getByTestId("sheet-view-about").textContent())).toMatch(
    /^C37: Total summa 2021 är 10 407 tkr/
  );
  expect(await view.locator('[aria-selected="true"]').textContent()).toBe("10407");
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, "forbundschef-2-cellen");
  await page.close();
});

test("the auditor: the Kontrollrapport in the copy carries the fingerprint the file itself gives", async () => {
  const file = await writeFixtureXlsxToTemp("seed000.built");
  const page = await openWorkbookFile(pane, file, "revisor");
  await page.getByRole("button", { name: "Kontrollrapport", exact: true }).click();
  await settled(page);
  await page.getByRole("button", { name: "Skapa kontrollrapport" }).click();
  const link = page.getByRole("link", { name: /^Ladda ner .* - kopia\.xlsx$/ }).last();
  await link.waitFor({ state: "visible", timeout: 20000 });
  expect(await announced(page)).toMatch(/Bladet "Kontrollrapport \d{4}-\d{2}-\d{2}" har lagts till\./);
  await shot(page, "revisor-1-rapport");
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const copy = await save(download);

  const original = await readXlsx(fs.readFileSync(file));
  const again = await readXlsx(fs.readFileSync(copy));
  if (!original.ok || !again.ok) throw new Error("unreadable");
  const expected = fingerprintOf(analyzeWorkbook(original.grids).tables, original.grids).digest;
  const report = again.grids.find((g) => g.name.startsWith("Kontrollrapport "))!;
  const label = report.rows.findIndex(
    (r) => r?.[0]?.value.type === "string" && r[0].value.value === "Fingeravtryck (SHA-256)"
  );
  const stated = report.rows[label]?.[1]?.value;
  expect(stated).toEqual({ type: "string", value: expected });
  // Checking the copy again gives the same figures: the report is no budget.
  expect(fingerprintOf(analyzeWorkbook(again.grids).tables, again.grids).digest).toBe(expected);
  await page.close();
});

test("no budget: nothing looks like a pass", async () => {
  const page = await openWorkbookFile(pane, await writeFixtureXlsxToTemp("seed003.built"), "ingen budget");
  expect(await page.getByTestId("finding-counts").textContent()).toBe("Ingen budgettabell – inget kontrollerat.");
  expect(await page.getByText("Rätt", { exact: true }).count()).toBe(0);
  expect(await page.getByText(/alla kontroller stämmer/).count()).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, "ingen-budget", true);
  await page.close();
});

test("350 px with the keyboard alone: every control reached with a visible focus, nothing wider than the pane", async () => {
  const page = await openWorkbookFile(pane, await writeFixtureXlsxToTemp("seed000.built"), "tangentbord");
  // Open every form with the keyboard, and add a row to each of the two small tables.
  for (const name of [
    "Prognos",
    "Kontrollrapport",
    "Rätta igenkänningen",
    "Fördelningsnyckel för kommunerna",
    "Trappa för eget kapital",
  ]) {
    await page.getByRole("button", { name, exact: true }).focus();
    await page.keyboard.press("Enter");
    await settled(page);
  }
  for (const name of ["Lägg till kommun", "Lägg till steg"]) {
    await page.getByRole("button", { name }).focus();
    await page.keyboard.press("Enter");
  }
  await page.getByLabel("Kommun nr 1, namn", { exact: true }).fill("Lindesberg");
  expect(await page.getByLabel("Invånare i Lindesberg", { exact: true }).count()).toBe(1);
  expect(await overflowing(page)).toEqual([]);
  await shot(page, "tangentbord-formular", true);
  await page.getByLabel("Invånare i Lindesberg", { exact: true }).scrollIntoViewIfNeeded();
  await shot(page, "tangentbord-nyckel-och-trappa");

  const stops = await tabThrough(page);
  expect(stops.length).toBeGreaterThan(30);
  expect(await missedControls(page)).toEqual([]);
  expect(stops.filter((s) => !s.visible).map((s) => s.name)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
  await page.close();
});

test("nothing left the machine and no page error", () => {
  expect(
    pane.externalRequests.filter((url) => !url.startsWith("https://telemetryservice.firstpartyapps.oaspapps.com/"))
  ).toEqual([]);
  expect(pane.pageErrors).toEqual([]);
});
