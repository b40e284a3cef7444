// Bounds on what a stored setting may say. A year of 99999 or a trappa of 10^400 kr is no setting an
// ekonom made; such a value is dropped with a notice (Swedish, one line), and never reaches a sheet.
import Decimal from "decimal.js";
import { settingsStrings } from "./strings";

export const YEAR_BOUNDS = { min: 1900, max: 2200 };
export const MAX_ROW = 1048576;
export const MAX_COLUMN = 16384;
/** Amounts in kr (trappa steps, kommun weights): ±10^15 kr is beyond any Finsam budget. */
export const MAX_AMOUNT = new Decimal("1e15");
/** Percentages (the trappa's ceiling): up to 1 000 %. */
export const MAX_PERCENT = new Decimal(1000);

/** Collects the notices of one parse; a parse without a collector drops values silently. */
export type Notices = string[] | undefined;

export function yearInBounds(year: number, notices: Notices, where: string): boolean {
  if (year >= YEAR_BOUNDS.min && year <= YEAR_BOUNDS.max) return true;
  notices?.push(settingsStrings.yearOutOfBounds(where, year, YEAR_BOUNDS.min, YEAR_BOUNDS.max));
  return false;
}

export function rowInBounds(row: number): boolean {
  return row >= 1 && row <= MAX_ROW;
}

export function columnInBounds(column: number): boolean {
  return column >= 1 && column <= MAX_COLUMN;
}

/** A stored number as text ("12 345", "23,5 %", "1e400"); undefined when it is no number. */
function storedNumber(text: string): Decimal | undefined {
  const plain = text.replace(/[\s\u00A0\u202F%]/g, "").replace(",", ".");
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i.test(plain)) return undefined;
  return new Decimal(plain);
}

/** An amount or weight within 0..10^15; text that is no number is left to the check that reads it. */
export function amountInBounds(text: string, notices: Notices, where: string): boolean {
  const n = storedNumber(text);
  if (n === undefined || (n.gte(0) && n.lte(MAX_AMOUNT))) return true;
  notices?.push(settingsStrings.amountOutOfBounds(where, text));
  return false;
}

/** A percentage within 0..1 000. */
export function percentInBounds(text: string, notices: Notices, where: string): boolean {
  const n = storedNumber(text);
  if (n === undefined || (n.gte(0) && n.lte(MAX_PERCENT))) return true;
  notices?.push(settingsStrings.percentOutOfBounds(where, text));
  return false;
}
