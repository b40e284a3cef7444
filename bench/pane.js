#!/usr/bin/env node
// The task pane's file mode in Chromium: from choosing a file to the first findings (the "Översikt"
// summary), cold (a fresh profile: nothing cached, the pane just shown) and warm (the same page,
// the file chosen again), for the sample and a 5 000-row budget. Cold twice: chosen the moment the
// pane shows (the chunks still loading), and chosen 2 s later (a person's pace: the chunks, fetched
// when file mode mounts, are in by then; the engine's and the reader's code is still cold). dist/ is served on 127.0.0.1 and
// office.js comes from the npm package, as in the e2e tests. Needs a build (npm run build) and
// Chromium at /usr/bin/chromium (or CHROMIUM_PATH). Figures only.
"use strict";

const fs = require("fs");
const http = require("http");
const os = require("os");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const OFFICE_JS = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const ROUNDS = 3;

function serve(root) {
  const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8" };
  const server = http.createServer((request, response) => {
    const file = path.join(root, path.normalize(decodeURIComponent(new URL(request.url, "http://x").pathname)));
    if (!file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile())
      return response.writeHead(404).end();
    response.writeHead(200, { "Content-Type": types[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ origin: `http://127.0.0.1:${server.address().port}`, server }))
  );
}

/** A budget of 5 000 line items (bench/check.js's synthetic budget) as an .xlsx file. */
async function budgetFile(rows) {
  const file = path.join(os.tmpdir(), `finsam-bench-budget-${rows}.xlsx`);
  if (fs.existsSync(file)) return file;
  const ExcelJS = require("exceljs");
  const { syntheticBudget } = require("./check.js");
  const grid = syntheticBudget(rows);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(grid.name);
  grid.rows.forEach((line, r) =>
    line.forEach((cell, c) => {
      if (!cell) return;
      const value = cell.value.value;
      ws.getCell(r + 1, c + 1).value = cell.formula ? { formula: cell.formula.slice(1), result: value } : value;
    })
  );
  fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}

async function launch(origin) {
  const { chromium } = require("playwright-core");
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "finsam-bench-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ARGS,
    headless: true,
    viewport: { width: 350, height: 900 },
    locale: "sv-SE",
  });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith("blob:")) return route.continue();
    if (url.startsWith(OFFICE_CDN)) {
      const local = path.join(OFFICE_JS, new URL(url).pathname.slice("/lib/1/hosted/".length));
      if (fs.existsSync(local)) return route.fulfill({ path: local, contentType: "text/javascript; charset=utf-8" });
    }
    return route.abort();
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Milliseconds from choosing the file to a new "Översikt" heading on the page. */
async function chooseToFirstFinding(page, file) {
  const before = await page.evaluateHandle(() =>
    [...document.querySelectorAll("h2")].find((h) => h.textContent === "Översikt")
  );
  const start = Date.now();
  await page.setInputFiles('input[type="file"]', file);
  await page.waitForFunction(
    (old) => {
      const heading = [...document.querySelectorAll("h2")].find((h) => h.textContent === "Översikt");
      return heading !== undefined && heading !== old;
    },
    before,
    { polling: "raf", timeout: 60000 }
  );
  return Date.now() - start;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function run() {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) throw new Error("dist/ saknas: kör npm run build först.");
  const { origin, server } = await serve(DIST);
  const files = {
    exempelarbetsboken: path.join(ROOT, "samples", "finsam-budget-exempel.xlsx"),
    "budget 5 000 rader": await budgetFile(5000),
  };
  const figures = {};
  try {
    for (const [name, file] of Object.entries(files)) {
      const cold = [];
      const coldSettled = [];
      const warm = [];
      for (let round = 0; round < ROUNDS; round++) {
        const browser = await launch(origin);
        try {
          const page = await browser.context.newPage();
          await page.goto(`${origin}/taskpane.html`);
          await page.getByRole("button", { name: "Öppna arbetsbok" }).waitFor({ state: "visible", timeout: 30000 });
          cold.push(await chooseToFirstFinding(page, file));
          await chooseToFirstFinding(page, file);
          warm.push(await chooseToFirstFinding(page, file));
          // A second fresh page whose user takes a moment to choose: the chunks loaded meanwhile.
          const settled = await browser.context.newPage();
          await settled.goto(`${origin}/taskpane.html`);
          await settled.getByRole("button", { name: "Öppna arbetsbok" }).waitFor({ state: "visible", timeout: 30000 });
          await settled.waitForTimeout(2000);
          coldSettled.push(await chooseToFirstFinding(settled, file));
        } finally {
          await browser.close();
        }
      }
      figures[name] = {
        coldMs: median(cold),
        coldSettledMs: median(coldSettled),
        warmMs: median(warm),
        ratio: median(cold) / median(warm),
        settledRatio: median(coldSettled) / median(warm),
      };
    }
  } finally {
    server.close();
  }
  return figures;
}

function format(figures) {
  const lines = [`filläget i Chromium, från vald fil till första resultat (median av ${ROUNDS}):`];
  for (const [name, f] of Object.entries(figures)) {
    lines.push(
      `  ${name}: kall ${f.coldMs} ms (vald direkt när fönstret visas), ${f.coldSettledMs} ms (vald efter 2 s), ` +
        `varm ${f.warmMs} ms → kall/varm ${f.ratio.toFixed(2)}× resp. ${f.settledRatio.toFixed(2)}×`
    );
  }
  return lines.join("\n");
}

module.exports = { run, format };

if (require.main === module) {
  run()
    .then((figures) => console.log(format(figures)))
    .catch((e) => {
      console.error(e.message ?? e);
      process.exit(1);
    });
}
