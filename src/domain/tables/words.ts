// Words any table uses to say how its lines add up, in Swedish and English: totals, results,
// "varav" lines, subtracted terms, variance columns. Generic: no budget or accounting words here.
import type { LineMarks } from "./model";

const MARKUP = /<\/?(?:b|i|u|strong|em)>|\*\*|__/gi;
const BULLET = /^[•·◦▪▫●○■□►▶➢✓*>\-–—−]\s*/;
const NUMBERING = /^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=\p{L})/u;

/** A label's matching key: lower case, no markup, bullet, numbering or trailing punctuation. */
export function lineKey(label: string): string {
  let text = label.replace(MARKUP, "").replace(/\s+/g, " ").trim();
  if (!/^[-–—−]\s*\d/.test(text)) text = text.replace(BULLET, "");
  text = text.replace(NUMBERING, "");
  return text
    .toLowerCase()
    .replace(/[–—−]/g, "-")
    .replace(/[:.,;*]+$/, "")
    .trim();
}

const TOTAL_FIRST =
  /^(?:summa|s:a|delsumma|totalsumma|total summa|summering|totalt|totala|total|totals|subtotal|sub-total|grand total|sum)\b[\s,:]*(.*)$/;
const TOTAL_LAST = /^(.*?)[\s,]+(?:totalt|total|totals|summa|sum|i alla)$/;

/** "Summa kostnader" → "kostnader"; "Kommunen totalt" → "kommunen"; undefined when no total word. */
export function totalTarget(key: string): string | undefined {
  const first = TOTAL_FIRST.exec(key);
  if (first) return first[1].replace(/^(?:av|för|of|for)\s+/, "").trim();
  const last = TOTAL_LAST.exec(key);
  if (last && /\p{L}/u.test(last[1])) return last[1].trim();
  if (/^(?:all|alla|samtliga)\b/.test(key)) return "";
  return undefined;
}

const RESULT = /resultat|^netto|nettokostnad|\bresult\b|\bnet\b|^över-?\s*\/?\s*underskott|surplus|deficit/;
const VARAV = /^(?:[-–—−]\s*)?(?:varav|därav|of which|thereof)\b/;
const SUBTRACT = /^(?:avgår|minus|avdrag|avdras|less|deduct)\b|^\(-\)/;

/** What a label says on its own; `hasFigures` tells a heading from a line of figures. */
export function marksOf(label: string, hasFigures: boolean, bold = false): LineMarks {
  const raw = label.replace(MARKUP, "").trim().toLowerCase();
  const key = lineKey(label);
  const marks: LineMarks = {};
  if (VARAV.test(raw)) marks.varav = true;
  else if (SUBTRACT.test(key)) marks.subtract = true;
  const target = totalTarget(key);
  if (target !== undefined && !marks.varav) marks.total = { target };
  if (RESULT.test(key) && !marks.varav) marks.result = true;
  if (!hasFigures && key !== "") marks.heading = true;
  if (/^[-–—•·]\s+\p{L}/u.test(raw)) marks.bullet = true;
  const letters = label.replace(/[^\p{L}]/gu, "");
  if (bold || /<b>|\*\*/.test(label) || (letters.length >= 4 && letters === letters.toUpperCase()))
    marks.emphasis = true;
  return marks;
}

/** A column header that names a difference between two other columns. */
export function isVarianceHeader(header: string): boolean {
  return /avvikelse|\bdiff|differens|förändring|skillnad|variance|difference|\bchange\b|budget\s*[-–−]\s*utfall|utfall\s*[-–−]\s*budget/i.test(
    header
  );
}

/** A column of note numbers ("Not", "Noter"), which holds no figures of the table. */
export function isNoteHeader(header: string): boolean {
  return /^(?:not|noter|note|notes|ref)\.?$/i.test(header.trim());
}

/** Whether a total's target names a heading: "kostnader" closes "Kostnader", "verksamhetens kostnader". */
export function targetMatches(heading: string, target: string): boolean {
  if (heading === target) return true;
  if (target.length < 4 || heading.length < 4) return false;
  return heading.startsWith(target) || target.startsWith(heading) || heading.endsWith(` ${target}`);
}

/** A column of ratios, shares, averages or rates, whose figures no sum adds ("%", "Andel", "Percent change"). */
export function isRatioHeader(header: string): boolean {
  return /%|procent|percent|andel|\bshare\b|\brate\b|ratio|index|average|\bavg\b|\bmean\b|medel|genomsnitt|snitt|per capita|per invånare|\bper\b|kr\/inv|\/inv/i.test(
    header
  );
}
