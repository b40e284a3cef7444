// The HTML Kontrollrapport in real Chromium: it opens from disk with no network, raises no error,
// and prints to PDF (A4, via its @page rule) and renders to PNG. Files go to test-output/.
import * as fs from "fs";
import * as path from "path";
import { pathToFileURL } from "url";
import { analyzeWorkbook } from "../../src/domain/analyze";
import { buildKontrollrapport } from "../../src/domain/report/kontrollrapport";
import { renderReportHtml, renderReportsHtml } from "../../src/domain/report/html";
import { loadFixtureGrids } from "../helpers/fixture";
import { launchChromium, type Chromium } from "./browser";

const repo = path.resolve(__dirname, "..", "..");
const outDir = path.join(repo, "test-output");

function reportOf(fixture: string) {
  const grids = loadFixtureGrids(fixture);
  return buildKontrollrapport({
    workbookName: `${fixture}.xlsx`,
    createdAt: "2024-11-05T14:32:07+01:00",
    version: "0.1.0",
    grids,
    ...analyzeWorkbook(grids),
  });
}

let browser: Chromium;

beforeAll(async () => {
  fs.mkdirSync(outDir, { recursive: true });
  browser = await launchChromium({ viewport: { width: 1280, height: 900 } });
}, 60000);

afterAll(async () => {
  await browser?.close();
});

async function renderToFiles(name: string, html: string) {
  const htmlPath = path.join(outDir, `${name}.html`);
  fs.writeFileSync(htmlPath, html, "utf8");
  const page = await browser.context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") errors.push(message.text());
  });
  const url = pathToFileURL(htmlPath).href;
  await page.goto(url, { waitUntil: "load" });
  const lang = await page.getAttribute("html", "lang");
  const headings = await page.locator("h2").allTextContents();
  const pdfPath = path.join(outDir, `${name}.pdf`);
  const pngPath = path.join(outDir, `${name}.png`);
  await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
  await page.screenshot({ path: pngPath, fullPage: true });
  await page.close();
  return { url, requests, errors, lang, headings, pdf: fs.readFileSync(pdfPath), png: fs.readFileSync(pngPath) };
}

function pdfPages(pdf: Buffer): { count: number; sizes: string[] } {
  const text = pdf.toString("latin1");
  const count = (text.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  const sizes = [...text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map(
    (m) => `${Math.round(Number(m[1]))}x${Math.round(Number(m[2]))}`
  );
  return { count, sizes };
}

test("seed 000's report opens offline without errors and prints to an A4 landscape PDF and a PNG", async () => {
  const r = await renderToFiles("kontrollrapport-seed000", renderReportHtml(reportOf("seed000.built")));
  expect(r.errors).toEqual([]);
  expect(r.requests).toEqual([r.url]); // the document itself, nothing else
  expect(r.lang).toBe("sv");
  expect(r.headings).toEqual([
    "Budgettabeller som kontrollerades",
    "Kontroller",
    "Anmärkningar",
    "Bilaga: kontrollerade belopp (underlaget för fingeravtrycket)",
  ]);
  expect(r.pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const pages = pdfPages(r.pdf);
  expect(pages.count).toBeGreaterThanOrEqual(2);
  // A4 landscape is 842 × 595 points.
  expect(new Set(pages.sizes)).toEqual(new Set(["842x595"]));
  expect(r.png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
});

test("several workbooks in one document: a section per file, each starting a new printed page", async () => {
  const html = renderReportsHtml([
    { report: reportOf("seed002.built") },
    { file: "trasig.xlsx", error: "Filen är inte en Excel-arbetsbok (.xlsx)." },
    { report: reportOf("seed004.built") },
  ]);
  const r = await renderToFiles("kontrollrapport-flera", html);
  expect(r.errors).toEqual([]);
  expect(r.requests).toEqual([r.url]);
  expect(pdfPages(r.pdf).count).toBeGreaterThanOrEqual(3);
});

test("the folder report at 500 px: a heading, a total line, and nothing wider than the screen", async () => {
  const html = renderReportsHtml([
    { report: reportOf("seed000.built") },
    { file: "/hem/revisor/budgetar/2020/trasig.xlsx", error: "Filen är inte en Excel-arbetsbok (.xlsx)." },
    { report: reportOf("seed003.built") },
    { report: reportOf("seed004.built") },
  ]);
  const file = path.join(outDir, "kontrollrapport-mapp-500px.html");
  fs.writeFileSync(file, html, "utf8");
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 500, height: 900 });
  await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
  expect(await page.locator("h1").first().textContent()).toBe("Kontrollrapport – 4 arbetsböcker");
  expect(await page.locator("p.total").textContent()).toBe(
    "Totalt i 4 arbetsböcker: 7 fel, 0 varningar, 12 upplysningar; 1 utan budgettabell (inget kontrollerat); 1 kunde inte läsas."
  );
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(500);
  await page.screenshot({ path: path.join(outDir, "kontrollrapport-mapp-500px.png") });
  await page.close();
});
