#!/usr/bin/env node
// Checks a folder of 200 workbooks with the CLI, in-process, and prints the time per workbook.
// The workbooks are fixture-like Finsam budgets written with ExcelJS, in four variations: correct
// in kr, in tkr, with a typed Summa that is off, and pasted (amounts as text).
// Needs the compiled CLI: npx tsc -p tsconfig.cli.json (writes lib/). Figures only, no pass or fail.
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");

const WORKBOOKS = 200;

const MEMBERS = [
  ["Försäkringskassan", 2],
  ["Region Örebro län", 1],
  ["Lekebergs kommun", 0.25],
  ["Örebro kommun", 0.75],
];
const COSTS = [
  ["Coachingteamet", 0.45],
  ["Arbetsmarknadsinsatser", 0.2],
  ["Kansli", 0.18],
  ["Styrelse och revision", 0.05],
  ["Lokaler", 0.04],
  ["Utbildning", 0.03],
];

/** One budget: members, costs, Summa rows, Resultat and the eget kapital chain over three years. */
async function writeBudget(file, i) {
  const ExcelJS = require("exceljs");
  const variant = i % 4;
  const unit = variant === 1 ? "tkr" : "kr";
  const scale = unit === "tkr" ? 1 : 1000;
  const asText = variant === 3;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(`Budget ${2024 + (i % 3)}`);
  const years = [2024, 2025, 2026];
  const base = 4000 + (i % 50) * 16; // medlemsbidrag in tkr, a multiple of 16 so every share is whole
  const amount = (tkr) => Math.round(tkr) * scale;
  const figures = new Map(); // "row:column" → the number the cell stands for
  const put = (row, column, value) => {
    figures.set(`${row}:${column}`, value);
    const cell = ws.getCell(row, column);
    cell.value = asText && typeof value === "number" ? `${value.toLocaleString("sv-SE")} ${unit}` : value;
  };
  ws.getCell("A1").value = `Budget och plan ${years[0]}–${years[2]}, belopp i ${unit}`;
  ws.getCell("A1").font = { bold: true };
  ws.getCell("A3").value = "Budget";
  years.forEach((y, c) => (ws.getCell(3, c + 2).value = c === 0 ? `Budget ${y}` : `Plan ${y}`));
  ws.getCell("A4").value = "INTÄKTER";
  let r = 5;
  const incomeRows = [];
  for (const [name, quarters] of MEMBERS) {
    ws.getCell(r, 1).value = name;
    years.forEach((_, c) => put(r, c + 2, amount((base * quarters) / 4)));
    incomeRows.push(r++);
  }
  const sum = (rows, c) => rows.reduce((s, row) => s + (figures.get(`${row}:${c}`) ?? 0), 0);
  const summaRow = (label, rows, wrongBy = 0) => {
    ws.getCell(r, 1).value = label;
    ws.getCell(r, 1).font = { bold: true };
    years.forEach((_, c) => {
      const col = c + 2;
      const total = sum(rows, col);
      const letter = String.fromCharCode(65 + col - 1);
      figures.set(`${r}:${col}`, total + wrongBy);
      if (asText) put(r, col, total + wrongBy);
      else if (wrongBy) ws.getCell(r, col).value = total + wrongBy;
      else
        ws.getCell(r, col).value = {
          formula: `SUM(${letter}${rows[0]}:${letter}${rows[rows.length - 1]})`,
          result: total,
        };
    });
    return r++;
  };
  const income = summaRow("Summa intäkter", incomeRows);
  ws.getCell(++r, 1).value = "KOSTNADER";
  r++;
  const costRows = [];
  for (const [name, share] of COSTS) {
    ws.getCell(r, 1).value = name;
    years.forEach((_, c) => put(r, c + 2, amount(base * share * (1 + 0.02 * c))));
    costRows.push(r++);
  }
  const cost = summaRow("Summa kostnader", costRows, variant === 2 ? 1000 * scale : 0);
  r++;
  ws.getCell(r, 1).value = "Resultat";
  const results = years.map((_, c) => sum([income], c + 2) - sum([cost], c + 2));
  years.forEach((_, c) => put(r, c + 2, results[c]));
  r++;
  ws.getCell(r, 1).value = "Eget kapital ingående";
  let equity = amount(base * 0.3);
  const out = [];
  years.forEach((_, c) => {
    put(r, c + 2, equity);
    equity += results[c];
    out.push(equity);
  });
  r++;
  ws.getCell(r, 1).value = "Eget kapital utgående";
  years.forEach((_, c) => put(r, c + 2, out[c]));
  ws.getColumn(1).width = 32;
  fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
}

/** Runs main(argv) with stdout and stderr captured; returns the exit code and the output's size. */
async function runQuietly(main, argv) {
  const write = { out: process.stdout.write, err: process.stderr.write };
  let bytes = 0;
  process.stdout.write = (chunk) => ((bytes += String(chunk).length), true);
  process.stderr.write = () => true;
  try {
    return { code: await main(argv), bytes };
  } finally {
    process.stdout.write = write.out;
    process.stderr.write = write.err;
  }
}

async function run() {
  const { main } = require("../lib/cli/main.js");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "finsam-bench-folder-"));
  try {
    const started = process.hrtime.bigint();
    for (let i = 0; i < WORKBOOKS; i++) {
      const sub = path.join(dir, `forbund-${String(i % 10).padStart(2, "0")}`);
      fs.mkdirSync(sub, { recursive: true });
      await writeBudget(path.join(sub, `budget-${String(i).padStart(3, "0")}.xlsx`), i);
    }
    const generateMs = Number(process.hrtime.bigint() - started) / 1e6;
    const figures = { workbooks: WORKBOOKS, generateMs: Math.round(generateMs), formats: {} };
    // One subfolder (20 workbooks) first, untimed: module loading and the JIT's warm-up are not per-workbook costs.
    await runQuietly(main, [path.join(dir, "forbund-00")]);
    for (const format of ["text", "json", "html"]) {
      const t0 = process.hrtime.bigint();
      const result = await runQuietly(main, ["--format", format, dir]);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      figures.formats[format] = {
        exitCode: result.code,
        totalMs: Math.round(ms),
        msPerWorkbook: Math.round((ms / WORKBOOKS) * 10) / 10,
        outputKiB: Math.round(result.bytes / 1024),
      };
    }
    return figures;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function format(figures) {
  const lines = [`${figures.workbooks} arbetsböcker skrivna på ${figures.generateMs} ms`];
  for (const [name, f] of Object.entries(figures.formats)) {
    lines.push(
      `--format ${name.padEnd(4)}: ${f.totalMs} ms totalt, ${f.msPerWorkbook} ms per arbetsbok, ${f.outputKiB} KiB utdata, slutkod ${f.exitCode}`
    );
  }
  return lines.join("\n");
}

module.exports = { run, format };

if (require.main === module) {
  run()
    .then((figures) => console.log(format(figures)))
    .catch((err) => {
      console.error(err);
      process.exitCode = 1;
    });
}
