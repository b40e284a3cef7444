// Swedish amounts: read "2.059 000 kr", "- 618", "–1 828 456", "+ 260 000", "(618)"; write sv-SE.
// Money is decimal.js from the first character read: no binary float ever holds a parsed amount.
import Decimal from "decimal.js";
import type { Cell } from "./grid";
import { UNKNOWN_UNIT, type AmountSource, type StatedUnit, type Unit } from "./table";
import {
  NBSP,
  decimalString,
  isDashOnly,
  normalizeSpaces,
  splitSign,
  splitUnit,
  swedishNumber,
  unitFromNumberFormat,
} from "./amountText";

export interface ParsedAmount {
  value: Decimal;
  unit?: StatedUnit;
}

export interface CellAmount extends ParsedAmount {
  source: AmountSource;
  /** The cell's text as written, when source is "text". */
  text?: string;
}

/** Longer than any amount a budget writes; keeps pathological cells cheap. */
const MAX_AMOUNT_LENGTH = 64;

/**
 * An amount written as text, or undefined when the text is not one amount.
 *
 * Accepts digit groups split by spaces (any Unicode space), dots or both ("2.059 000"), a
 * decimal comma, a leading sign (+, -, –, −, with or without a space), parentheses for a
 * negative ("(618)"), and a trailing unit: kr, kronor, SEK, ":-" (all "kr"), tkr, TSEK, KSEK
 * ("tkr"), Mkr, mkr, mnkr, MSEK ("Mkr"), optionally followed by a full stop.
 * A dash alone ("-", "–", optionally with a unit, as Excel's accounting format shows zero)
 * is 0: Swedish tables write it for "nothing" in a cell where a figure belongs.
 * Refuses percentages, dates, ranges ("2020-2022"), phone and organisation numbers, times,
 * anything with a word in it, a leading zero ("07") and English thousands ("1,234,567").
 * See decimalString for how dots and commas are told apart. A lone year ("2024") is 2024.
 */
export function parseAmount(text: string): ParsedAmount | undefined {
  const normalized = normalizeSpaces(text);
  if (normalized === "" || normalized.length > MAX_AMOUNT_LENGTH) return undefined;
  let { rest, unit } = splitUnit(normalized);
  let negative = false;
  const paren = /^\((.+)\)$/.exec(rest);
  if (paren) {
    negative = true;
    rest = paren[1].trim();
    if (!unit) ({ rest, unit } = splitUnit(rest));
  } else {
    if (isDashOnly(rest)) return withUnit(new Decimal(0), unit);
    const sign = splitSign(rest);
    negative = sign.negative;
    rest = sign.rest;
  }
  const digits = decimalString(rest);
  if (digits === undefined) return undefined;
  const value = new Decimal(digits);
  return withUnit(negative && !value.isZero() ? value.negated() : value, unit);
}

function withUnit(value: Decimal, unit: StatedUnit | undefined): ParsedAmount {
  return unit ? { value, unit } : { value };
}

/**
 * A label and the amount that ends it, in one cell: "Överskott 2020 329" → "Överskott 2020", 329.
 * Takes the longest trailing run of words that parses as an amount, after a label with a
 * letter in it. Refuses a lone dash ("Resultat –" is punctuation) and a bare year with no
 * unit ("Budget 2024" is a period header, not 2024 kr).
 */
export function splitLabelAmount(text: string): { label: string; amount: ParsedAmount } | undefined {
  const words = normalizeSpaces(text).split(" ");
  for (let i = 1; i < words.length; i++) {
    const label = words.slice(0, i).join(" ");
    const amountText = words.slice(i).join(" ");
    if (!/\d/.test(amountText)) continue;
    const amount = parseAmount(amountText);
    if (!amount) continue;
    if (!/\p{L}/u.test(label)) return undefined;
    if (!amount.unit && isYear(amountText) !== undefined) return undefined;
    return { label, amount };
  }
  return undefined;
}

/** Significant digits Excel shows of a number (and keeps when it writes one as text). */
const EXCEL_DIGITS = 15;

/**
 * A double as Excel shows it, as a Decimal: rounded to 15 significant digits before it
 * becomes a decimal, so binary noise never reaches a sum or a message (0.1 + 0.2 → 0.3,
 * 18.500000000000004 → 18.5, =100000/3 → 33333.3333333333).
 */
export function toDecimal(n: number): Decimal {
  if (n === 0) return new Decimal(0);
  // Whole numbers of up to 15 digits are exact as they are (and the common case: fast).
  if (Number.isInteger(n) && n > -1e15 && n < 1e15) return new Decimal(n);
  return new Decimal(n.toPrecision(EXCEL_DIGITS));
}

/**
 * The amount a cell holds: a number (source "number", or "formula" when the cell has one; the
 * unit from its number format, e.g. `# ##0 "kr"`), or an amount written as text (source
 * "text", the text kept). Empty cells, booleans, errors and text that is no amount: undefined.
 */
export function cellAmount(cell: Cell | undefined): CellAmount | undefined {
  if (!cell) return undefined;
  const v = cell.value;
  if (v.type === "number") {
    if (!Number.isFinite(v.value)) return undefined;
    const source: AmountSource = cell.formula ? "formula" : "number";
    const unit = unitFromNumberFormat(cell.numberFormat);
    return unit ? { value: toDecimal(v.value), unit, source } : { value: toDecimal(v.value), source };
  }
  if (v.type !== "string") return undefined;
  const parsed = parseAmount(v.value);
  if (!parsed) return undefined;
  return { ...parsed, source: "text", text: v.value };
}

/**
 * sv-SE: "1 828 456 kr" with U+00A0 between digit groups and before the unit, "-" for a
 * negative, a decimal comma and every decimal the value has only when it is not whole. A
 * figure whose unit is unknown is shown as printed, with no unit word ("42,5").
 */
export function formatAmount(value: Decimal, unit?: Unit): string {
  const text = swedishNumber(value.isZero() ? "0" : value.toFixed());
  return unit && unit !== UNKNOWN_UNIT ? `${text}${NBSP}${unit}` : text;
}

/** A ratio as a sv-SE percentage: 0.25 → "25,0 %" (U+00A0 before "%"), rounded half up. */
export function formatPercent(value: Decimal, decimals = 1): string {
  const percent = value.times(100).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  const plain = percent.isZero() ? percent.abs().toFixed(decimals) : percent.toFixed(decimals);
  return `${swedishNumber(plain)}${NBSP}%`;
}

const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

/** A year from 1990 to 2100, as a whole number or as four digits alone ("2024", not "2024 kr"). */
export function isYear(text: string | number): number | undefined {
  let year: number;
  if (typeof text === "number") {
    year = text;
  } else {
    const trimmed = normalizeSpaces(text);
    if (!/^\d{4}$/.test(trimmed)) return undefined;
    year = Number(trimmed);
  }
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR ? year : undefined;
}
