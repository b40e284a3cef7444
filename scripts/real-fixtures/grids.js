// A real-table fixture → the engine's Grids, read the way tests/helpers/fixture.ts reads fixtures
// (numbers `^-?\d+(\.\d+)?$` become numbers, everything else text, `**…**` bold, `### Merge:` areas),
// in plain Node for bench/real.js. The real fixtures hold typed figures only, never formulas.
"use strict";

const NUMBER = /^-?\d+(\.\d+)?$/;
const ERRORS = new Set(["#REF!", "#VALUE!", "#DIV/0!", "#N/A", "#NAME?", "#NUM!", "#NULL!"]);

function parseCell(raw) {
  let text = raw;
  let bold = false;
  if (text.length >= 4 && text.startsWith("**") && text.endsWith("**")) {
    bold = true;
    text = text.slice(2, -2);
  }
  if (text === "") return bold ? { value: { type: "empty" }, bold } : undefined;
  if (text.startsWith("=")) throw new Error(`a formula in a real fixture: ${text}`);
  let cell;
  if (NUMBER.test(text)) cell = { value: { type: "number", value: Number(text) } };
  else if (text.startsWith("'")) cell = { value: { type: "string", value: text.slice(1) } };
  else if (ERRORS.has(text)) cell = { value: { type: "error", value: text } };
  else cell = { value: { type: "string", value: text } };
  if (bold) cell.bold = true;
  return cell;
}

/** "B3:D3" → { top, left, bottom, right } (1-based). */
function parseArea(a1) {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(a1.trim());
  if (!m) throw new Error(`bad merge "${a1}"`);
  const col = (letters) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { top: Number(m[2]), left: col(m[1]), bottom: Number(m[4]), right: col(m[3]) };
}

/** A fixture's text → Grid[] as the engine takes them. */
function fixtureToGrids(text) {
  const grids = [];
  let current;
  for (const line of text.split(/\r?\n/)) {
    const sheet = /^### (Hidden sheet|Sheet): (.*)$/.exec(line);
    if (sheet) {
      current = { name: sheet[2].trim(), rows: [], merges: [] };
      if (sheet[1] === "Hidden sheet") current.hidden = true;
      grids.push(current);
    } else if (line.startsWith("### Merge:")) {
      current.merges.push(parseArea(line.slice("### Merge:".length)));
    } else if (line.startsWith("### Hidden rows:")) {
      current.hiddenRows = line
        .slice("### Hidden rows:".length)
        .split(",")
        .map((s) => Number(s.trim()));
    } else if (line.startsWith("//") || !current) {
      continue;
    } else {
      const cells = line === "" ? [] : line.split("\t").map(parseCell);
      while (cells.length > 0 && cells[cells.length - 1] === undefined) cells.pop();
      current.rows.push(cells);
    }
  }
  for (const grid of grids) {
    while (grid.rows.length && !grid.rows[grid.rows.length - 1].some((c) => c !== undefined)) grid.rows.pop();
  }
  return grids;
}

module.exports = { fixtureToGrids };
