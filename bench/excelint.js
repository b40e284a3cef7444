#!/usr/bin/env node
// The ExceLint / CUSTODES benchmark (70 EUSES workbooks, 700 labelled formula-error cells) through
// the whole engine: read with the project's xlsx reader, analyzeWorkbook, and every error or
// warning finding counts as a flagged cell (info says nothing is wrong), except the two rules that
// report what the benchmark's authors classed as smells and left out of the 700 formula errors
// (a total typed as a constant, "cwfe"; a number stored as text); the figures with them follow
// on one line. Scored as the ExceLint
// paper does (OOPSLA 2018, §5.4): per workbook precision TP/(TP+FP), 1 when nothing is flagged,
// 0 when a bug-free workbook gets a flag; recall TP/(TP+FN); means over workbooks, and pooled
// over cells. A labelled "bug dual" counts both of its sides as bugs, so every labelled cell is
// one positive (the paper counts a dual once, at the smaller side).
// The workbooks live in ../shared/benchmarks/excelint (FINSAM_SHARED overrides ../shared).
// Needs lib/ (npx tsc -p tsconfig.cli.json). Figures, not pass/fail.
"use strict";

const fs = require("fs");
const path = require("path");

const lib = (p) => require(path.join(__dirname, "..", "lib", p));
/** Rules whose findings are smells by the benchmark's own classes, not formula errors. */
const SMELLS = new Set(["formula.hardcoded-total", "number.as-text"]);
const PUBLISHED = {
  ExceLint: { precision: 64.1, recall: 62.1 },
  CUSTODES: { precision: 20.3, recall: 61.2 },
};

function sharedDir() {
  return process.env.FINSAM_SHARED || path.resolve(__dirname, "..", "..", "shared");
}

function columnNumber(letters) {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const key = (sheet, column, row) => `${sheet.trim()}|${column}|${row}`;

/** workbook → key → bug kind, from annotations.json (ranges expanded). */
function bugKinds(annotations) {
  const kinds = new Map();
  for (const a of annotations) {
    const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(a.Address.trim());
    if (!m) continue;
    const [c1, r1] = [columnNumber(m[1]), Number(m[2])];
    const [c2, r2] = m[3] ? [columnNumber(m[3]), Number(m[4])] : [c1, r1];
    if (!kinds.has(a.Workbook)) kinds.set(a.Workbook, new Map());
    for (let c = Math.min(c1, c2); c <= Math.max(c1, c2); c++)
      for (let r = Math.min(r1, r2); r <= Math.max(r1, r2); r++)
        kinds.get(a.Workbook).set(key(a.Worksheet, c, r), a.BugKind);
  }
  return kinds;
}

/** workbook → Map(key → kind) of the 700 labelled formula errors. */
function labelledBugs(processed, kinds) {
  const out = new Map();
  for (const [workbook, sheets] of Object.entries(processed)) {
    const bugs = new Map();
    for (const [sheet, { bugs: cells }] of Object.entries(sheets))
      for (const [column, row] of cells)
        bugs.set(key(sheet, column, row), kinds.get(workbook)?.get(key(sheet, column, row)) ?? "?");
    out.set(workbook, bugs);
  }
  return out;
}

async function run() {
  const { readXlsx } = lib("workbook/xlsx.js");
  const { analyzeWorkbook } = lib("domain/analyze.js");
  const dir = path.join(sharedDir(), "benchmarks", "excelint");
  if (!fs.existsSync(dir)) return { missing: dir };
  const processed = JSON.parse(fs.readFileSync(path.join(dir, "annotations-processed.json"), "utf8"));
  const annotations = JSON.parse(fs.readFileSync(path.join(dir, "annotations.json"), "utf8"));
  const truth = labelledBugs(processed, bugKinds(annotations));
  const files = fs
    .readdirSync(path.join(dir, "benchmarks", "files"))
    .filter((f) => f.endsWith(".xlsx"))
    .sort();
  const workbooks = [];
  const withSmells = [];
  const unreadable = [];
  const started = process.hrtime.bigint();
  for (const file of files) {
    const bugs = truth.get(file) ?? new Map();
    const read = await readXlsx(fs.readFileSync(path.join(dir, "benchmarks", "files", file)));
    let findings = [];
    if (read.ok) findings = analyzeWorkbook(read.grids).findings;
    else unreadable.push({ file, bugs: bugs.size, error: read.error.message });
    workbooks.push(score(file, bugs, flaggedCells(findings.filter((f) => !SMELLS.has(f.rule)))));
    withSmells.push(score(file, bugs, flaggedCells(findings)));
  }
  const figures = summarize(workbooks, unreadable, Number(process.hrtime.bigint() - started) / 1e6);
  figures.withSmells = summarize(withSmells, unreadable, 0);
  figures.synthetic = timeSynthetic(analyzeWorkbook);
  return figures;
}

/**
 * A sheet of 100 000 formulas (10 000 rows × 10 columns, each cell its left neighbour plus the
 * row's figure, a SUM under each column) with one slip: the whole check, timed, to show the
 * formula rules stay near linear in the number of formula cells.
 */
function timeSynthetic(analyzeWorkbook) {
  const rows = 10000;
  const columns = 10;
  const letter = (c) => String.fromCharCode(65 + c);
  const grid = { name: "Syntetisk", rows: [], merges: [] };
  for (let r = 1; r <= rows; r++) {
    const line = [{ value: { type: "number", value: r % 97 } }];
    for (let c = 1; c <= columns; c++) {
      const formula = r === 5000 && c === 5 ? `=${letter(c - 1)}${r}+$A${r - 1}` : `=${letter(c - 1)}${r}+$A${r}`;
      line.push({ value: { type: "number", value: 0 }, formula });
    }
    grid.rows.push(line);
  }
  grid.rows.push([
    undefined,
    ...Array.from({ length: columns }, (_, i) => ({
      value: { type: "number", value: 0 },
      formula: `=SUM(${letter(i + 1)}1:${letter(i + 1)}${rows})`,
    })),
  ]);
  const started = process.hrtime.bigint();
  const { findings } = analyzeWorkbook([grid]);
  return {
    formulas: rows * columns + columns,
    ms: Number(process.hrtime.bigint() - started) / 1e6,
    inconsistent: findings.filter((f) => f.rule === "formula.inconsistent").map((f) => f.cell),
  };
}

/** key → rule of each cell with an error or a warning (the first rule, in the engine's order). */
function flaggedCells(findings) {
  const cells = new Map();
  for (const f of findings) {
    if (f.severity === "info") continue;
    const m = /^([A-Z]+)(\d+)$/.exec(f.cell);
    if (!m) continue;
    const k = key(f.sheet, columnNumber(m[1]), Number(m[2]));
    if (!cells.has(k)) cells.set(k, f.rule);
  }
  return cells;
}

function score(file, bugs, flagged) {
  const hits = [...flagged.keys()].filter((k) => bugs.has(k));
  const tp = hits.length;
  const fp = flagged.size - tp;
  const byKind = {};
  for (const kind of bugs.values()) (byKind[kind] ??= { bugs: 0, found: 0 }).bugs++;
  for (const k of hits) byKind[bugs.get(k)].found++;
  const byRule = {};
  for (const [k, rule] of flagged) {
    byRule[rule] ??= { tp: 0, fp: 0 };
    byRule[rule][bugs.has(k) ? "tp" : "fp"]++;
  }
  return {
    file,
    bugs: bugs.size,
    flagged: flagged.size,
    tp,
    fp,
    precision: flagged.size === 0 ? 1 : tp / flagged.size,
    recall: bugs.size === 0 ? undefined : tp / bugs.size,
    byKind,
    byRule,
  };
}

const mean = (xs) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

function summarize(workbooks, unreadable, ms) {
  const withBugs = workbooks.filter((w) => w.bugs > 0);
  const tp = workbooks.reduce((n, w) => n + w.tp, 0);
  const flagged = workbooks.reduce((n, w) => n + w.flagged, 0);
  const bugs = workbooks.reduce((n, w) => n + w.bugs, 0);
  const kinds = {};
  for (const w of workbooks)
    for (const [kind, { bugs: b, found }] of Object.entries(w.byKind)) {
      kinds[kind] ??= { bugs: 0, found: 0, recalls: [] };
      kinds[kind].bugs += b;
      kinds[kind].found += found;
      kinds[kind].recalls.push(found / b);
    }
  const rules = {};
  for (const w of workbooks)
    for (const [rule, { tp: t, fp: f }] of Object.entries(w.byRule)) {
      rules[rule] ??= { tp: 0, fp: 0 };
      rules[rule].tp += t;
      rules[rule].fp += f;
    }
  return {
    workbooks: workbooks.length,
    read: workbooks.length - unreadable.length,
    unreadable,
    withBugs: withBugs.length,
    meanPrecision: mean(workbooks.map((w) => w.precision)),
    meanRecall: mean(workbooks.map((w) => w.recall ?? 1)),
    meanRecallWithBugs: mean(withBugs.map((w) => w.recall)),
    pooledPrecision: flagged === 0 ? 1 : tp / flagged,
    pooledRecall: tp / bugs,
    tp,
    flagged,
    bugs,
    quietOnBugFree: workbooks.filter((w) => w.bugs === 0 && w.flagged === 0).length,
    bugFree: workbooks.length - withBugs.length,
    kinds,
    rules,
    perWorkbook: workbooks,
    ms,
  };
}

const pct = (x) => `${(100 * x).toFixed(1)} %`;

function format(f) {
  if (f.missing) return `benchmarken saknas: ${f.missing} (sätt FINSAM_SHARED)`;
  const lines = [
    `${f.read} av ${f.workbooks} arbetsböcker lästa (${f.ms.toFixed(0)} ms)` +
      (f.unreadable.length ? `; olästa: ${f.unreadable.map((u) => `${u.file} (${u.bugs} fel)`).join(", ")}` : ""),
    `medel per arbetsbok: precision ${pct(f.meanPrecision)}, recall ${pct(f.meanRecall)} ` +
      `(arbetsböcker utan fel räknas som recall 1; bara de ${f.withBugs} med fel: ${pct(f.meanRecallWithBugs)})`,
    `  publicerat: ExceLint ${PUBLISHED.ExceLint.precision} % / ${PUBLISHED.ExceLint.recall} %, ` +
      `CUSTODES ${PUBLISHED.CUSTODES.precision} % / ${PUBLISHED.CUSTODES.recall} %`,
    `sammanslaget över celler: precision ${pct(f.pooledPrecision)} (${f.tp} av ${f.flagged} flaggade), ` +
      `recall ${pct(f.pooledRecall)} (${f.tp} av ${f.bugs} märkta fel)`,
    `tyst på ${f.quietOnBugFree} av ${f.bugFree} arbetsböcker utan märkta fel`,
    `med luktreglerna (${[...SMELLS].join(", ")}) medräknade: precision ${pct(f.withSmells.meanPrecision)}, ` +
      `recall ${pct(f.withSmells.meanRecall)} (medel); sammanslaget ${pct(f.withSmells.pooledPrecision)} / ${pct(f.withSmells.pooledRecall)}`,
    "per feltyp (recall sammanslaget / medel per arbetsbok med den typen):",
    ...Object.entries(f.kinds)
      .sort((a, b) => b[1].bugs - a[1].bugs)
      .map(([k, v]) => `  ${k}: ${v.found} av ${v.bugs}, ${pct(v.found / v.bugs)} / ${pct(mean(v.recalls))}`),
    "per regel (träffar / falsklarm):",
    ...Object.entries(f.rules).map(([r, v]) => `  ${r}: ${v.tp} / ${v.fp}`),
  ];
  lines.push(
    `syntetiskt blad med ${f.synthetic.formulas} formler: hela kontrollen ${f.synthetic.ms.toFixed(0)} ms, ` +
      `formula.inconsistent vid ${f.synthetic.inconsistent.join(", ") || "ingen cell"}`
  );
  if (process.env.EXCELINT_DETAIL)
    for (const w of f.perWorkbook)
      if (w.bugs || w.flagged)
        lines.push(`  ${w.file}: ${w.tp}/${w.flagged} flaggade rätt, ${w.tp}/${w.bugs} fel hittade`);
  return lines.join("\n");
}

module.exports = { run, format };

if (require.main === module) {
  run()
    .then((f) => console.log(format(f)))
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
