#!/usr/bin/env node
// The AggreCol benchmark (Jiang, Vitagliano, Hameed, Naumann, "Aggregation Detection in CSV
// Files", HPI): 466 real tables with every aggregation annotated. Runs each table through the
// engine's general layer (src/domain/tables) and scores its Sum aggregations: a prediction counts
// when its total cell and its set of part cells match an annotated Sum (empty cells left out on
// both sides); a prediction whose total is annotated with another operator, or not at all, is a
// false positive. Figures per shape (parts above the total, parts below it, across a row), per
// file and overall. Reads ../shared/benchmarks relative to the repository (FINSAM_SHARED overrides).
// Needs lib/ (npx tsc -p tsconfig.cli.json). Not run by CI.
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const lib = (p) => require(path.join(__dirname, "..", "lib", p));
const SHARED = process.env.FINSAM_SHARED || path.resolve(__dirname, "..", "..", "shared");
const FILES = ["validation_a1.jsonl.gz", "unseen_a1.jsonl.gz"];
const SHAPES = ["above", "below", "row"];
const BASELINE =
  "Före (issue 11): 2,4 % av tabellerna igenkända, 113 summor förutsagda, en tredjedel fel. AggreCol: precision 81,6 %, recall 68,4 %.";

/** A cell string as a number under the table's number format ("Comma Point" = 1,234.5), or undefined. */
function parseNumber(raw, format) {
  let t = String(raw)
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .trim();
  if (t === "") return undefined;
  let negative = false;
  const paren = /^\((.*)\)$/.exec(t);
  if (paren) {
    negative = true;
    t = paren[1].trim();
  }
  if (/^[-\u2212\u2013]/.test(t)) {
    negative = !negative;
    t = t.slice(1).trim();
  }
  const [thousands, decimal] = {
    "Comma Point": [",", "."],
    "Space Comma": [" ", ","],
    "None Point": ["", "."],
    "Space Point": [" ", "."],
    "None Comma": ["", ","],
    "Point Comma": [".", ","],
  }[format] || ["", "."];
  if (thousands) t = t.split(thousands).join("");
  if (decimal === ",") t = t.replace(",", ".");
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(t)) return undefined;
  const decimals = t.includes(".") ? t.length - t.indexOf(".") - 1 : 0;
  return { value: Number((negative ? "-" : "") + t), decimals };
}

function gridOf(table) {
  const rows = table.grid.map((line) =>
    line.map((raw) => {
      if (raw === null || raw === undefined || String(raw).trim() === "") return undefined;
      const n = parseNumber(raw, table.number_format);
      if (n && Number.isFinite(n.value))
        return {
          value: { type: "number", value: n.value },
          numberFormat: n.decimals ? `0.${"0".repeat(n.decimals)}` : "0",
        };
      return { value: { type: "string", value: String(raw) } };
    })
  );
  return { name: table.sheet || "Sheet1", rows, merges: [] };
}

function cellRC(a1) {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  let c = 0;
  for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]), c];
}

function shapeOf(total, parts) {
  const [tr, tc] = cellRC(total);
  const rc = parts.map(cellRC);
  if (rc.every(([, c]) => c === tc))
    return rc.every(([r]) => r < tr) ? "above" : rc.every(([r]) => r > tr) ? "below" : "mixed";
  if (rc.every(([r]) => r === tr)) return "row";
  return "mixed";
}

function isEmpty(table, a1) {
  const [r, c] = cellRC(a1);
  const v = (table.grid[r - 1] || [])[c - 1];
  return v === undefined || v === null || String(v).trim() === "";
}

function partKey(table, parts) {
  return parts
    .filter((p) => !isEmpty(table, p))
    .sort()
    .join(",");
}

function predict(table) {
  const { findTables, inferAggregations } = lib("domain/tables/index.js");
  const { judgeTable, listed } = lib("domain/tables/judge.js");
  const { cellsAt } = lib("domain/tables/cells.js");
  const out = new Map();
  for (const t of findTables(gridOf(table))) {
    const arithmetic = judgeTable(t, inferAggregations(t));
    for (const i of listed(arithmetic)) {
      const sum = asSum(cellsAt(t, i.aggregation, i.series));
      if (sum) out.set(`${sum.total}|${[...sum.parts].sort().join(",")}`, sum);
    }
  }
  return [...out.values()];
}

/**
 * An aggregation as a Sum: as it is when every sign is +1; a difference T = P − N1 − … with one
 * positive part as P = T + N1 + … (the same identity, the form AggreCol annotates, and the one its
 * own code turns subtractions into); undefined for any other mix of signs.
 */
function asSum(cells) {
  if (cells.signs.every((s) => s > 0)) return cells;
  const plus = cells.parts.filter((_, i) => cells.signs[i] > 0);
  if (plus.length !== 1) return undefined;
  return { total: plus[0], parts: [cells.total, ...cells.parts.filter((_, i) => cells.signs[i] < 0)], signs: [] };
}

function emptyScore() {
  const s = { tp: 0, predicted: 0, annotated: 0, found: 0 };
  return s;
}

function scoreTable(table, score) {
  const sums = new Map();
  const otherOps = new Set();
  for (const a of table.aggregations) {
    if (a.op !== "Sum") {
      otherOps.add(a.total);
      continue;
    }
    const key = `${a.total}|${partKey(table, a.parts)}`;
    sums.set(key, { shape: shapeOf(a.total, a.parts), matched: false });
  }
  for (const a of sums.values()) {
    score.overall.annotated++;
    score[a.shape].annotated++;
  }
  const predictions = predict(table);
  for (const p of predictions) {
    const shape = shapeOf(p.total, p.parts);
    const hit = sums.get(`${p.total}|${partKey(table, p.parts)}`);
    score.overall.predicted++;
    score[shape].predicted++;
    if (hit && !hit.matched) {
      hit.matched = true;
      score.overall.tp++;
      score[shape].tp++;
      score.overall.found++;
      score[hit.shape].found++;
    }
  }
  return predictions.length > 0;
}

function readTables(file) {
  const text = zlib.gunzipSync(fs.readFileSync(file)).toString("utf8");
  return text
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

const pct = (a, b) => (b === 0 ? "–" : `${((100 * a) / b).toFixed(1)} %`);

async function run() {
  const dir = path.join(SHARED, "benchmarks", "aggrecol", "derived");
  const figures = {};
  const total = { tables: 0, recognised: 0, ms: 0 };
  const all = Object.fromEntries([...SHAPES, "mixed", "overall"].map((s) => [s, emptyScore()]));
  for (const name of FILES) {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) {
      figures[name] = `saknas: ${file}`;
      continue;
    }
    const score = Object.fromEntries([...SHAPES, "mixed", "overall"].map((s) => [s, emptyScore()]));
    let recognised = 0;
    const tables = readTables(file);
    const t0 = process.hrtime.bigint();
    for (const table of tables) if (scoreTable(table, score)) recognised++;
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    figures[name] = { tables: tables.length, recognised, ms: Math.round(ms), score };
    total.tables += tables.length;
    total.recognised += recognised;
    total.ms += ms;
    for (const k of Object.keys(all)) for (const f of Object.keys(all[k])) all[k][f] += score[k][f];
  }
  figures.all = { tables: total.tables, recognised: total.recognised, ms: Math.round(total.ms), score: all };
  return figures;
}

function format(figures) {
  const lines = [BASELINE];
  for (const [name, f] of Object.entries(figures)) {
    if (typeof f === "string") {
      lines.push(`${name}: ${f}`);
      continue;
    }
    lines.push(
      `\n${name === "all" ? "Båda filerna" : name}: ${f.tables} tabeller, ${pct(f.recognised, f.tables)} med minst en summa, ${f.ms} ms`
    );
    lines.push("  form        precision   recall      (rätt / förutsagda, hittade / annoterade)");
    for (const shape of [...SHAPES, "mixed", "overall"]) {
      const s = f.score[shape];
      lines.push(
        `  ${shape.padEnd(10)}  ${pct(s.tp, s.predicted).padStart(9)}   ${pct(s.found, s.annotated).padStart(9)}   (${s.tp} / ${s.predicted}, ${s.found} / ${s.annotated})`
      );
    }
  }
  return lines.join("\n");
}

module.exports = { run, format, parseNumber, predict, gridOf };

if (require.main === module) {
  run().then((f) => console.log(format(f)));
}
