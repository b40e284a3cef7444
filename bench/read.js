#!/usr/bin/env node
// Reading .xlsx, paired in the same run with a bare baseline: zlib's inflate of every worksheet and
// one pass over its XML counting <c> elements. At 2 000, 20 000 and 100 000 rows × 20 columns, each
// side in its own child process: time (best of several reads in one process, and the first, cold)
// and peak RSS (after one read). Then the CLI on the sample against `node -e 0`, and the CLI on small
// hostile files (peak RSS, exit code). Needs lib/ (npx tsc -p tsconfig.cli.json). Figures only.
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const zlib = require("zlib");
const { spawnSync } = require("child_process");
const hostile = require("./hostile.js");

const SIZES = [2000, 20000, 100000];
const COLUMNS = 20;
const MB = 1024 * 1024;
const ROOT = path.resolve(__dirname, "..");
const SAMPLE = path.join(ROOT, "samples", "finsam-budget-exempel.xlsx");

function benchFile(rows = 20000) {
  return path.join(os.tmpdir(), `finsam-bench-${rows}x${COLUMNS}.xlsx`);
}

/** Labels in A, amounts in B–S (every seventh one as text, as pasted), a SUM in T. */
async function generate(file, rows) {
  const ExcelJS = require("exceljs");
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet("Budget");
  for (let r = 1; r <= rows; r++) {
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

/** Generates the workbook in a child process, so its memory does not count against a read. */
function ensureFile(file, rows) {
  if (fs.existsSync(file)) return;
  const child = spawnSync(process.execPath, [__filename, "--generate", file, String(rows)], { stdio: "inherit" });
  if (child.status !== 0) throw new Error(`generating ${file} failed`);
}

/** The baseline: every worksheet inflated whole and scanned once for "<c". Returns the cell count. */
function baselineRead(data) {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let eocd = data.length - 22;
  while (view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  let p = view.getUint32(eocd + 16, true);
  let cells = 0;
  for (let i = view.getUint16(eocd + 10, true); i > 0; i--) {
    const nameLength = view.getUint16(p + 28, true);
    const name = data.toString("utf8", p + 46, p + 46 + nameLength);
    const local = view.getUint32(p + 42, true);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) {
      const xml = zlib.inflateRawSync(data.subarray(start, start + view.getUint32(p + 20, true)));
      for (let j = 0; j < xml.length - 2; j++) {
        if (xml[j] === 0x3c && xml[j + 1] === 0x63 && (xml[j + 2] === 0x20 || xml[j + 2] === 0x3e)) cells++;
      }
    }
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return cells;
}

async function readerRead(data) {
  const { readXlsx } = require(path.join(ROOT, "lib", "workbook", "xlsxRead.js"));
  const { zlibInflater } = require(path.join(ROOT, "lib", "workbook", "inflateNode.js"));
  const result = await readXlsx(data, { inflate: zlibInflater });
  if (!result.ok) throw new Error(result.error.message);
  let cells = 0;
  for (const grid of result.grids) for (const row of grid.rows) row.forEach(() => cells++);
  return cells;
}

/** In a child: reads the file `reads` times; the first read's peak RSS, the first and the best time. */
async function measureHere(mode, file, reads) {
  const data = fs.readFileSync(file);
  const read = mode === "baseline" ? async (d) => baselineRead(d) : readerRead;
  const times = [];
  let cells = 0;
  let peakMB = 0;
  for (let i = 0; i < reads; i++) {
    const start = process.hrtime.bigint();
    cells = await read(data);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (i === 0) peakMB = hostile.peakMB();
  }
  return { cells, firstMs: times[0], bestMs: Math.min(...times), peakMB };
}

function measure(mode, file, reads) {
  const child = spawnSync(process.execPath, ["--expose-gc", __filename, "--measure", mode, file, String(reads)], {
    encoding: "utf8",
    maxBuffer: 10 * MB,
  });
  if (child.status !== 0) throw new Error(`${mode} on ${file} failed: ${child.stderr}`);
  return JSON.parse(child.stdout);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Wall time of a command, median of alternating runs. */
function cliAgainstNode(runs = 7) {
  const node = [];
  const cli = [];
  for (let i = 0; i < runs; i++) {
    for (const [args, into] of [
      [["-e", "0"], node],
      [[path.join(ROOT, "bin", "finsam-check.js"), SAMPLE], cli],
    ]) {
      const start = process.hrtime.bigint();
      spawnSync(process.execPath, args, { stdio: "ignore" });
      into.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return { nodeMs: median(node), cliMs: median(cli), ratio: median(cli) / median(node) };
}

async function run() {
  const figures = { sizes: [] };
  for (const rows of SIZES) {
    const file = benchFile(rows);
    ensureFile(file, rows);
    const reads = rows >= 100000 ? 3 : rows >= 20000 ? 5 : 15;
    const baseline = measure("baseline", file, reads);
    const reader = measure("reader", file, reads);
    figures.sizes.push({
      rows,
      fileMB: fs.statSync(file).size / MB,
      baseline,
      reader,
      timeRatio: reader.bestMs / baseline.bestMs,
      firstTimeRatio: reader.firstMs / baseline.firstMs,
      memoryRatio: reader.peakMB / baseline.peakMB,
    });
  }
  figures.cli = cliAgainstNode();
  figures.hostile = await hostile.run();
  return figures;
}

function format(f) {
  const lines = ["läsning mot baslinje (zlib + en genomläsning av bladens XML), var för sig i egen process:"];
  for (const s of f.sizes) {
    lines.push(
      `  ${String(s.rows).padStart(6)} rader × ${COLUMNS} (${s.fileMB.toFixed(1)} MB, ${s.reader.cells} celler): ` +
        `läsaren ${s.reader.bestMs.toFixed(0)} ms (först ${s.reader.firstMs.toFixed(0)}), baslinjen ${s.baseline.bestMs.toFixed(0)} ms ` +
        `(först ${s.baseline.firstMs.toFixed(0)}) → ${s.timeRatio.toFixed(2)}× (kall ${s.firstTimeRatio.toFixed(2)}×); ` +
        `topp-RSS ${s.reader.peakMB.toFixed(0)} MB mot ${s.baseline.peakMB.toFixed(0)} MB → ${s.memoryRatio.toFixed(2)}×`
    );
  }
  lines.push(
    `CLI på exempelarbetsboken: ${f.cli.cliMs.toFixed(0)} ms mot node -e 0 ${f.cli.nodeMs.toFixed(0)} ms → ${f.cli.ratio.toFixed(2)}×`
  );
  lines.push(hostile.format(f.hostile));
  return lines.join("\n");
}

module.exports = { run, format, generate, benchFile };

if (require.main === module) {
  const args = process.argv.slice(2);
  let job;
  if (args[0] === "--generate") job = generate(args[1], Number(args[2] ?? 20000));
  else if (args[0] === "--measure")
    job = measureHere(args[1], args[2], Number(args[3])).then((r) => process.stdout.write(JSON.stringify(r)));
  else job = run().then((figures) => console.log(format(figures)));
  job.catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
