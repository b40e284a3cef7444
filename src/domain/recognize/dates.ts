// Dates in column headers: "2017-12-31", "31 dec 2017", "12/31/2017", "31.12.2017", and
// Excel date serials in date-formatted cells. A balance sheet heads its columns with the
// day of its closing; the header's year is the period's year.

export interface HeaderDate {
  year: number;
  /** ISO "2017-12-31" when the day and month are known. */
  iso?: string;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  januari: 1,
  feb: 2,
  februari: 2,
  mar: 3,
  mars: 3,
  apr: 4,
  april: 4,
  maj: 5,
  jun: 6,
  juni: 6,
  jul: 7,
  juli: 7,
  aug: 8,
  augusti: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oktober: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

function valid(year: number, month: number, day: number): boolean {
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function dated(year: number, month: number, day: number): HeaderDate | undefined {
  return valid(year, month, day) ? { year, iso: iso(year, month, day) } : undefined;
}

/** The last day of quarter 1–4 and of tertial 1–3. */
const QUARTER_END = ["03-31", "06-30", "09-30", "12-31"];
const TERTIAL_END = ["04-30", "08-31", "12-31"];
const QUARTER = /(?<![\p{L}\d])(?:q|kv(?:artal)?\.?\s*)([1-4])\s*[-/]?\s*((?:19|20)\d{2})(?!\d)/iu;
const QUARTER_AFTER = /(?<!\d)((?:19|20)\d{2})\s*[-/]?\s*(?:q|kv(?:artal)?\.?\s*)([1-4])(?![\p{L}\d])/iu;
const TERTIAL = /(?<![\p{L}\d])(?:t|tertial\s*)([1-3])\s*[-/]?\s*((?:19|20)\d{2})(?!\d)/iu;

/** "Q1 2018", "Kv 3 2017", "2018 Q1", "T2 2019": the closing day of that quarter or tertial. */
function partOfYear(text: string): { date: HeaderDate; match: string } | undefined {
  const q = QUARTER.exec(text);
  if (q) return { date: { year: Number(q[2]), iso: `${q[2]}-${QUARTER_END[Number(q[1]) - 1]}` }, match: q[0] };
  const qa = QUARTER_AFTER.exec(text);
  if (qa) return { date: { year: Number(qa[1]), iso: `${qa[1]}-${QUARTER_END[Number(qa[2]) - 1]}` }, match: qa[0] };
  const t = TERTIAL.exec(text);
  if (t) return { date: { year: Number(t[2]), iso: `${t[2]}-${TERTIAL_END[Number(t[1]) - 1]}` }, match: t[0] };
  return undefined;
}

const ISO_DATE = /(?<!\d)((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?!\d)/;
const DOTTED = /(?<!\d)(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d{2})(?!\d)/;
const WORDED = /(?<!\d)(\d{1,2})\s*([a-zåäö]{3,9})\.?\s+((?:19|20)\d{2})(?!\d)/i;

/** The one date a header text names, or undefined ("Utfall 2019-12-31" → 2019-12-31, "Q1 2018" → 2018-03-31). */
export function dateInText(text: string): { date: HeaderDate; match: string } | undefined {
  const part = partOfYear(text);
  if (part) return part;
  const isoMatch = ISO_DATE.exec(text);
  if (isoMatch) {
    const date = dated(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
    return date ? { date, match: isoMatch[0] } : undefined;
  }
  const worded = WORDED.exec(text);
  const month = worded ? MONTHS[worded[2].toLowerCase()] : undefined;
  if (worded && month) {
    const date = dated(Number(worded[3]), month, Number(worded[1]));
    return date ? { date, match: worded[0] } : undefined;
  }
  const dotted = DOTTED.exec(text);
  if (dotted) {
    const [a, b, year] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
    // Day first as Swedish writes it ("31.12.2017"), month first where the day cannot be a month ("12/31/2017").
    const date = a > 12 || !valid(year, a, b) ? dated(year, b, a) : b > 12 ? dated(year, a, b) : dated(year, b, a);
    if (date) return { date, match: dotted[0] };
    if (year >= FIRST_YEAR && year <= LAST_YEAR) return { date: { year }, match: dotted[0] };
  }
  return undefined;
}

/**
 * A number format that shows a date: day, month or year codes outside quotes, brackets and
 * escapes, and no digit placeholder ("yyyy-mm-dd", "d mmm yyyy", "m/d/yy"; not `# ##0 "mkr"`).
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "")
    .replace(/_./g, "");
  return /[dy]|m{1,4}/i.test(bare) && !/[0#?]/.test(bare) && !/^general$/i.test(bare.trim());
}

/** Day 1 of Excel's 1900 date system is 1900-01-01; 1899-12-30 + serial holds from day 61 (Excel's 1900 leap day). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86400000;

/** An Excel date serial as a date, or undefined outside 1990–2100. */
export function serialDate(serial: number): HeaderDate | undefined {
  if (!Number.isFinite(serial) || serial < 61) return undefined;
  const d = new Date(EXCEL_EPOCH + Math.floor(serial) * DAY_MS);
  return dated(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}
