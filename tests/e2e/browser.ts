// The e2e tests' Chromium: launched headless from CHROMIUM_PATH (default /usr/bin/chromium) in a
// throwaway profile, and for the task pane with dist/ served locally and office.js from the npm package.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { serveDirectory, type StaticServer } from "./server";

const repo = path.resolve(__dirname, "..", "..");
const dist = path.join(repo, "dist");
const officeJsDist = path.join(repo, "node_modules", "@microsoft", "office-js", "dist");
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
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

export interface LaunchOptions {
  viewport: { width: number; height: number };
  acceptDownloads?: boolean;
}

export interface Chromium {
  context: BrowserContext;
  /** Closes the browser and removes its profile directory. */
  close(): Promise<void>;
}

/** A persistent Chromium context in a fresh profile, Swedish locale. */
export async function launchChromium(options: LaunchOptions): Promise<Chromium> {
  if (!fs.existsSync(CHROMIUM)) {
    // No skip: a missing browser must turn CI red, not quietly drop the test.
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "finsam-chromium-"));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      headless: true,
      viewport: options.viewport,
      locale: "sv-SE",
      ...(options.acceptDownloads ? { acceptDownloads: true } : {}),
    });
  } catch (error) {
    fs.rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface PaneOptions extends LaunchOptions {
  /** URL prefixes that may load besides the served dist/ (e.g. "blob:"). */
  alsoAllow?: string[];
}

export interface PaneBrowser extends Chromium {
  server: StaticServer;
  /** Every request that was aborted: anything but dist/, office.js and alsoAllow. */
  externalRequests: string[];
  /** Page errors of every page opened with openPane. */
  pageErrors: string[];
  /**
   * A new page on taskpane.html. officeJs replaces office.js with a stub script for this page only
   * ("hang": a request that never answers); query is added to the URL (Office adds ?_host_Info=…);
   * label prefixes the page's errors in pageErrors.
   */
  openPane(options?: { officeJs?: string; label?: string; query?: string }): Promise<Page>;
}

/**
 * Chromium for the built task pane: dist/ served on 127.0.0.1, office.js and the files it loads
 * from @microsoft/office-js, and every other request aborted and recorded.
 */
export async function launchPane(options: PaneOptions): Promise<PaneBrowser> {
  if (!fs.existsSync(path.join(dist, "taskpane.html"))) {
    throw new Error("dist/taskpane.html is missing: run `npm run build` first (npm run test:e2e does).");
  }
  const server = await serveDirectory(dist);
  let browser: Chromium;
  try {
    browser = await launchChromium(options);
  } catch (error) {
    await server.close();
    throw error;
  }
  const { context } = browser;
  const allowed = [server.origin, ...(options.alsoAllow ?? [])];
  const externalRequests: string[] = [];
  const pageErrors: string[] = [];
  // office.js and the files it loads come from the npm package; nothing else may leave the machine.
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (allowed.some((prefix) => url.startsWith(prefix))) return route.continue();
    if (url.startsWith(OFFICE_CDN)) {
      const local = path.join(officeJsDist, new URL(url).pathname.slice("/lib/1/hosted/".length));
      if (local.startsWith(officeJsDist) && fs.existsSync(local)) {
        return route.fulfill({ path: local, contentType: "text/javascript; charset=utf-8" });
      }
    }
    externalRequests.push(url);
    return route.abort();
  });
  return {
    context,
    server,
    externalRequests,
    pageErrors,
    async openPane({ officeJs, label, query } = {}) {
      const page = await context.newPage();
      page.on("pageerror", (error) =>
        pageErrors.push(label === undefined ? error.message : `${label}: ${error.message}`)
      );
      if (officeJs === "hang") {
        await page.route(`${OFFICE_CDN}office.js`, () => undefined);
      } else if (officeJs !== undefined) {
        await page.route(`${OFFICE_CDN}office.js`, (route) =>
          route.fulfill({ body: officeJs, contentType: "text/javascript; charset=utf-8" })
        );
      }
      // An office.js that never answers holds the load event (async scripts do): do not wait for it.
      const waitUntil = officeJs === "hang" ? "commit" : "load";
      await page.goto(`${server.origin}/taskpane.html${query ?? ""}`, { waitUntil });
      return page;
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
