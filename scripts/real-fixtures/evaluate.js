// Evaluates every `// agg` line of a real-table fixture with exact decimals, and matches the
// outcome against the fixture's `// expect` lines. A published table is judged by its own
// rounding: in a rounded unit (tkr, mnkr, Mkr, mdkr) a sum may differ from its printed total by
// 0.5 × (terms + 1) units of the last printed digit; in kr or counts it must hold exactly.
"use strict";

const Decimal = require("decimal.js");
const { cellFigure, columnLetters, plainCell, rawAt } = require("./parse");

const ERROR_RULES = new Set(["sum.mismatch", "result.mismatch", "balance.mismatch", "variance.mismatch"]);
const ROUNDED_UNIT = /\b(tkr|tusen(?:tal)? kronor|mnkr|mkr|mdkr|miljoner kronor|miljarder kronor|mn kr|mkr)\b/i;

/**
 * Whether a unit statement means rounded figures (a whole unit of tkr/Mkr stands for many kronor). Only the
 * statement before any parenthesis counts: 'mnkr ("Belopp i mnkr" in the corner cell)' is mnkr.
 */
function isRoundedUnit(unit) {
  return ROUNDED_UNIT.test((unit ?? "").split("(")[0]);
}

/** The year a column's header names (the last year-like cell above the table's first aggregated row). */
function columnYear(sheet, column, firstDataRow) {
  let year = "-";
  for (let row = 1; row < firstDataRow; row++) {
    const text = plainCell(rawAt(sheet, row, column));
    const years = [...text.matchAll(/(?:^|\D)((?:19|20)\d\d)(?=\D|$)/g)];
    if (years.length) year = years[years.length - 1][1]; // "2012/2013" is 2013
  }
  return year;
}

/** Formats a decimal with the given number of decimals ("504.0"). */
function fixed(value, decimals) {
  return value.toFixed(decimals);
}

/** One aggregation in one column (col-wise) or row (row-wise) → its outcome. */
function evaluateCell(sheet, agg, lane, firstDataRow) {
  const at = (index) => (agg.direction === "col" ? { row: index, column: lane } : { row: lane, column: index });
  const address = ({ row, column }) => `${columnLetters(column)}${row}`;
  const totalAt = at(agg.total);
  const partsAt = agg.parts.map((p) => ({ ...at(p.index), sign: p.sign }));
  const missing = [totalAt, ...partsAt].filter((c) => !cellFigure(rawAt(sheet, c.row, c.column))).map(address);
  const base = {
    sheet: sheet.name,
    agg: agg.text,
    line: agg.line,
    total: address(totalAt),
    parts: partsAt.map(address),
    signs: partsAt.map((p) => p.sign),
  };
  if (missing.length) return { ...base, status: "no-figure", missing };
  const total = cellFigure(rawAt(sheet, totalAt.row, totalAt.column));
  const figures = partsAt.map((p) => ({ ...cellFigure(rawAt(sheet, p.row, p.column)), sign: p.sign }));
  const computed = figures.reduce((sum, f) => sum.plus(f.value.times(f.sign)), new Decimal(0));
  const decimals = Math.max(total.decimals, ...figures.map((f) => f.decimals));
  const diff = total.value.minus(computed);
  const unitOfLastDigit = new Decimal(10).pow(-decimals);
  const tolerance = isRoundedUnit(sheet.unit) ? unitOfLastDigit.times(figures.length + 1).times(0.5) : new Decimal(0);
  const status = diff.isZero() ? "exact" : diff.abs().lte(tolerance) ? "rounding" : "fails";
  return {
    ...base,
    status,
    stated: fixed(total.value, decimals),
    computed: fixed(computed, decimals),
    diff: fixed(diff, decimals),
    tolerance: tolerance.toString(),
    period: columnYear(sheet, totalAt.column, firstDataRow),
  };
}

/** The first row an aggregation touches: the header lies above it. */
function firstDataRow(sheet) {
  const rows = sheet.aggs.flatMap((a) => (a.direction === "col" ? [a.total, ...a.parts.map((p) => p.index)] : a.over));
  return rows.length ? Math.min(...rows) : sheet.rows.length + 1;
}

/** Every aggregation of every sheet, one outcome per column (col-wise) or row (row-wise). */
function evaluateFixture(fixture) {
  return fixture.sheets.flatMap((sheet) => {
    const first = firstDataRow(sheet);
    return sheet.aggs.flatMap((agg) => agg.over.map((lane) => evaluateCell(sheet, agg, lane, first)));
  });
}

/**
 * Outcomes against expectations: every failing outcome needs an error expectation at its total
 * cell whose expected/actual equal the computed and stated values, every rounding one a
 * sum.rounding expectation; every expectation must name such an outcome; a sheet with neither
 * says `// expect: none`. Returns the problems as sentences (empty when the fixture is consistent).
 */
function checkExpectations(fixture, outcomes) {
  const problems = [];
  for (const sheet of fixture.sheets) {
    const mine = outcomes.filter((o) => o.sheet === sheet.name);
    const named = sheet.expects.filter((e) => e.rule !== "none");
    const hasNone = sheet.expects.some((e) => e.rule === "none");
    const used = new Set();
    for (const o of mine) {
      if (o.status === "no-figure")
        problems.push(`${sheet.name}: "${o.agg}" at ${o.total}: no figure in ${o.missing.join(", ")}`);
      if (o.status !== "fails" && o.status !== "rounding") continue;
      const match = named.find((e) => e.cell === o.total && matches(e, o));
      if (match) used.add(match);
      else
        problems.push(
          `${sheet.name}: "${o.agg}" ${o.status} at ${o.total} (stated ${o.stated}, computed ${o.computed}) without a matching expect line`
        );
    }
    for (const e of named) {
      if (!used.has(e)) problems.push(`${sheet.name}: expect "${e.text}" names no failing or rounding aggregation`);
    }
    const anyIssue = mine.some((o) => o.status === "fails" || o.status === "rounding");
    if (!anyIssue && !hasNone) problems.push(`${sheet.name}: no inconsistency, but no "// expect: none"`);
    if (anyIssue && hasNone)
      problems.push(`${sheet.name}: "// expect: none" although an aggregation does not hold exactly`);
    if (sheet.aggs.length === 0) problems.push(`${sheet.name}: no aggregation annotated`);
  }
  return problems;
}

/** Whether expectation e describes outcome o. */
function matches(e, o) {
  if (e.period && e.period !== o.period) return false;
  if (o.status === "rounding") return e.rule === "sum.rounding";
  return ERROR_RULES.has(e.rule) && e.expected === o.computed && e.actual === o.stated;
}

module.exports = { evaluateFixture, checkExpectations, isRoundedUnit, columnYear, ERROR_RULES };
