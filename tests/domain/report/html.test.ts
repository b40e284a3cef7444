// The HTML report: one self-contained Swedish document, every workbook text escaped.
import { analyzeWorkbook } from "../../../src/domain/analyze";
import { buildKontrollrapport, type Kontrollrapport } from "../../../src/domain/report/kontrollrapport";
import { escapeHtml, renderReportHtml, renderReportsHtml } from "../../../src/domain/report/html";
import { loadFixtureGrids } from "../../helpers/fixture";

function reportOf(fixture: string, workbookName = `${fixture}.xlsx`): Kontrollrapport {
  const grids = loadFixtureGrids(fixture);
  return buildKontrollrapport({
    workbookName,
    createdAt: "2024-11-05T14:32:07+01:00",
    version: "0.1.0",
    grids,
    ...analyzeWorkbook(grids),
  });
}

const html = renderReportHtml(reportOf("seed004.built", 'Älv & Kust <script>alert("x")</script>.xlsx'));

test("a Swedish document with its CSS inline, print rules included", () => {
  expect(html.startsWith('<!DOCTYPE html>\n<html lang="sv">')).toBe(true);
  expect(html).toContain('<meta charset="utf-8">');
  expect(html).toMatch(/<style>[\s\S]*@media print[\s\S]*<\/style>/);
  expect(html).toContain("@page { size: A4 landscape;");
});

test("nothing to fetch: no script, no link, no image, no URL", () => {
  expect(html).not.toMatch(/<script|<link|<img|<iframe|url\(|https?:\/\//i);
  expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
});

test("the workbook's name is escaped wherever it appears", () => {
  expect(html).toContain(
    "<title>Kontrollrapport – Älv &amp; Kust &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;.xlsx</title>"
  );
  expect(html).not.toContain("<script>alert");
  expect(escapeHtml(`<a href='x'>&</a>`)).toBe("&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;");
});

test("the findings with expected, actual and difference in the table's unit", () => {
  const nb = "\u00a0";
  expect(html).toContain(
    `<td class="sev-error">Fel</td><td class="code">sum.mismatch</td><td>Finansiell ram 2020-2022</td><td class="cell">C37</td>` +
      `<td class="num">2021</td><td class="num">10${nb}707${nb}tkr</td><td class="num">10${nb}407${nb}tkr</td><td class="num">-300${nb}tkr</td>`
  );
  expect(html).toContain(`<td class="verdict-errors">2 fel</td><td class="code">result.mismatch</td>`);
  expect(html).toContain(`<td class="verdict-not-applicable">ej tillämplig</td><td class="code">balance.mismatch</td>`);
});

test("the fingerprint and its lines", () => {
  const report = reportOf("seed004.built");
  expect(html).toContain(`<span class="digest">${report.fingerprint.digest}</span>`);
  const first = report.fingerprint.figures[0];
  expect(html).toContain(
    `<tr><td>${first.sheet}</td><td>${first.address}</td><td class="num">${first.value}</td></tr>`
  );
});

test("several workbooks: one document, contents, a section per file, a read error as its own section", () => {
  const many = renderReportsHtml([
    { report: reportOf("seed000.built") },
    { file: "trasig.xlsx", error: "Filen är inte en Excel-arbetsbok (.xlsx)." },
    { report: reportOf("seed003.built") },
  ]);
  expect(many.match(/<section class="file"/g)).toHaveLength(3);
  expect(many.match(/<html/g)).toHaveLength(1);
  expect(many).toContain('<li><a href="#fil-1">seed000.built.xlsx</a> – 3 fel, 0 varningar, 8 upplysningar</li>');
  expect(many).toContain(
    '<p class="error">trasig.xlsx kunde inte läsas: Filen är inte en Excel-arbetsbok (.xlsx).</p>'
  );
  expect(many).toContain("Ingen budgettabell hittades i arbetsboken; inget belopp har kontrollerats.");
});
