#!/usr/bin/env node
// Times the whole check (recognise + every rule) on the sample workbook, and recognition and
// the whole check on synthetic budgets of 10 000 and 50 000 rows, paired in one run. Needs lib/
// (npx tsc -p tsconfig.cli.json). Figures, not pass/fail: the aim is 50 000 rows in at most
// 5,5 × the time of 10 000.
"use strict";

const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");

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
  // Wall time, and this process's CPU time (less swayed by other work on the machine).
  const cpuMs = (since) => {
    const u = process.cpuUsage(since);
    return (u.user + u.system) / 1000;
  };
  let t = process.hrtime.bigint();
  let cpu = process.cpuUsage();
  let tables = recognizeWorkbook([grid]).length;
  const recognizeMs = Number(process.hrtime.bigint() - t) / 1e6;
  const recognizeCpuMs = cpuMs(cpu);
  tables = 0;
  t = process.hrtime.bigint();
  cpu = process.cpuUsage();
  let analysis = analyzeWorkbook([grid]);
  const checkMs = Number(process.hrtime.bigint() - t) / 1e6;
  const checkCpuMs = cpuMs(cpu);
  const figures = {
    rows: grid.rows.length,
    recognizeMs,
    checkMs,
    recognizeCpuMs,
    checkCpuMs,
    tables: analysis.tables.length + tables,
    sums: analysis.tables.reduce((n, tb) => n + tb.rows.filter((r) => r.parts).length, 0),
    findings: analysis.findings.length,
  };
  analysis = undefined;
  return figures;
}

/** Four rounds of 10 000 and 50 000 rows, alternating which leads; the best of each size. */
function pairedRuns(measure) {
  const runs = { small: [], large: [] };
  for (let i = 0; i < 4; i++) {
    const order = i % 2 === 0 ? ["small", "large"] : ["large", "small"];
    for (const size of order) runs[size].push(measure(size === "small" ? 10000 : 50000));
  }
  const bestOf = (list) => ({
    ...list[0],
    recognizeMs: Math.min(...list.map((r) => r.recognizeMs)),
    checkMs: Math.min(...list.map((r) => r.checkMs)),
    recognizeCpuMs: Math.min(...list.map((r) => r.recognizeCpuMs)),
    checkCpuMs: Math.min(...list.map((r) => r.checkCpuMs)),
  });
  return { small: bestOf(runs.small), large: bestOf(runs.large) };
}

/** timeAnalysis on a synthetic budget of `rows` rows, in a fresh process warmed up on 500 rows. */
function timeInChild(rows) {
  const script = `
    const bench = require(${JSON.stringify(__filename)});
    bench.timeAnalysis(bench.syntheticBudget(500));
    console.log(JSON.stringify(bench.timeAnalysis(bench.syntheticBudget(${rows}))));
  `;
  const out = execFileSync(process.execPath, ["-e", script], { encoding: "utf8", maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split("\n").pop());
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

  // 10 000 and 50 000 rows, paired: the sizes alternate, first one then the other leading, so
  // that both see the same machine load; the best run of each counts. Once in this process
  // (warm, both grids on one heap) and once in a fresh process per run (as the CLI runs).
  const small = syntheticBudget(10000);
  const large = syntheticBudget(50000);
  timeAnalysis(small);
  timeAnalysis(large);
  const warm = pairedRuns((rows) => timeAnalysis(rows === 10000 ? small : large));
  const fresh = pairedRuns(timeInChild);
  figures.small = warm.small;
  figures.large = warm.large;
  figures.freshSmall = fresh.small;
  figures.freshLarge = fresh.large;
  return figures;
}

function format(f) {
  const line = (r) =>
    `syntetisk budget, ${r.rows} rader × 3 år: igenkänning ${r.recognizeMs.toFixed(0)} ms, igenkänning + kontroller ${r.checkMs.toFixed(0)} ms ` +
    `(${r.tables} tabeller, ${r.sums} summarader, ${r.findings} anmärkningar)`;
  const ratio = (small, large) =>
    `igenkänning ${(large.recognizeMs / small.recognizeMs).toFixed(2)} ×, ` +
    `igenkänning + kontroller ${(large.checkMs / small.checkMs).toFixed(2)} × ` +
    `(processens CPU-tid: ${(large.recognizeCpuMs / small.recognizeCpuMs).toFixed(2)} ×, ` +
    `${(large.checkCpuMs / small.checkCpuMs).toFixed(2)} ×; mål ≤ 5,5 ×)`;
  return [
    `exempelarbetsboken: läsning ${f.sampleReadMs.toFixed(0)} ms, igenkänning + kontroller ${f.sampleCheckMs.toFixed(1)} ms ` +
      `(${f.sampleTables} tabeller, ${f.sampleFindings} anmärkningar)`,
    `i samma process, varm:`,
    line(f.small),
    line(f.large),
    `50 000 / 10 000 rader: ${ratio(f.small, f.large)}`,
    `en ny process per körning:`,
    line(f.freshSmall),
    line(f.freshLarge),
    `50 000 / 10 000 rader: ${ratio(f.freshSmall, f.freshLarge)}`,
  ].join("\n");
}

module.exports = { run, format, syntheticBudget, timeAnalysis };

if (require.main === module) {
  run()
    .then((f) => console.log(format(f)))
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
