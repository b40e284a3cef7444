// Moving a formula from one cell to another as Excel copies it: relative references shift, absolute
// ($) parts stay. Needed when the master cell of a shared formula is replaced and the next cell of
// the group must carry the formula text itself.
import { columnLetter, columnNumber } from "../domain/grid";

const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384;

// At a reference's start: cell (A1, $A$1), column range (A:C) or row range (1:3).
const CELL = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\w.(!])/y;
const COLUMNS = /(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![\w.(!])/y;
const ROWS = /(\$?)(\d{1,7}):(\$?)(\d{1,7})(?![\w.(!])/y;

function shiftColumn(letters: string, fixed: boolean, by: number): string | undefined {
  const n = columnNumber(letters.toUpperCase()) + (fixed ? 0 : by);
  return n >= 1 && n <= MAX_COLUMNS ? columnLetter(n) : undefined;
}

function shiftRow(digits: string, fixed: boolean, by: number): string | undefined {
  const n = Number(digits) + (fixed ? 0 : by);
  return n >= 1 && n <= MAX_ROWS ? String(n) : undefined;
}

/** One reference at `i`, shifted; undefined when no reference starts there. */
function shiftedAt(formula: string, i: number, rows: number, columns: number): [string, number] | undefined {
  for (const pattern of [COLUMNS, ROWS, CELL]) {
    pattern.lastIndex = i;
    const m = pattern.exec(formula);
    if (!m) continue;
    if (pattern === CELL) {
      if (columnNumber(m[2].toUpperCase()) > MAX_COLUMNS) return undefined; // a name such as "ABCD1"
      const c = shiftColumn(m[2], m[1] === "$", columns);
      const r = shiftRow(m[4], m[3] === "$", rows);
      return [c && r ? `${m[1]}${c}${m[3]}${r}` : "#REF!", pattern.lastIndex];
    }
    if (pattern === COLUMNS) {
      const a = shiftColumn(m[2], m[1] === "$", columns);
      const b = shiftColumn(m[4], m[3] === "$", columns);
      return [a && b ? `${m[1]}${a}:${m[3]}${b}` : "#REF!", pattern.lastIndex];
    }
    const a = shiftRow(m[2], m[1] === "$", rows);
    const b = shiftRow(m[4], m[3] === "$", rows);
    return [a && b ? `${m[1]}${a}:${m[3]}${b}` : "#REF!", pattern.lastIndex];
  }
  return undefined;
}

/** The formula (without "=") as it reads when copied `rows` down and `columns` right. */
export function slideFormula(formula: string, rows: number, columns: number): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'" || ch === "[") {
      // Text, a quoted sheet name or a structured reference: copied as it is.
      const close = ch === "[" ? "]" : ch;
      let j = i + 1;
      for (; j < formula.length; j++) {
        if (formula[j] !== close) continue;
        if (close !== "]" && formula[j + 1] === close) j++;
        else break;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const before = i > 0 ? formula[i - 1] : "";
    const shifted = /[\w.$]/.test(before) ? undefined : shiftedAt(formula, i, rows, columns);
    if (shifted) {
      out += shifted[0];
      i = shifted[1];
      continue;
    }
    // Skip the rest of a name or number so that "LOG10" or "1E5" is not read from its middle.
    const word = /[\w.$]+/y;
    word.lastIndex = i;
    const m = /[\w.$]/.test(ch) ? word.exec(formula) : null;
    out += m ? m[0] : ch;
    i = m ? word.lastIndex : i + 1;
  }
  return out;
}
