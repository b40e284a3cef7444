// Shared formulas: the file stores the formula once, at its master cell, and every other cell of the
// group refers to it. Each cell's own formula is the master's with its relative references moved
// by the distance between the cells, as Excel shows it ("=B2/2" at C2 is "=B3/2" at C3).
import { columnLetter, columnNumber } from "../domain/grid";
import { MAX_COLUMN, MAX_ROW } from "./xlsxLimits";

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;
const COLUMN = /^(\$?)([A-Za-z]{1,3})$/;
const ROW = /^(\$?)(\d+)$/;

/** The master's formula (without "=") as it reads in a cell dRows below and dColumns right of it. */
export function translateFormula(formula: string, dRows: number, dColumns: number): string {
  if (dRows === 0 && dColumns === 0) return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      const end = closingQuote(formula, i);
      out += formula.slice(i, end);
      i = end;
    } else if (ch === "[") {
      const end = closingBracket(formula, i);
      out += formula.slice(i, end);
      i = end;
    } else if (isWordChar(ch)) {
      let end = i;
      while (end < formula.length && isWordChar(formula[end])) end++;
      const word = formula.slice(i, end);
      const after = formula[end];
      if (after === "(" || after === "!") {
        out += word;
        i = end;
        continue;
      }
      const pair = after === ":" ? wholeLinePair(formula, word, end + 1, dRows, dColumns) : undefined;
      if (pair) {
        out += pair.text;
        i = pair.end;
        continue;
      }
      out += moveCell(word, dRows, dColumns);
      i = end;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

function isWordChar(ch: string): boolean {
  return /[A-Za-z0-9_$.\\?]/.test(ch);
}

/** Index after a "…" string or a '…' sheet name (a doubled quote stays inside). */
function closingQuote(text: string, start: number): number {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length;
}

/** Index after a […] (structured or external reference), nested brackets included. */
function closingBracket(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === "[") depth++;
    else if (text[i] === "]" && --depth === 0) return i + 1;
  }
  return text.length;
}

/** "B3" moved; "$B$3" kept; a word that is no cell reference (a name, TRUE) kept as it is. */
function moveCell(word: string, dRows: number, dColumns: number): string {
  const m = CELL.exec(word);
  if (!m) return word;
  const column = columnNumber(m[2]);
  const row = Number(m[4]);
  if (column > MAX_COLUMN || row > MAX_ROW) return word;
  const newColumn = m[1] ? column : column + dColumns;
  const newRow = m[3] ? row : row + dRows;
  if (newColumn < 1 || newColumn > MAX_COLUMN || newRow < 1 || newRow > MAX_ROW) return "#REF!";
  return `${m[1]}${columnLetter(newColumn)}${m[3]}${newRow}`;
}

/** Whole columns ("B:C") or whole rows ("3:5") starting with word, moved; undefined when it is neither. */
function wholeLinePair(
  formula: string,
  word: string,
  from: number,
  dRows: number,
  dColumns: number
): { text: string; end: number } | undefined {
  let end = from;
  while (end < formula.length && isWordChar(formula[end])) end++;
  const second = formula.slice(from, end);
  const columns = [COLUMN.exec(word), COLUMN.exec(second)];
  if (columns[0] && columns[1]) {
    const moved = columns.map((m) => moveLine(m as RegExpExecArray, columnNumber(m![2]), dColumns, MAX_COLUMN, true));
    return { text: moved.includes(undefined) ? "#REF!" : moved.join(":"), end };
  }
  const rows = [ROW.exec(word), ROW.exec(second)];
  if (rows[0] && rows[1]) {
    const moved = rows.map((m) => moveLine(m as RegExpExecArray, Number(m![2]), dRows, MAX_ROW, false));
    return { text: moved.includes(undefined) ? "#REF!" : moved.join(":"), end };
  }
  return undefined;
}

function moveLine(m: RegExpExecArray, at: number, by: number, max: number, isColumn: boolean): string | undefined {
  const moved = m[1] ? at : at + by;
  if (moved < 1 || moved > max) return undefined;
  return m[1] + (isColumn ? columnLetter(moved) : String(moved));
}
