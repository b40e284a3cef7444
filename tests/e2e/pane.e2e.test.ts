// The built task pane in real Chromium, outside Office: it must fall back to file mode,
// show the Swedish file-mode message, pass axe without serious or critical violations,
// and fetch nothing from the network but office.js (served here from @microsoft/office-js).
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { launchPane, type PaneBrowser } from "./browser";

const repo = path.resolve(__dirname, "..", "..");

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: unknown[];
}

let pane: PaneBrowser;

beforeAll(async () => {
  pane = await launchPane({ viewport: { width: 350, height: 800 } });
}, 60000);

afterAll(async () => {
  await pane?.close();
});

/** Opens the pane; officeJs replaces office.js with a stub script for this page only. */
function openPane(officeJs?: string): Promise<Page> {
  return pane.openPane({ officeJs });
}

/** The pane's background colour, as the FluentProvider paints it. */
function providerBackground(page: Page): Promise<string> {
  return page
    .locator(".fui-FluentProvider")
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);
}

test("outside Office the pane shows file mode, is accessible, and stays offline", async () => {
  const page = await openPane();
  const started = Date.now();
  await page.getByText("Filläge: öppna en arbetsbok").waitFor({ state: "visible", timeout: 10000 });
  const secondsToFileMode = (Date.now() - started) / 1000;

  expect(await page.locator("html").getAttribute("lang")).toBe("sv");
  expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Finsam Budgetkontroll");
  expect(await page.getByText("Ansluten till Excel").count()).toBe(0);
  // office.js loads async: file mode does not wait for it, but it arrives.
  await page.waitForFunction(() => typeof (window as { Office?: unknown }).Office === "object");
  expect(await providerBackground(page)).toBe("rgb(255, 255, 255)"); // webLightTheme

  await page.addScriptTag({ path: path.join(repo, "node_modules", "axe-core", "axe.min.js") });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  const serious = violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`);
  expect(serious).toEqual([]);

  fs.mkdirSync(path.join(repo, "test-output"), { recursive: true });
  await page.screenshot({ path: path.join(repo, "test-output", "pane-filemode.png"), fullPage: true });

  expect(pane.pageErrors).toEqual([]);
  expect(pane.externalRequests).toEqual([]);
  // Office.onReady outside a host: either it answers with host null or the 3 s guard fires.
  expect(secondsToFileMode).toBeLessThan(8);
  process.stdout.write(`file mode after ${secondsToFileMode.toFixed(1)} s\n`);
});

test("opened by Office, an Office.onReady that never settles falls back to file mode after about 3 s", async () => {
  const page = await pane.openPane({
    officeJs: 'window.Office = { onReady: () => new Promise(() => {}), HostType: { Excel: "Excel" } };',
    query: "?_host_Info=Excel$Win32$16.01$sv-SE$$$$0",
  });
  const started = Date.now();
  await page.getByText("Startar…").waitFor({ state: "visible", timeout: 2000 });
  await page.getByText("Filläge: öppna en arbetsbok").waitFor({ state: "visible", timeout: 10000 });
  const seconds = (Date.now() - started) / 1000;
  expect(seconds).toBeGreaterThan(2);
  expect(seconds).toBeLessThan(6);
  await page.close();
});

test("Excel as host with Office's dark theme: connected, on a dark background", async () => {
  const page = await openPane(
    "window.Office = { HostType: { Excel: 'Excel' }, onReady: () => Promise.resolve({ host: 'Excel' })," +
      " context: { officeTheme: { bodyBackgroundColor: '#262626' } } };"
  );
  await page.getByText("Ansluten till Excel").waitFor({ state: "visible", timeout: 5000 });
  expect(await page.getByText("Filläge: öppna en arbetsbok").count()).toBe(0);
  expect(await providerBackground(page)).toBe("rgb(41, 41, 41)"); // webDarkTheme colorNeutralBackground1
  await page.close();
});
