#!/usr/bin/env node
// Verifies the corpus of real published tables (tests/fixtures/real/*.tsv) by hand-written
// arithmetic: every `// agg` line is evaluated with exact decimals and printed per column (or row)
// as holds exactly / holds within rounding / fails, with the stated and computed values; then the
// outcomes are matched against the `// expect` lines. Exit 1 when a fixture is inconsistent.
//   node scripts/verify-real-fixtures.js [--quiet] [name-substring ...]
"use strict";

const fs = require("fs");
const path = require("path");
const { parseRealFixture, HEADER_KEYS } = require("./real-fixtures/parse");
const { evaluateFixture, checkExpectations } = require("./real-fixtures/evaluate");

const REAL_DIR = path.resolve(__dirname, "../tests/fixtures/real");

/** The corpus's fixture files, sorted. */
function realFixtureFiles(dir = REAL_DIR) {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".tsv"))
    .sort()
    .map((f) => path.join(dir, f));
}

/** One fixture file → { name, fixture, outcomes, problems }. */
function verifyFile(file) {
  const fixture = parseRealFixture(fs.readFileSync(file, "utf8"));
  const outcomes = evaluateFixture(fixture);
  const problems = [
    ...fixture.errors,
    ...HEADER_KEYS.filter((k) => !fixture.headers[k]).map((k) => `missing header comment "// ${k}:"`),
    ...checkExpectations(fixture, outcomes),
  ];
  return { name: path.basename(file, ".tsv"), fixture, outcomes, problems };
}

const WORDS = { exact: "holds exactly", rounding: "holds within rounding", fails: "FAILS", "no-figure": "NO FIGURE" };

function describe(o) {
  if (o.status === "no-figure") return `${o.total}: ${WORDS[o.status]} (${o.missing.join(", ")})`;
  const diff = o.status === "exact" ? "" : ` diff ${o.diff} (tolerance ${o.tolerance})`;
  return `${o.total} [${o.period}]: ${WORDS[o.status]}: stated ${o.stated}, computed ${o.computed}${diff}`;
}

function main(argv) {
  const quiet = argv.includes("--quiet");
  const filters = argv.filter((a) => !a.startsWith("--"));
  const results = realFixtureFiles()
    .filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)))
    .map(verifyFile);
  const totals = { exact: 0, rounding: 0, fails: 0, "no-figure": 0 };
  for (const r of results) {
    console.log(`\n# ${r.name}`);
    let lastAgg;
    for (const o of r.outcomes) {
      totals[o.status]++;
      if (quiet && o.status === "exact") continue;
      if (o.agg !== lastAgg) console.log(`  ${o.sheet}: agg ${o.agg}`);
      lastAgg = o.agg;
      console.log(`    ${describe(o)}`);
    }
    for (const p of r.problems) console.log(`  PROBLEM: ${p}`);
  }
  const bad = results.filter((r) => r.problems.length);
  console.log(
    `\n${results.length} fixtures, ${r_count(totals)} checks: ${totals.exact} exact, ${totals.rounding} within rounding, ` +
      `${totals.fails} failing, ${totals["no-figure"]} without figures; ${bad.length} fixture(s) with problems`
  );
  return bad.length ? 1 : 0;
}

function r_count(totals) {
  return Object.values(totals).reduce((a, b) => a + b, 0);
}

module.exports = { REAL_DIR, realFixtureFiles, verifyFile };

if (require.main === module) process.exitCode = main(process.argv.slice(2));
