#!/usr/bin/env node
// Recognition on synthetic budget sheets (labels in A, 29 years in B:AD, blocks of 20 posts
// each closed by a Summa) at 10 000 and 50 000 rows, paired in one run, and the peak memory of
// a sheet whose one stray cell sits in XFD1048576. Needs lib/ (npx tsc -p tsconfig.cli.json).
// Figures, not pass/fail: the aim is 50 000 rows in at most 5,5 × the time of 10 000.
"use strict";

const path = require("path");
const { execFileSync } = require("child_process");

const COLUMNS = 30;
const LIB = path.join(__dirname, "..", "lib", "domain", "recognize.js");

function syntheticSheet(rows, columns = COLUMNS) {
  const text = (v) => ({ value: { type: "string", value: v } });
  const num = (v) => ({ value: { type: "number", value: v } });
  const years = columns - 1;
  const grid = { name: "Budget", rows: [], merges: [] };
  grid.rows.push([text("Budget och plan (kr)")]);
  grid.rows.push([text("Kostnader"), ...Array.from({ length: years }, (_, k) => num(2000 + k))]);
  let block = [];
  while (grid.rows.length < rows) {
    if (block.length === 0) grid.rows.push([text(`Verksamhet ${grid.rows.length}`)]);
    const values = Array.from({ length: years }, (_, k) => 1000 + ((grid.rows.length * 7919 + k * 104729) % 90000));
    grid.rows.push([text(`Post ${grid.rows.length}`), ...values.map(num)]);
    block.push(values);
    if (block.length === 20) {
      const sums = Array.from({ length: years }, (_, k) => block.reduce((s, v) => s + v[k], 0));
      grid.rows.push([text("Summa"), ...sums.map(num)]);
      block = [];
    }
  }
  return grid;
}

/** Best of `runs` timings of fn, in ms: wall time, and this process's CPU time (less swayed by other work). */
function best(fn, runs) {
  const times = [];
  const cpus = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    result = fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  return { ms: Math.min(...times), cpuMs: Math.min(...cpus), result };
}

/** Peak memory (max RSS, MB) of a fresh process that recognises a sheet with one cell in XFD1048576. */
function strayCellPeak() {
  const script = `
    const { recognizeSheet } = require(${JSON.stringify(LIB)});
    const base = process.resourceUsage().maxRSS;
    const rows = new Array(1048576);
    rows[0] = [{ value: { type: "string", value: "Budget 2024" } }, { value: { type: "number", value: 2024 } }];
    rows[1] = [{ value: { type: "string", value: "Medlemsbidrag" } }, { value: { type: "number", value: 4000000 } }];
    const last = new Array(16384);
    last[16383] = { value: { type: "string", value: "x" } };
    rows[1048575] = last;
    const start = process.hrtime.bigint();
    const tables = recognizeSheet({ name: "XFD", rows, merges: [] });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    console.log(JSON.stringify({ baseMB: base / 1024, peakMB: process.resourceUsage().maxRSS / 1024, ms, tables: tables.length }));
  `;
  const out = execFileSync(process.execPath, ["-e", script], { encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").pop());
}

async function run() {
  const { recognizeSheet } = require(LIB);
  const small = syntheticSheet(10000);
  const large = syntheticSheet(50000);
  // Warm up on both sizes (the JIT, the heap), then pair: the sizes alternate, first one then
  // the other leading, so that both see the same machine load; the best run of each counts.
  recognizeSheet(small);
  recognizeSheet(large);
  const a = [];
  const b = [];
  const cpuA = [];
  const cpuB = [];
  let tablesSmall = [];
  let tablesLarge = [];
  for (let i = 0; i < 4; i++) {
    const order = i % 2 === 0 ? ["small", "large"] : ["large", "small"];
    for (const size of order) {
      const run = best(() => recognizeSheet(size === "small" ? small : large), 1);
      if (size === "small") {
        a.push(run.ms);
        cpuA.push(run.cpuMs);
        tablesSmall = run.result;
      } else {
        b.push(run.ms);
        cpuB.push(run.cpuMs);
        tablesLarge = run.result;
      }
    }
  }
  const smallMs = Math.min(...a);
  const largeMs = Math.min(...b);
  return {
    columns: COLUMNS,
    small: { rows: small.rows.length, ms: smallMs, tables: tablesSmall.length, runs: a },
    large: { rows: large.rows.length, ms: largeMs, tables: tablesLarge.length, runs: b },
    ratio: largeMs / smallMs,
    cpuRatio: Math.min(...cpuB) / Math.min(...cpuA),
    stray: strayCellPeak(),
  };
}

function format(f) {
  const ms = (x) => `${Math.round(x)} ms`;
  return [
    `${f.small.rows} rader × ${f.columns} kolumner: ${ms(f.small.ms)} (${f.small.tables} tabell(er); körningar ${f.small.runs.map(ms).join(", ")})`,
    `${f.large.rows} rader × ${f.columns} kolumner: ${ms(f.large.ms)} (${f.large.tables} tabell(er); körningar ${f.large.runs.map(ms).join(", ")})`,
    `50 000 / 10 000 rader: ${f.ratio.toFixed(2)} × (processens CPU-tid: ${f.cpuRatio.toFixed(2)} ×; mål ≤ 5,5 ×)`,
    `en cell i XFD1048576: ${ms(f.stray.ms)}, toppminne ${Math.round(f.stray.peakMB)} MB (${Math.round(f.stray.baseMB)} MB före arket), ${f.stray.tables} tabell(er)`,
  ].join("\n");
}

module.exports = { run, format, syntheticSheet };

if (require.main === module) run().then((f) => console.log(format(f)));
