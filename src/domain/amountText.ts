// The text grammar of a Swedish amount, for amount.ts: spaces, signs, units and digit groups.
// Everything here works on strings; amount.ts turns the result into a Decimal.
import type { StatedUnit } from "./table";

/** U+00A0, the no-break space Swedish formatting puts between digit groups and before a unit. */
export const NBSP = "\u00A0";

/** Hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus sign (U+2212). */
const MINUS = "\\-\u2010\u2011\u2012\u2013\u2014\u2212";
const SIGN = new RegExp(`^([+${MINUS}])\\s*`);
const DASH_ONLY = new RegExp(`^[${MINUS}]$`);

/** Unit words, lower-cased, as documents and Excel formats write them. */
const UNIT_WORDS = new Map<string, StatedUnit>([
  ["kr", "kr"],
  ["kronor", "kr"],
  ["sek", "kr"],
  ["tkr", "tkr"],
  ["ksek", "tkr"],
  ["tsek", "tkr"],
  ["mkr", "Mkr"],
  ["mnkr", "Mkr"],
  ["msek", "Mkr"],
]);

/** Trims and turns every run of whitespace (JS \s covers U+00A0, U+2007, U+2009, U+202F) into one space. */
export function normalizeSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** The unit word a string ends with ("4516 tkr", "546 000 kr.", "1 234:-"), and what comes before it. */
export function splitUnit(text: string): { rest: string; unit?: StatedUnit } {
  // ":-" and ",-" mark whole kronor ("1 234 567:-").
  if (/[:,]-$/.test(text)) return { rest: text.slice(0, -2).trimEnd(), unit: "kr" };
  const m = /^(.*?)\s*([A-Za-z]+)\.?$/.exec(text);
  const unit = m ? UNIT_WORDS.get(m[2].toLowerCase()) : undefined;
  return m && unit ? { rest: m[1], unit } : { rest: text };
}

/** The unit a number format shows, e.g. `# ##0 "kr"`, `#,##0 tkr`, `[$kr-41D] #,##0`. */
export function unitFromNumberFormat(format: string | undefined): StatedUnit | undefined {
  if (!format) return undefined;
  const m = /(?:^|[^A-Za-z])(kronor|tkr|ksek|tsek|mnkr|mkr|msek|kr|sek)(?![A-Za-z])/i.exec(format);
  return m ? UNIT_WORDS.get(m[1].toLowerCase()) : undefined;
}

/** A leading sign: "-", "- ", "–", "−" or "+", with the text after it. */
export function splitSign(text: string): { negative: boolean; signed: boolean; rest: string } {
  const m = SIGN.exec(text);
  if (!m) return { negative: false, signed: false, rest: text };
  return { negative: m[1] !== "+", signed: true, rest: text.slice(m[0].length) };
}

export function isDashOnly(text: string): boolean {
  return DASH_ONLY.test(text);
}

const PLAIN = /^(?:0|[1-9]\d*)$/;
/** Groups of three after a first group of one to three digits, split by spaces or dots (mixed, as "2.059 000"). */
const GROUPED = /^[1-9]\d{0,2}(?:[ .]\d{3})+$/;
const FRACTION = /^\d+$/;

/** "1 855 250" or "2.059 000" or "9032" → the bare digits; a leading zero ("07", "0 500") is refused. */
function integerDigits(text: string): string | undefined {
  if (PLAIN.test(text)) return text;
  if (GROUPED.test(text)) return text.replace(/[ .]/g, "");
  return undefined;
}

/**
 * The unsigned digits of an amount as a plain decimal string ("1855250.50"), or undefined.
 *
 * Separators, decided once for every caller:
 * - a comma is the decimal comma ("12,5", "1 855 250,50"); with a comma, dots and spaces
 *   before it group thousands ("1.234,50");
 * - more than one comma is refused: "1,234,567" is English thousands, which no Swedish
 *   document writes, and reading it would give the comma two meanings ("1,234" is 1.234);
 * - a dot followed by exactly three digits and then a space, a dot or the end, after a
 *   valid first group, groups thousands ("2.059 000", "1.234.567", and so "1.234" = 1234);
 * - any other single dot is a decimal point ("1.5", "0.125", "1234.567", "1 234.50").
 */
export function decimalString(body: string): string | undefined {
  const commaParts = body.split(",");
  if (commaParts.length > 2) return undefined;
  if (commaParts.length === 2) {
    const [whole, fraction] = commaParts;
    const digits = integerDigits(whole);
    return digits !== undefined && FRACTION.test(fraction) ? `${digits}.${fraction}` : undefined;
  }
  const grouped = integerDigits(body);
  if (grouped !== undefined) return grouped;
  const dot = body.indexOf(".");
  if (dot < 0 || dot !== body.lastIndexOf(".")) return undefined;
  const whole = body.slice(0, dot);
  const fraction = body.slice(dot + 1);
  const digits = integerDigits(whole);
  return digits !== undefined && FRACTION.test(fraction) ? `${digits}.${fraction}` : undefined;
}

/** "1828456" → "1 828 456" with no-break spaces. */
export function groupDigits(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
}

/** A plain decimal string ("-1828456.5") in sv-SE form ("-1 828 456,5"). */
export function swedishNumber(plain: string): string {
  const negative = plain.startsWith("-");
  const [whole, fraction] = (negative ? plain.slice(1) : plain).split(".");
  return (negative ? "-" : "") + groupDigits(whole) + (fraction ? `,${fraction}` : "");
}
