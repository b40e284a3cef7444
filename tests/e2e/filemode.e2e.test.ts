// File mode in real Chromium: open each seed workbook from disk, see its counts, go to a finding's
// cell in the sheet view, build a prognosis and download the workbook, with axe and 350 px screenshots.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { launchPane, type PaneBrowser } from "./browser";
import { writeFixtureXlsxToTemp } from "../helpers/fixture";

const repo = path.resolve(__dirname, "..", "..");
const output = path.join(repo, "test-output");

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

let pane: PaneBrowser;

beforeAll(async () => {
  pane = await launchPane({ viewport: { width: 350, height: 900 }, acceptDownloads: true, alsoAllow: ["blob:"] });
  fs.mkdirSync(output, { recursive: true });
}, 60000);

afterAll(async () => {
  await pane?.close();
});

async function openWorkbook(fixture: string): Promise<Page> {
  const page = await pane.openPane({ label: fixture });
  await page.getByRole("button", { name: "Öppna arbetsbok" }).waitFor({ state: "visible", timeout: 15000 });
  await page.setInputFiles('input[type="file"]', await writeFixtureXlsxToTemp(fixture));
  await page.getByRole("heading", { name: "Översikt", exact: true }).waitFor({ state: "visible", timeout: 20000 });
  return page;
}

/** Serious and critical violations, but Tabster's focus-trap dummy elements (a known false positive). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: path.join(repo, "node_modules", "axe-core", "axe.min.js") });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !n.html.includes("data-tabster-dummy")) }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

const SEEDS: { fixture: string; counts: RegExp; finding?: { text: RegExp; sheet: string; cell: string } }[] = [
  {
    fixture: "seed000.built",
    counts: /^3 fel, 0 varningar/,
    finding: { text: /Summa kostnader 2018 är 4\s286\s000\skr/, sheet: "Budget 2018", cell: "B49" },
  },
  { fixture: "seed001.built", counts: /^0 fel, 0 varningar/ },
  {
    fixture: "seed002.built",
    counts: /^2 fel, 0 varningar/,
    finding: { text: /Årets resultat prognos 2016 är 278\stkr men/, sheet: "Balans- och resultatbudget", cell: "B27" },
  },
  {
    fixture: "seed004.built",
    counts: /^4 fel, 0 varningar/,
    finding: { text: /Total summa 2021 är 10\s407\stkr/, sheet: "Finansiell ram 2020-2022", cell: "C37" },
  },
];

test.each(SEEDS)(
  "$fixture in file mode: counts, a finding's cell highlighted, prognosis download, axe",
  async (seed) => {
    const page = await openWorkbook(seed.fixture);
    expect(await page.getByTestId("finding-counts").textContent()).toMatch(seed.counts);
    const shot = seed.fixture.replace(".built", "");
    await page.screenshot({ path: path.join(output, `filemode-${shot}.png`), fullPage: true });

    if (seed.finding) {
      // Keyboard alone: focus the finding and press Enter.
      const finding = page.locator('[data-testid="finding"] button').filter({ hasText: seed.finding.text });
      await finding.focus();
      await page.keyboard.press("Enter");
      const selected = page.locator('[data-testid="sheet-view"] [aria-selected="true"]');
      await selected.waitFor({ state: "visible", timeout: 5000 });
      expect(await selected.getAttribute("data-address")).toBe(seed.finding.cell);
      expect(await page.getByTestId("sheet-view").getAttribute("aria-label")).toBe(`Bladet ${seed.finding.sheet}`);
      expect(await selected.isVisible()).toBe(true);
      await page.screenshot({ path: path.join(output, `filemode-${shot}-selected.png`) });
    }

    await page.getByRole("button", { name: "Prognos", exact: true }).click();
    // A click while Fluent's accordion is still animating open can be lost, as a hurried human's
    // could; wait for the motion to end as a person would.
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
    await page.getByRole("button", { name: "Skapa prognosblad" }).click();
    // Beside the form, and named neutrally: the copy may hold errors.
    const link = page
      .getByTestId("prognosis-summary")
      .locator("..")
      .getByRole("link", { name: /^Ladda ner .* - kopia\.xlsx$/ });
    await link.waitFor({ state: "visible", timeout: 20000 });
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "finsam-download-")), download.suggestedFilename());
    await download.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    expect(workbook.worksheets.map((w) => w.name).filter((n) => n.startsWith("Prognos "))).toHaveLength(1);

    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(output, `filemode-${shot}-prognosis.png`), fullPage: true });
    await page.close();
  }
);

test("seed003 (statistics) in file mode: no budget, nothing reported", async () => {
  const page = await openWorkbook("seed003.built");
  await page.getByText("Ingen budgettabell – inget kontrollerat.").first().waitFor();
  expect(await page.locator('[data-testid="finding"]').count()).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
  await page.close();
});

// office.js, outside Office, tries its telemetry frame; the route above aborts it like anything else.
const OFFICE_TELEMETRY = "https://telemetryservice.firstpartyapps.oaspapps.com/";

test("nothing left the machine and no page error", () => {
  expect(pane.externalRequests.filter((url) => !url.startsWith(OFFICE_TELEMETRY))).toEqual([]);
  expect(pane.pageErrors).toEqual([]);
});
