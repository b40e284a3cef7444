// Reads a real-table fixture (tests/fixtures/real/*.tsv): its sheets as raw cell text, its header
// comments (Source, Publisher, Document, Unit, Layouts) and, per sheet, the `// agg` and
// `// expect` annotations. Plain Node and decimal.js only, so that the verifier, the jest test and
// bench/real.js read the corpus the same way without the engine or ts-node.
"use strict";

const Decimal = require("decimal.js");

const HEADER_KEYS = ["Source", "Publisher", "Document", "Unit", "Layouts"];
const FIXTURE_NUMBER = /^-?\d+(\.\d+)?$/;
// A figure pasted from a PDF or web page as text: "120,4", "– 610,2", "−1 234", "‑9" (non-breaking hyphen),
// "-12 345" (thin and no-break spaces too); a unit written in the cell ("12 832 tkr", "57 649 000kr",
// "17,5 %"); a digit group that lost its space ("42 045981", as a page prints 42 045 981).
const PASTED_NUMBER =
  /^([-–−\u2011]?)\s?(\d{1,3}(?:[ \u00a0\u202f]\d{3,})+|\d+)(?:,(\d+))?(?:\s?(?:kr|tkr|mnkr|mkr|%))?$/i;

/** Column letters → 1-based index ("A" → 1, "AA" → 27). */
function columnIndex(letters) {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 1-based index → column letters. */
function columnLetters(index) {
  let s = "";
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A cell's text without the bold markers. */
function plainCell(raw) {
  if (raw === undefined) return "";
  return raw.length >= 4 && raw.startsWith("**") && raw.endsWith("**") ? raw.slice(2, -2) : raw;
}

/**
 * The figure a cell holds, as the document printed it: { value: Decimal, decimals, pasted } or null.
 * Fixture numbers ("-610.2") and pasted text ("– 610,2", "1 234") both count; decimals is the
 * number of printed decimals, which fixes the unit of the last printed digit.
 */
function cellFigure(raw) {
  const text = plainCell(raw).trim();
  if (text === "") return null;
  if (FIXTURE_NUMBER.test(text)) {
    const decimals = text.includes(".") ? text.split(".")[1].length : 0;
    return { value: new Decimal(text), decimals, pasted: false };
  }
  const m = PASTED_NUMBER.exec(text);
  if (!m) return null;
  const digits = m[2].replace(/[ \u00a0\u202f]/g, "");
  const fraction = m[3] ?? "";
  const value = new Decimal(`${m[1] ? "-" : ""}${digits}${fraction ? "." + fraction : ""}`);
  return { value, decimals: fraction.length, pasted: true };
}

/** "5..11" → [5,…,11]; "C..E" → [3,4,5] (as indices). */
function expandTerm(term, isColumn) {
  const range = term.split("..");
  const toIndex = (t) => (isColumn ? columnIndex(t) : Number(t));
  const valid = isColumn ? /^[A-Z]+$/ : /^\d+$/;
  if (!range.every((t) => valid.test(t))) throw new Error(`bad term "${term}"`);
  const from = toIndex(range[0]);
  const to = toIndex(range[range.length - 1]);
  if (range.length > 2 || to < from) throw new Error(`bad run "${term}"`);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** "12 = 5 + 6..8 - 9" → { total, parts: [{ index, sign }] } (rows, or columns when isColumn). */
function parseEquation(text, isColumn) {
  const [left, right] = text.split("=").map((s) => s.trim());
  if (!left || !right) throw new Error(`no "=" in "${text}"`);
  const total = isColumn ? columnIndex(left) : Number(left);
  if (!(isColumn ? /^[A-Z]+$/ : /^\d+$/).test(left)) throw new Error(`bad total "${left}"`);
  const tokens = right
    .replace(/([+-])/g, " $1 ")
    .split(/\s+/)
    .filter(Boolean);
  const parts = [];
  let sign = 1;
  let expectTerm = true;
  for (const token of tokens) {
    if (token === "+" || token === "-") {
      // an operator between terms, or a leading sign on the first term
      if (token === "-") sign = -sign;
      expectTerm = true;
      continue;
    }
    if (!expectTerm) throw new Error(`missing operator before "${token}"`);
    for (const index of expandTerm(token, isColumn)) parts.push({ index, sign });
    sign = 1;
    expectTerm = false;
  }
  if (parts.length === 0 || expectTerm) throw new Error(`no terms in "${text}"`);
  return { total, parts };
}

/** "C:E,G" → [3,4,5,7]; "5,7,9:12" → [5,7,9,10,11,12]. */
function parseList(text, isColumn) {
  return text.split(",").flatMap((piece) => {
    const [a, b] = piece.trim().split(":");
    return expandTerm(b === undefined ? a : `${a}..${b}`, isColumn);
  });
}

/** `// agg col C:E: 12 = 5 + 6` or `// agg row 5:20: F = C + D`. */
function parseAgg(body) {
  const m = /^(col|row)\s+([^\s]+?):\s+(.+)$/.exec(body.trim());
  if (!m) throw new Error(`bad agg "${body}"`);
  const columnWise = m[1] === "col";
  const over = parseList(m[2], columnWise);
  const equation = parseEquation(m[3], !columnWise);
  return { direction: columnWise ? "col" : "row", over, ...equation, text: body.trim() };
}

/** `// expect: sum.mismatch D12 2019 expected=504.0 actual=503.9`, `// expect: none`. */
function parseExpect(body) {
  const tokens = body.trim().split(/\s+/);
  if (tokens[0] === "none" && tokens.length === 1) return { rule: "none" };
  const [rule, cell, ...rest] = tokens;
  if (!/^[a-z]+\.[a-z-]+$/.test(rule) || !/^[A-Z]+\d+$/.test(cell ?? "")) throw new Error(`bad expect "${body}"`);
  const expect = { rule, cell, text: body.trim() };
  for (const token of rest) {
    const kv = /^(expected|actual)=(-?\d+(?:\.\d+)?)$/.exec(token);
    if (kv) expect[kv[1]] = kv[2];
    else if (/^(\d{4}|-)$/.test(token)) expect.period = token;
    else throw new Error(`bad expect token "${token}"`);
  }
  return expect;
}

/** A fixture's text → { headers, sheets: [{ name, rows, aggs, expects, unit }], errors }. */
function parseRealFixture(text) {
  const fixture = { headers: {}, sheets: [], errors: [] };
  let sheet;
  text.split(/\r?\n/).forEach((line, i) => {
    const where = `line ${i + 1}`;
    try {
      const sheetMatch = /^### (?:Hidden sheet|Sheet): (.*)$/.exec(line);
      if (sheetMatch) {
        sheet = { name: sheetMatch[1].trim(), rows: [], aggs: [], expects: [], unit: undefined };
        fixture.sheets.push(sheet);
      } else if (line.startsWith("//")) {
        const body = line.slice(2).trim();
        const header = /^([A-Z][a-z]+):\s*(.*)$/.exec(body);
        if (body.startsWith("agg ")) {
          if (!sheet) throw new Error("agg before any sheet");
          sheet.aggs.push({ ...parseAgg(body.slice(4)), line: i + 1 });
        } else if (body.startsWith("expect:")) {
          if (!sheet) throw new Error("expect before any sheet");
          sheet.expects.push({ ...parseExpect(body.slice(7)), line: i + 1 });
        } else if (header && HEADER_KEYS.includes(header[1])) {
          if (sheet && header[1] === "Unit") sheet.unit = header[2];
          else if (!sheet) fixture.headers[header[1]] = header[2];
        }
      } else if (line.startsWith("###")) {
        // Merge / Hidden rows: no row
      } else if (sheet) {
        sheet.rows.push(line === "" ? [] : line.split("\t"));
      }
    } catch (err) {
      fixture.errors.push(`${where}: ${err.message}`);
    }
  });
  for (const s of fixture.sheets) {
    while (s.rows.length && s.rows[s.rows.length - 1].every((c) => c === "")) s.rows.pop();
    s.unit = s.unit ?? fixture.headers.Unit;
  }
  return fixture;
}

/** The raw text at (row, column), both 1-based. */
function rawAt(sheet, row, column) {
  return sheet.rows[row - 1]?.[column - 1];
}

module.exports = {
  HEADER_KEYS,
  columnIndex,
  columnLetters,
  plainCell,
  cellFigure,
  parseRealFixture,
  parseAgg,
  parseExpect,
  rawAt,
};
