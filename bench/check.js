#!/usr/bin/env node
// Times the whole check (recognise + every rule) on the sample workbook, and recognition and
// the whole check on synthetic budgets of 10 000 and 50 000 rows, paired in one run. Needs lib/
// (npx tsc -p tsconfig.cli.json). Figures, not pass/fail: the aim is 50 000 rows in at most
// 5,5 × the time of 10 000.
"use strict";

const fs = require("fs");
const path = require("path");

const lib = (p) => require(path.join(__dirname, "..", "lib", p));

/** A budget of `rows` line items in blocks of 20, each closed by a Summa, over three years. */
function syntheticBudget(rows) {
  const grid = { name: "Budget 2025", rows: [], merges: [] };
  const text = (v) => ({ value: { type: "string", value: v } });
  const num = (v) => ({ value: { type: "number", value: v } });
  grid.rows.push([text("Budget 2025–2027"), undefined, undefined, undefined]);
  grid.rows.push([text("Kostnader"), text("Budget 2025"), text("Plan 2026"), text("Plan 2027")]);
  const summaRows = [];
  let blockStart = 0;
  const blockSums = [0, 0, 0];
  for (let i = 0; i < rows; i++) {
    if (i % 20 === 0) {
      grid.rows.push([text(`Verksamhet ${i / 20 + 1}`)]);
      blockStart = grid.rows.length + 1;
      blockSums.fill(0);
    }
    const v = [1000 + ((i * 7919) % 90000), 1000 + ((i * 104729) % 90000), 1000 + ((i * 1299709) % 90000)];
    v.forEach((x, k) => (blockSums[k] += x));
    grid.rows.push([text(`Post ${i + 1}`), num(v[0]), num(v[1]), num(v[2])]);
    if (i % 20 === 19 || i === rows - 1) {
      const end = grid.rows.length;
      grid.rows.push([
        text(`Summa verksamhet ${Math.floor(i / 20) + 1}`),
        ...blockSums.map((s, k) => ({ ...num(s), formula: `=SUM(${"BCD"[k]}${blockStart}:${"BCD"[k]}${end})` })),
      ]);
      summaRows.push(grid.rows.length);
    }
  }
  return grid;
}

/** Recognition alone and recognition + every check, timed on one grid; nothing of a run is kept. */
function timeAnalysis(grid) {
  const { recognizeWorkbook } = lib("domain/recognize.js");
  const { analyzeWorkbook } = lib("domain/analyze.js");
  let t = process.hrtime.bigint();
  let tables = recognizeWorkbook([grid]).length;
  const recognizeMs = Number(process.hrtime.bigint() - t) / 1e6;
  tables = 0;
  t = process.hrtime.bigint();
  let analysis = analyzeWorkbook([grid]);
  const checkMs = Number(process.hrtime.bigint() - t) / 1e6;
  const figures = {
    rows: grid.rows.length,
    recognizeMs,
    checkMs,
    tables: analysis.tables.length + tables,
    sums: analysis.tables.reduce((n, tb) => n + tb.rows.filter((r) => r.parts).length, 0),
    findings: analysis.findings.length,
  };
  analysis = undefined;
  return figures;
}

async function run() {
  const { analyzeWorkbook } = lib("domain/analyze.js");
  const { readXlsx } = lib("workbook/xlsx.js");
  const sample = fs.readFileSync(path.join(__dirname, "..", "samples", "finsam-budget-exempel.xlsx"));
  const figures = {};

  let t = process.hrtime.bigint();
  const read = await readXlsx(sample);
  if (!read.ok) throw new Error(read.error.message);
  figures.sampleReadMs = Number(process.hrtime.bigint() - t) / 1e6;
  t = process.hrtime.bigint();
  const rounds = 20;
  let analysis;
  for (let i = 0; i < rounds; i++) analysis = analyzeWorkbook(read.grids);
  figures.sampleCheckMs = Number(process.hrtime.bigint() - t) / 1e6 / rounds;
  figures.sampleTables = analysis.tables.length;
  figures.sampleFindings = analysis.findings.length;

  // 10 000 and 50 000 rows, paired: the sizes alternate so that both see the same machine load.
  analyzeWorkbook([syntheticBudget(500)]);
  const small = syntheticBudget(10000);
  const large = syntheticBudget(50000);
  const runs = { small: [], large: [] };
  for (let i = 0; i < 3; i++) {
    runs.small.push(timeAnalysis(small));
    runs.large.push(timeAnalysis(large));
  }
  const bestOf = (list) => ({
    ...list[0],
    recognizeMs: Math.min(...list.map((r) => r.recognizeMs)),
    checkMs: Math.min(...list.map((r) => r.checkMs)),
  });
  figures.small = bestOf(runs.small);
  figures.large = bestOf(runs.large);
  return figures;
}

function format(f) {
  const line = (r) =>
    `syntetisk budget, ${r.rows} rader × 3 år: igenkänning ${r.recognizeMs.toFixed(0)} ms, igenkänning + kontroller ${r.checkMs.toFixed(0)} ms ` +
    `(${r.tables} tabeller, ${r.sums} summarader, ${r.findings} anmärkningar)`;
  return [
    `exempelarbetsboken: läsning ${f.sampleReadMs.toFixed(0)} ms, igenkänning + kontroller ${f.sampleCheckMs.toFixed(1)} ms ` +
      `(${f.sampleTables} tabeller, ${f.sampleFindings} anmärkningar)`,
    line(f.small),
    line(f.large),
    `50 000 / 10 000 rader: igenkänning ${(f.large.recognizeMs / f.small.recognizeMs).toFixed(2)} ×, ` +
      `igenkänning + kontroller ${(f.large.checkMs / f.small.checkMs).toFixed(2)} × (mål ≤ 5,5 ×)`,
  ].join("\n");
}

module.exports = { run, format, syntheticBudget };

if (require.main === module) {
  run()
    .then((f) => console.log(format(f)))
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
