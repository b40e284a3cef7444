#!/usr/bin/env node
// Runs the current engine (lib/, from npx tsc -p tsconfig.cli.json) on every real published table in
// tests/fixtures/real and scores it against the hand-verified annotations: tables recognised,
// findings by rule and severity, false errors/warnings (an error or warning that no `// expect`
// line names), missed expectations, and precision/recall of the aggregations it predicts (a
// prediction counts when its total cell and its set of part cells match an annotated one exactly).
// Predictions come from each table's JSON `aggregations` when the engine gives them, else from
// each row's `parts` in every period column. Figures only, no pass or fail.
"use strict";

const fs = require("fs");
const path = require("path");
const { realFixtureFiles, verifyFile } = require("../scripts/verify-real-fixtures");
const { fixtureToGrids } = require("../scripts/real-fixtures/grids");

/** Annotated aggregations of a verified fixture: "Sheet!C12" → sorted part cells. */
function annotatedAggregations(outcomes) {
  return outcomes.map((o) => ({ key: `${o.sheet}!${o.total}`, parts: [...o.parts].sort().join(",") }));
}

/** The engine's aggregations for one table, from `aggregations` or from rows' parts × periods. */
function predictedAggregations(table) {
  if (Array.isArray(table.aggregations)) {
    return table.aggregations.map((a) => ({ key: `${table.sheet}!${a.total}`, parts: [...a.parts].sort().join(",") }));
  }
  const predictions = [];
  for (const row of table.rows) {
    if (!row.parts || row.parts.length === 0) continue;
    for (const period of table.periods) {
      predictions.push({
        key: `${table.sheet}!${period.column}${row.row}`,
        parts: row.parts
          .map((p) => `${period.column}${p}`)
          .sort()
          .join(","),
      });
    }
  }
  return predictions;
}

/** Expectations that name a finding: "Sheet!D12 sum.mismatch". */
function expectationsOf(fixture) {
  return fixture.sheets.flatMap((s) =>
    s.expects.filter((e) => e.rule !== "none").map((e) => ({ sheet: s.name, rule: e.rule, cell: e.cell }))
  );
}

function scoreFixture(file, engine) {
  const verified = verifyFile(file);
  const grids = fixtureToGrids(fs.readFileSync(file, "utf8"));
  let analysis;
  try {
    analysis = engine.analyzeWorkbook(grids);
  } catch (err) {
    return { name: verified.name, crashed: String(err && err.message ? err.message : err) };
  }
  const tables = analysis.tables.map(engine.tableToJson);
  const findings = analysis.findings;
  const expected = expectationsOf(verified.fixture);
  const names = (f, e) => f.rule === e.rule && f.cell === e.cell && f.sheet === e.sheet;
  const falseAlarms = findings.filter(
    (f) => (f.severity === "error" || f.severity === "warning") && !expected.some((e) => names(f, e))
  );
  const missed = expected.filter((e) => !findings.some((f) => names(f, e)));
  const annotated = annotatedAggregations(verified.outcomes);
  const predicted = tables.flatMap(predictedAggregations);
  const annotatedSet = new Set(annotated.map((a) => `${a.key}=${a.parts}`));
  const hits = predicted.filter((p) => annotatedSet.has(`${p.key}=${p.parts}`)).length;
  const byRule = {};
  for (const f of findings) byRule[`${f.rule}/${f.severity}`] = (byRule[`${f.rule}/${f.severity}`] ?? 0) + 1;
  return {
    name: verified.name,
    sheets: grids.length,
    tables: tables.length,
    byRule,
    falseAlarms: falseAlarms.map((f) => `${f.rule}/${f.severity} ${f.sheet}!${f.cell}`),
    missed: missed.map((e) => `${e.rule} ${e.sheet}!${e.cell}`),
    expected: expected.length,
    annotated: annotated.length,
    predicted: predicted.length,
    hits,
    usedAggregationsField: tables.some((t) => Array.isArray(t.aggregations)),
  };
}

function loadEngine() {
  const lib = path.join(__dirname, "..", "lib", "domain");
  const { analyzeWorkbook } = require(path.join(lib, "analyze.js"));
  const { tableToJson } = require(path.join(lib, "report", "json.js"));
  return { analyzeWorkbook, tableToJson };
}

async function run() {
  const engine = loadEngine();
  const fixtures = realFixtureFiles().map((file) => scoreFixture(file, engine));
  const sum = (key) => fixtures.reduce((n, f) => n + (f[key] ?? 0), 0);
  const totals = {
    fixtures: fixtures.length,
    crashed: fixtures.filter((f) => f.crashed).length,
    sheets: sum("sheets"),
    sheetsWithoutTable: fixtures.reduce((n, f) => n + Math.max(0, (f.sheets ?? 0) - (f.tables ?? 0)), 0),
    tables: sum("tables"),
    findings: fixtures.reduce((n, f) => n + Object.values(f.byRule ?? {}).reduce((a, b) => a + b, 0), 0),
    falseAlarms: fixtures.reduce((n, f) => n + (f.falseAlarms?.length ?? 0), 0),
    expected: sum("expected"),
    missed: fixtures.reduce((n, f) => n + (f.missed?.length ?? 0), 0),
    missedRoundings: fixtures.reduce(
      (n, f) => n + (f.missed ?? []).filter((m) => m.startsWith("sum.rounding ")).length,
      0
    ),
    annotated: sum("annotated"),
    predicted: sum("predicted"),
    hits: sum("hits"),
    byRule: {},
  };
  for (const f of fixtures)
    for (const [k, v] of Object.entries(f.byRule ?? {})) totals.byRule[k] = (totals.byRule[k] ?? 0) + v;
  totals.precision = totals.predicted ? totals.hits / totals.predicted : null;
  totals.recall = totals.annotated ? totals.hits / totals.annotated : null;
  return { fixtures, totals };
}

const pct = (x) => (x === null ? "–" : `${(x * 100).toFixed(1)} %`);

function format({ fixtures, totals }) {
  const lines = [];
  for (const f of fixtures) {
    if (f.crashed) {
      lines.push(`${f.name}: KRASCH ${f.crashed}`);
      continue;
    }
    const rules =
      Object.entries(f.byRule)
        .map(([k, v]) => `${k}×${v}`)
        .join(", ") || "inga fynd";
    lines.push(
      `${f.name}: ${f.tables} tabell(er) på ${f.sheets} blad; ${rules}; falsklarm ${f.falseAlarms.length}; ` +
        `missade ${f.missed.length}/${f.expected}; summor ${f.hits} rätt av ${f.predicted} förutsagda, ${f.annotated} annoterade` +
        (f.usedAggregationsField ? " (aggregations)" : " (rows.parts)")
    );
    for (const a of f.falseAlarms) lines.push(`    falsklarm: ${a}`);
    for (const m of f.missed) lines.push(`    missad: ${m}`);
  }
  const rules = Object.entries(totals.byRule)
    .sort()
    .map(([k, v]) => `${k}×${v}`)
    .join(", ");
  lines.push(
    "",
    `Totalt ${totals.fixtures} fixturer (${totals.crashed} krascher), ${totals.sheets} blad, ${totals.tables} tabeller igenkända` +
      ` (${totals.sheetsWithoutTable} blad utan tabell)`,
    `Fynd: ${totals.findings} (${rules || "inga"})`,
    `Falska fel/varningar: ${totals.falseAlarms}; missade förväntningar: ${totals.missed} av ${totals.expected}` +
      ` (${totals.missed - totals.missedRoundings} fel, ${totals.missedRoundings} sum.rounding)`,
    `Summor: ${totals.hits} rätt av ${totals.predicted} förutsagda och ${totals.annotated} annoterade: ` +
      `precision ${pct(totals.precision)}, recall ${pct(totals.recall)}`
  );
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
