#!/usr/bin/env node
// Times readXlsx on a 20 000-row × 20-column workbook and samples the peak RSS.
// Needs the compiled adapter: npx tsc -p tsconfig.cli.json (writes lib/).
// Prints figures only; there is no pass or fail.
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");

const ROWS = 20000;
const COLUMNS = 20;
const MB = 1024 * 1024;

function benchFile() {
  return path.join(os.tmpdir(), `finsam-bench-${ROWS}x${COLUMNS}.xlsx`);
}

/** Labels in A, amounts in B–S (every seventh one as text, as pasted), a SUM in T. */
async function generate(file) {
  const ExcelJS = require("exceljs");
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet("Budget");
  for (let r = 1; r <= ROWS; r++) {
    const values = [`Post ${r}`];
    let sum = 0;
    for (let c = 2; c < COLUMNS; c++) {
      const amount = ((r * 7919 + c * 104729) % 1000000) + 1000;
      if ((r + c) % 7 === 0) {
        values.push(`${amount.toLocaleString("sv-SE")} kr`);
      } else {
        values.push(amount);
        sum += amount;
      }
    }
    values.push({ formula: `SUM(B${r}:S${r})`, result: sum });
    ws.addRow(values).commit();
  }
  ws.commit();
  await wb.commit();
}

/** Generates the workbook in a child process, so its memory does not count against the read. */
function ensureFile(file) {
  if (fs.existsSync(file)) return;
  const child = spawnSync(process.execPath, [__filename, "--generate", file], { stdio: "inherit" });
  if (child.status !== 0) throw new Error(`generating ${file} failed`);
}

async function run() {
  const { readXlsx } = require(path.join(__dirname, "..", "lib", "workbook", "xlsx.js"));
  const file = benchFile();
  ensureFile(file);
  const bytes = fs.readFileSync(file);
  if (global.gc) global.gc();
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  const start = process.hrtime.bigint();
  const result = await readXlsx(bytes);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  if (!result.ok) throw new Error(result.error.message);
  const cells = result.grids.reduce((n, g) => n + g.rows.reduce((m, row) => m + row.filter(Boolean).length, 0), 0);
  return {
    rows: ROWS,
    columns: COLUMNS,
    fileBytes: bytes.length,
    cells,
    seconds,
    rssBeforeMB: rssBefore / MB,
    peakRssMB: peak / MB,
  };
}

function format(f) {
  return (
    `read ${f.rows}×${f.columns} xlsx (${(f.fileBytes / MB).toFixed(1)} MB, ${f.cells} cells): ` +
    `${f.seconds.toFixed(2)} s, peak RSS ${Math.round(f.peakRssMB)} MB (${Math.round(f.rssBeforeMB)} MB before)`
  );
}

module.exports = { run, format, generate, benchFile };

if (require.main === module) {
  const args = process.argv.slice(2);
  const job =
    args[0] === "--generate" ? generate(args[1]) : run().then((figures) => console.log(format(figures)));
  job.catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
