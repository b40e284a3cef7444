// A cell as Excel shows it to a Swedish user: its number format applied ("# ##0", "0,0 %",
// '"Prognos "0', '#,##0 "kr"'), a decimal comma, spaces between thousands. Only what the sheet
// view needs: no colours, conditions or fractions; a date format shows the date as ÅÅÅÅ-MM-DD.
import Decimal from "decimal.js";
import { toDecimal } from "../../domain/amount";
import type { Cell } from "../../domain/grid";

const NBSP = "\u00a0";

/** The sections of a format ("pos;neg;zero;text"), split outside quotes and brackets. */
function sections(format: string): string[] {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === "\\" && !quoted) {
      current += ch + (format[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "[") bracket = true;
    else if (!quoted && ch === "]") bracket = false;
    if (ch === ";" && !quoted && !bracket) {
      out.push(current);
      current = "";
    } else current += ch;
  }
  out.push(current);
  return out;
}

interface Token {
  kind: "literal" | "code";
  text: string;
}

/** Literal text (quoted, escaped, spacing) apart from the format codes; colours and locales dropped. */
function tokens(section: string): Token[] {
  const out: Token[] = [];
  const push = (kind: Token["kind"], text: string) => {
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.text += text;
    else out.push({ kind, text });
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      push("literal", section.slice(i + 1, end < 0 ? undefined : end));
      i = end < 0 ? section.length : end;
    } else if (ch === "\\") {
      push("literal", section[i + 1] ?? "");
      i++;
    } else if (ch === "_") {
      push("literal", " ");
      i++;
    } else if (ch === "*") {
      i++;
    } else if (ch === "[") {
      i = Math.max(i, section.indexOf("]", i));
    } else if (/[0#?.,%]/.test(ch)) {
      push("code", ch);
    } else if (/[ \u00a0]/.test(ch) && /[0#?]/.test(section[i - 1] ?? "") && /[0#?]/.test(section[i + 1] ?? "")) {
      push("code", ","); // "# ##0", a Swedish local format: the space groups thousands
    } else {
      push("literal", ch);
    }
  }
  return out;
}

function grouped(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
}

/** The number through one section's codes; the sign is the caller's. */
function applyCodes(value: Decimal, code: string): string {
  const percent = code.includes("%");
  // Commas right after the last digit placeholder scale by 1 000 each.
  const scaleCommas = /[0#?](,+)(?![0#?])/.exec(code)?.[1]?.length ?? 0;
  const digits = code.replace(/%/g, "");
  const point = digits.indexOf(".");
  const decimals = point < 0 ? 0 : (digits.slice(point + 1).match(/[0#?]/g) ?? []).length;
  const thousands = /[0#?],[0#?]/.test(point < 0 ? digits : digits.slice(0, point));
  let v = value.abs();
  if (percent) v = v.times(100);
  if (scaleCommas) v = v.div(new Decimal(1000).pow(scaleCommas));
  const fixed = v.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals);
  const [whole, fraction] = fixed.split(".");
  const wholeText = /[0]/.test(point < 0 ? digits : digits.slice(0, point)) || whole !== "0" ? whole : "";
  const text = (thousands ? grouped(wholeText) : wholeText) + (fraction ? `,${fraction}` : "");
  return percent ? `${text}${NBSP}%` : text;
}

const DATE_CODES = /[dmyhs]/i;

/** Excel's serial day (1900 system) as ÅÅÅÅ-MM-DD. */
function serialDate(serial: number): string {
  const ms = Math.round((serial - 25569) * 86400000);
  return new Date(ms).toISOString().slice(0, 10);
}

/** A number through an Excel number format, as Swedish Excel shows it. */
export function formatNumber(value: number, format: string | undefined): string {
  const general = (n: number) => {
    const d = new Decimal(n.toPrecision(11)); // General shows about 11 significant digits
    return d.isZero() ? "0" : d.toFixed().replace(".", ",").replace(/^-/, "-");
  };
  if (!format || /^general$/i.test(format.trim()) || format.trim() === "@") return general(value);
  const parts = sections(format);
  const negative = value < 0;
  const section =
    negative && parts[1] !== undefined ? parts[1] : value === 0 && parts[2] !== undefined ? parts[2] : parts[0];
  const list = tokens(section);
  const codes = list
    .filter((t) => t.kind === "code")
    .map((t) => t.text)
    .join("");
  if (!/[0#?]/.test(codes)) {
    const literal = list.map((t) => t.text).join("");
    if (DATE_CODES.test(literal.replace(/"[^"]*"/g, ""))) return serialDate(value);
    return literal || general(value);
  }
  const number = applyCodes(toDecimal(value), codes);
  let placed = false;
  const text = list
    .map((t) => {
      if (t.kind === "literal") return t.text;
      if (placed) return "";
      placed = true;
      return number;
    })
    .join("");
  // The negative section writes its own sign (or none, as in "(#,##0)"); the first section does not.
  return negative && parts[1] === undefined ? `-${text}` : text;
}

/** What a cell shows: formatted numbers, text as written, SANT/FALSKT, an error's code. */
export function displayText(cell: Cell | undefined): string {
  if (!cell) return "";
  const v = cell.value;
  switch (v.type) {
    case "number":
      return Number.isFinite(v.value) ? formatNumber(v.value, cell.numberFormat) : "#NUM!";
    case "string":
      return v.value;
    case "boolean":
      return v.value ? "SANT" : "FALSKT";
    case "error":
      return v.value;
    default:
      return "";
  }
}
