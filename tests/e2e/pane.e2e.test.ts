// The built task pane in real Chromium, outside Office: it must fall back to file mode,
// show the Swedish file-mode message, pass axe without serious or critical violations,
// and fetch nothing from the network but office.js (served here from @microsoft/office-js).
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { serveDirectory, type StaticServer } from "./server";

const repo = path.resolve(__dirname, "..", "..");
const dist = path.join(repo, "dist");
const officeJsDist = path.join(repo, "node_modules", "@microsoft", "office-js", "dist");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: unknown[];
}

let server: StaticServer;
let context: BrowserContext;
let userDataDir: string;
const externalRequests: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) {
    // No skip: a missing browser must turn CI red, not quietly drop the test.
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  if (!fs.existsSync(path.join(dist, "taskpane.html"))) {
    throw new Error("dist/taskpane.html is missing: run `npm run build` first (npm run test:e2e does).");
  }
  server = await serveDirectory(dist);
  userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "finsam-chromium-"));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 350, height: 800 },
    locale: "sv-SE",
  });
  // office.js and the files it loads come from the npm package; nothing else may leave the machine.
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(server.origin)) return route.continue();
    if (url.startsWith(OFFICE_CDN)) {
      const local = path.join(officeJsDist, new URL(url).pathname.slice("/lib/1/hosted/".length));
      if (local.startsWith(officeJsDist) && fs.existsSync(local)) {
        return route.fulfill({ path: local, contentType: "text/javascript; charset=utf-8" });
      }
    }
    externalRequests.push(url);
    return route.abort();
  });
}, 60000);

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
});

/** Opens the pane; officeJs replaces office.js with a stub script for this page only. */
async function openPane(officeJs?: string): Promise<Page> {
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  if (officeJs !== undefined) {
    await page.route(`${OFFICE_CDN}office.js`, (route) =>
      route.fulfill({ body: officeJs, contentType: "text/javascript; charset=utf-8" })
    );
  }
  await page.goto(`${server.origin}/taskpane.html`);
  return page;
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
  expect(await page.evaluate(() => typeof (window as { Office?: unknown }).Office)).toBe("object");
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

  expect(pageErrors).toEqual([]);
  expect(externalRequests).toEqual([]);
  // Office.onReady outside a host: either it answers with host null or the 3 s guard fires.
  expect(secondsToFileMode).toBeLessThan(8);
  process.stdout.write(`file mode after ${secondsToFileMode.toFixed(1)} s\n`);
});

test("an Office.onReady that never settles falls back to file mode after about 3 s", async () => {
  const page = await openPane(
    'window.Office = { onReady: () => new Promise(() => {}), HostType: { Excel: "Excel" } };'
  );
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
