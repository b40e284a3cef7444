#!/usr/bin/env node
// Times recognition of a synthetic 5 000-row × 30-column budget sheet (labels in A, 29 years
// in B:AD, blocks of 20 posts each closed by a Summa). Needs lib/ (npx tsc -p tsconfig.cli.json).
"use strict";

const path = require("path");

const ROWS = 5000;
const COLUMNS = 30;

function syntheticSheet(rows = ROWS, columns = COLUMNS) {
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

async function run() {
  const { recognizeSheet } = require(path.join(__dirname, "..", "lib", "domain", "recognize.js"));
  const grid = syntheticSheet();
  recognizeSheet(syntheticSheet(200)); // warm up
  const runs = 3;
  const times = [];
  let tables = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    tables = recognizeSheet(grid);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const best = Math.min(...times);
  const figures = {
    rows: grid.rows.length,
    columns: COLUMNS,
    tables: tables.length,
    sums: tables.reduce((n, t) => n + t.rows.filter((r) => r.parts).length, 0),
    bestMs: Math.round(best),
    runsMs: times.map((t) => Math.round(t)),
  };
  return figures;
}

function format(f) {
  return `${f.rows} rader × ${f.columns} kolumner: ${f.tables} tabell(er), ${f.sums} summor, bäst ${f.bestMs} ms (körningar: ${f.runsMs.join(", ")} ms)`;
}

module.exports = { run, format, syntheticSheet };

if (require.main === module) run().then((f) => console.log(format(f)));
