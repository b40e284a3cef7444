// A formula's relative reference shape (R1C1): the same shape at two cells means the same formula
// copied. Own tokenizer, because comparing shapes needs each reference's "$" and its position in
// the text, which fast-formula-parser's dependency parser does not give.

/** One end of a reference: absolute ("$") parts are kept as written, relative parts as offsets. */
export interface RefEnd {
  row?: number;
  column?: number;
  rowAbsolute: boolean;
  columnAbsolute: boolean;
}

export type FormulaToken =
  | { kind: "ref"; sheet?: string; from: RefEnd; to?: RefEnd }
  | { kind: "function"; text: string }
  | { kind: "error"; text: string }
  | { kind: "other"; text: string };

export interface FormulaShape {
  tokens: FormulaToken[];
  /** The shape: equal keys at two cells mean the same formula copied (R1C1). */
  key: string;
  /** Each token's part of the key. */
  keys: string[];
  /** The shape with every reference replaced by its kind: equal skeletons differ only in what they read. */
  skeleton: string;
}

// Sticky patterns, matched at a position of the formula text (lastIndex) without slicing it.
const ERROR_LITERAL = /#(?:REF!|DIV\/0!|N\/A|NAME\?|NULL!|NUM!|VALUE!|GETTING_DATA|SPILL!|CALC!)/iy;
const SHEET_PREFIX = /(?:'(?:[^']|'')+'|\[\d+\][^\s!(),;:+\-*/^&=<>]+|[A-Za-z0-9_.\u00C0-\u024F]+)!/y;
const CELL = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})/y;
const WHOLE_COLUMNS = /(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![\w(])/y;
const WHOLE_ROWS = /(\$?)(\d{1,7}):(\$?)(\d{1,7})(?![\w(.])/y;
const NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?%?/y;
const NAME = /[A-Za-z_\\\u00C0-\u024F][\w.\u00C0-\u024F]*/y;
/** A reference ends where no word character, "(" or "." follows. */
const CONTINUES = /[\w(.]/;

function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}
const MAX_COLUMN = 16384;
const MAX_ROW = 1048576;

function columnNumberOf(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function sheetName(prefix: string): string {
  const bare = prefix.slice(0, -1);
  return bare.startsWith("'") ? bare.slice(1, -1).replace(/''/g, "'") : bare;
}

/** A cell's end relative to the formula's cell (row, column), undefined when not a valid address. */
function cellEnd(m: RegExpExecArray, row: number, column: number): RefEnd | undefined {
  const c = columnNumberOf(m[2]);
  const r = Number(m[4]);
  if (c > MAX_COLUMN || r < 1 || r > MAX_ROW) return undefined;
  const rowAbsolute = m[3] === "$";
  const columnAbsolute = m[1] === "$";
  return {
    row: rowAbsolute ? r : r - row,
    column: columnAbsolute ? c : c - column,
    rowAbsolute,
    columnAbsolute,
  };
}

/** A reference at position `at` of the text, with the position after it; undefined when there is none. */
function readReference(
  text: string,
  at: number,
  row: number,
  column: number
): { token: FormulaToken; end: number } | undefined {
  const prefix = matchAt(SHEET_PREFIX, text, at)?.[0] ?? "";
  const start = at + prefix.length;
  const sheet = prefix ? sheetName(prefix) : undefined;
  const columns = matchAt(WHOLE_COLUMNS, text, start);
  if (columns) {
    const end = (abs: string, letters: string): RefEnd => {
      const c = columnNumberOf(letters);
      return { column: abs ? c : c - column, columnAbsolute: abs === "$", rowAbsolute: true };
    };
    const token: FormulaToken = {
      kind: "ref",
      sheet,
      from: end(columns[1], columns[2]),
      to: end(columns[3], columns[4]),
    };
    return { token, end: start + columns[0].length };
  }
  const rows = matchAt(WHOLE_ROWS, text, start);
  if (rows) {
    const end = (abs: string, digits: string): RefEnd => {
      const r = Number(digits);
      return { row: abs ? r : r - row, rowAbsolute: abs === "$", columnAbsolute: true };
    };
    return {
      token: { kind: "ref", sheet, from: end(rows[1], rows[2]), to: end(rows[3], rows[4]) },
      end: start + rows[0].length,
    };
  }
  const first = matchAt(CELL, text, start);
  if (!first || CONTINUES.test(text[start + first[0].length] ?? "")) return undefined;
  const from = cellEnd(first, row, column);
  if (!from) return undefined;
  let end = start + first[0].length;
  let to: RefEnd | undefined;
  if (text[end] === ":") {
    const second = matchAt(CELL, text, end + 1);
    if (second && !CONTINUES.test(text[end + 1 + second[0].length] ?? "")) {
      to = cellEnd(second, row, column);
      if (to) end += 1 + second[0].length;
    }
  }
  return { token: { kind: "ref", sheet, from, ...(to ? { to } : {}) }, end };
}

/** The formula's tokens, references relative to (row, column); undefined when it cannot be read. */
export function tokenize(formula: string, row: number, column: number): FormulaToken[] | undefined {
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  const tokens: FormulaToken[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === " " || ch === "\n" || ch === "\r" || ch === "\t") {
      i++;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      while (j < text.length && !(text[j] === '"' && text[j + 1] !== '"')) j += text[j] === '"' ? 2 : 1;
      if (j >= text.length) return undefined;
      tokens.push({ kind: "other", text: text.slice(i, j + 1) });
      i = j + 1;
      continue;
    }
    const error = ch === "#" ? matchAt(ERROR_LITERAL, text, i) : null;
    if (error) {
      tokens.push({ kind: "error", text: error[0].toUpperCase() });
      i += error[0].length;
      continue;
    }
    const reference = readReference(text, i, row, column);
    if (reference) {
      tokens.push(reference.token);
      i = reference.end;
      continue;
    }
    const number = matchAt(NUMBER, text, i);
    if (number) {
      tokens.push({ kind: "other", text: number[0] });
      i += number[0].length;
      continue;
    }
    const name = matchAt(NAME, text, i);
    if (name) {
      const isFunction = text[i + name[0].length] === "(";
      tokens.push({ kind: isFunction ? "function" : "other", text: name[0].toUpperCase() });
      i += name[0].length;
      continue;
    }
    const pair = text.slice(i, i + 2);
    const operator = pair === "<>" || pair === "<=" || pair === ">=" ? pair : ch;
    tokens.push({ kind: "other", text: operator === ";" ? "," : operator });
    i += operator.length;
  }
  return sortedSum(dropUnaryPlus(tokens));
}

/** "=E19+D19" and "=D19+E19" are the same formula: a sum of single cells is read in sorted order. */
function sortedSum(tokens: FormulaToken[]): FormulaToken[] {
  if (tokens.length < 3 || tokens.length % 2 === 0) return tokens;
  const terms: Extract<FormulaToken, { kind: "ref" }>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (i % 2 === 1) {
      if (t.kind !== "other" || t.text !== "+") return tokens;
    } else if (t.kind !== "ref" || t.to) return tokens;
    else terms.push(t);
  }
  // Offsets sort the same way at every copy; sheet names only where two terms name sheets.
  const before = (a: (typeof terms)[number], b: (typeof terms)[number]) => {
    const [x, y] = [a.sheet ?? "", b.sheet ?? ""];
    if (x !== y) return x < y ? -1 : 1;
    return (a.from.column ?? 0) - (b.from.column ?? 0) || (a.from.row ?? 0) - (b.from.row ?? 0);
  };
  if (terms.every((t, i) => i === 0 || before(terms[i - 1], t) <= 0)) return tokens;
  terms.sort(before);
  return terms.flatMap((t, i) => (i === 0 ? [t] : [{ kind: "other" as const, text: "+" }, t]));
}

/** "=+B31-B33" and "=B31-B33" are the same formula: a leading or opening "+" adds nothing. */
function dropUnaryPlus(tokens: FormulaToken[]): FormulaToken[] {
  return tokens.filter((t, i) => {
    if (t.kind !== "other" || t.text !== "+") return true;
    const before = tokens[i - 1];
    return !(before === undefined || (before.kind === "other" && (before.text === "(" || before.text === ",")));
  });
}

function endKey(end: RefEnd): string {
  const r = end.row === undefined ? "" : end.rowAbsolute ? `R${end.row}` : `R[${end.row}]`;
  const c = end.column === undefined ? "" : end.columnAbsolute ? `C${end.column}` : `C[${end.column}]`;
  return r + c;
}

function refKey(token: Extract<FormulaToken, { kind: "ref" }>): string {
  const sheet = token.sheet ? `'${token.sheet}'!` : "";
  return sheet + endKey(token.from) + (token.to ? `:${endKey(token.to)}` : "");
}

/** The shape of a formula at a cell; references naming the formula's own sheet count as unnamed. */
export function formulaShape(
  formula: string,
  row: number,
  column: number,
  ownSheet?: string
): FormulaShape | undefined {
  const tokens = tokenize(formula, row, column);
  if (!tokens || tokens.length === 0) return undefined;
  const own = ownSheet?.toLowerCase();
  for (const t of tokens) if (t.kind === "ref" && t.sheet && t.sheet.toLowerCase() === own) delete t.sheet;
  const keys = tokens.map((t) => (t.kind === "ref" ? refKey(t) : t.text));
  const key = keys.join(" ");
  const skeleton = tokens
    .map((t) => (t.kind === "ref" ? `${t.sheet ? `'${t.sheet}'!` : ""}${t.to ? "range" : "cell"}` : t.text))
    .join(" ");
  return { tokens, key, keys, skeleton };
}

/** A reference end placed at a cell: 1-based row and column, undefined when off the sheet. */
export function placeEnd(end: RefEnd, row: number, column: number): { row?: number; column?: number } | undefined {
  const r = end.row === undefined ? undefined : end.rowAbsolute ? end.row : end.row + row;
  const c = end.column === undefined ? undefined : end.columnAbsolute ? end.column : end.column + column;
  if ((r !== undefined && (r < 1 || r > MAX_ROW)) || (c !== undefined && (c < 1 || c > MAX_COLUMN))) return undefined;
  return { row: r, column: c };
}

/** Whether a formula is a single reference ("=B5", "=Blad2!C7"): a link, not a computation. */
export function isLink(shape: FormulaShape): boolean {
  const refs = shape.tokens.filter((t) => t.kind === "ref");
  return (
    refs.length === 1 &&
    !refs[0].to &&
    shape.tokens.every((t) => t.kind === "ref" || (t.kind === "other" && t.text === "-"))
  );
}

/** Whether the shape's tokens hold an error literal such as #REF!. */
export function errorLiterals(shape: FormulaShape): string[] {
  return shape.tokens.filter((t) => t.kind === "error").map((t) => t.text);
}
