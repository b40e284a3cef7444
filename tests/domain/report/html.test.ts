// The HTML report: one self-contained Swedish document, every workbook text escaped.
import { analyzeWorkbook } from "../../../src/domain/analyze";
import { buildKontrollrapport, type Kontrollrapport } from "../../../src/domain/report/kontrollrapport";
import { escapeHtml, fileName, renderReportHtml, renderReportsHtml } from "../../../src/domain/report/html";
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

// A file name cannot hold "/" (it would be a folder); "<", ">", "&" and quotes it can.
const html = renderReportHtml(reportOf("seed004.built", `Älv & Kust <img src=x onerror="alert('x')">.xlsx`));

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
    "<title>Kontrollrapport – Älv &amp; Kust &lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;.xlsx</title>"
  );
  expect(html).not.toContain("<img");
  expect(escapeHtml(`<a href='x'>&</a>`)).toBe("&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;");
});

test("the title names the file, not the path it was read from; the path stays in the header block", () => {
  const report = renderReportHtml(reportOf("seed004.built", "/home/revisor/2020/Älv och Kust.xlsx"));
  expect(report).toContain("<title>Kontrollrapport – Älv och Kust.xlsx</title>");
  expect(report).toContain("<h1>Kontrollrapport – Älv och Kust.xlsx</h1>");
  expect(report).toContain("<dd>/home/revisor/2020/Älv och Kust.xlsx</dd>");
  expect(fileName("C:\\budget\\b.xlsx")).toBe("b.xlsx");
});

test("the findings lead with the Swedish description; expected, actual and difference in the table's unit; the rule id last", () => {
  const nb = "\u00a0";
  expect(html).toContain(
    `<td class="sev-error">Fel</td><td>Total summa 2021 är 10${nb}407${nb}tkr men posterna summerar till 10${nb}707${nb}tkr.</td>` +
      `<td>Finansiell ram 2020-2022</td><td class="cell">C37</td>` +
      `<td class="num">2021</td><td class="num">10${nb}707${nb}tkr</td><td class="num">10${nb}407${nb}tkr</td><td class="num">-300${nb}tkr</td>` +
      `<td class="code">sum.mismatch</td>`
  );
  expect(html).not.toContain("(diff 300");
  expect(html).toMatch(
    /<td class="verdict-errors">2 fel<\/td><td>[^<]+<\/td><td>[^<]*<\/td><td class="code">result.mismatch<\/td>/
  );
  expect(html).toMatch(
    /<td class="verdict-not-applicable">ej tillämplig<\/td><td>[^<]+<\/td><td>inga<\/td><td class="code">balance.mismatch<\/td>/
  );
});

test("the fingerprint and its lines", () => {
  const report = reportOf("seed004.built");
  expect(html).toContain(`<span class="digest">${report.fingerprint.digest}</span>`);
  const first = report.fingerprint.figures[0];
  expect(html).toContain(
    `<tr><td>${first.sheet}</td><td>${first.address}</td><td class="num">${first.value}</td></tr>`
  );
});

test("several workbooks: one document with a heading and a total line, contents, a section per file, a read error as its own section", () => {
  const many = renderReportsHtml([
    { report: reportOf("seed000.built", "mapp/seed000.built.xlsx") },
    { file: "mapp/trasig.xlsx", error: "Filen är inte en Excel-arbetsbok (.xlsx)." },
    { report: reportOf("seed003.built") },
  ]);
  expect(many.match(/<section class="file"/g)).toHaveLength(3);
  expect(many.match(/<html/g)).toHaveLength(1);
  expect(many).toContain(
    '<header><h1>Kontrollrapport – 3 arbetsböcker</h1><p class="total">Totalt i 3 arbetsböcker: 3 fel, 0 varningar, 8 upplysningar; ' +
      "1 utan budgettabell (inget kontrollerat); 1 kunde inte läsas.</p></header>"
  );
  expect(many).toContain('<li><a href="#fil-1">mapp/seed000.built.xlsx</a> – 3 fel, 0 varningar, 8 upplysningar</li>');
  expect(many).toContain('<li><a href="#fil-2">mapp/trasig.xlsx</a> – kunde inte läsas</li>');
  expect(many).toContain("<h1>Kontrollrapport – seed000.built.xlsx</h1>");
  // A workbook with no budget is no clean pass: not "0 fel, 0 varningar".
  expect(many).toContain('<li><a href="#fil-3">seed003.built.xlsx</a> – Ingen budgettabell – inget kontrollerat</li>');
  expect(many).toContain(
    '<p class="error">mapp/trasig.xlsx kunde inte läsas: Filen är inte en Excel-arbetsbok (.xlsx).</p>'
  );
  expect(many).toContain("Ingen budgettabell hittades i arbetsboken; inget belopp har kontrollerats.");
});

test("a single workbook with no budget says nothing was checked, not 0 fel", () => {
  const none = renderReportHtml(reportOf("seed003.built"));
  expect(none).toContain("<dt>Sammanfattning</dt><dd>Ingen budgettabell – inget kontrollerat<br>");
  expect(none).not.toContain("0 fel, 0 varningar");
});
