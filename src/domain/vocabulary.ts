// Swedish budget words: labels → row roles and member kinds, headers → period kinds, units,
// and the words that say a table is not a budget. Pure string work; recognize/ uses it.
import type { MemberKind, RowRole } from "./table";
import { KOMMUN_NAMES } from "./kommuner";

export type Side = "income" | "cost" | "equity" | "assets" | "liabilities";

export interface NormalizedLabel {
  /** The label as shown, markup and bullets removed, spaces collapsed. */
  text: string;
  /** Lower-case matching key: no numbering, bullets, asterisks or trailing "+/-". */
  key: string;
  /** Depth from numbering ("6.1.1" → 2) or a bullet / leading dash (1). */
  depth: number;
  bullet: boolean;
  numbering?: string;
}

const TAGS = /<\/?(?:b|i|u|strong|em)>/gi;
const BULLET = /^[•·◦▪▫●○■□►▶➢✓*>\-–—]\s*/;
const NUMBERING = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(?=\p{L})/u;

export function normalizeLabel(raw: string): NormalizedLabel {
  let text = raw
    .replace(TAGS, "")
    .replace(/\*\*|__/g, "")
    .replace(/\s+/g, " ")
    .trim();
  let bullet = false;
  let numbering: string | undefined;
  const b = BULLET.exec(text);
  if (b && !/^[-–—]\s*\d/.test(text)) {
    bullet = true;
    text = text.slice(b[0].length);
  }
  const n = NUMBERING.exec(text);
  if (n) {
    numbering = n[1];
    text = text.slice(n[0].length);
  }
  text = text
    .replace(/\s*\*+\s*$/, "")
    .replace(/\s*\+\s*\/\s*[-–]\s*$/, "")
    .trim();
  const key = text
    .toLowerCase()
    .replace(/[–—]/g, "-")
    .replace(/\s*\/\s*/g, "/")
    .replace(/\s+-\s+/g, "-")
    .replace(/[:.,;]+$/, "")
    .trim();
  const depth = numbering ? numbering.split(".").length - 1 : bullet ? 1 : 0;
  return { text, key, depth, bullet, numbering };
}

/** What a label says on its own, before its values and position are known. */
export interface LabelMeaning {
  /** The role the label names, when it names one. */
  role?: RowRole;
  member?: MemberKind;
  /** "Summa X" / "Summa" / "Totalt": a sum; target is X (lower case), "" for a bare sum. */
  sum?: { target: string };
  /** The side a heading with this label opens ("KOSTNADER", "Tillgångar"). */
  opens?: Side;
  /** The side an item with this label most likely stands on. */
  leans?: Side;
  /** Income carried over from earlier years ("Överskott från tidigare år"). */
  carried?: boolean;
}

const SUM_PREFIX = /^(?:summa|s:a|total summa|totalsumma|totalt|total|totala|summering)\b\s*(.*)$/;

const INCOME =
  /intäkt|medlemsbidrag|bidrag|medelstilldelning|tilldelning|finansiell ram|finansiering|\besf\b|esf-|sjuklöneersättning|ersättning|medel från|anslag/;
const COST =
  /kostnad|insats|lön|personal|hyra|lokal|arvode|revision|kansli|administration|adm\b|styrelse|utbildning|konferens|resor|material|tjänst|projekt|utvärdering|avgift|representation|försäkring|telefon|licens|förbrukning|inventarie|aktivitet|köp av|utveckling|avskrivning/;

const EQUITY_IN = [
  /^(?:prel(?:iminärt?)?\.? )?(?:ingående eget kapital|eget kapital,? ingående|eget kapital ib|ib eget kapital)/,
  /^överskott från tidigare år/,
  /^överskott \d{4}\b/,
  /^(?:ingående )?balanserat (?:resultat|överskott)/,
  /^samlat överskott/,
  /^(?:ingående )?(?:eget kapital )?vid årets början/,
];
const EQUITY_OUT = [
  /^(?:prel(?:iminärt?)?\.? )?(?:beräknat )?(?:utgående )?eget kapital(?:,? utgående| ub| vid årets slut| vid periodens slut)?(?: \d{4})?$/,
  /^(?:prel(?:iminärt?)?\.? )?(?:beräknat )?eget kapital,? utgående/,
  /^preliminärt beräknat eget kapital/,
  /^periodens (?:ackumulerade|acku\.?|ack\.?) resultat/,
  /^ackumulerat resultat/,
  /^summa eget kapital$/,
];
const EQUITY_USE =
  /^(?:i?anspråk(?:s)?tagande|nyttjande|användning|utnyttjande) av eget kapital|^ianspråktaget eget kapital/;
const RESULT = [
  /^(?:årets |budgeterat |beräknat |prel(?:iminärt?)?\.? |periodens |förväntat )?resultat\b(?! från)/,
  /^över-?\/?underskott/,
  /^överskott\/underskott/,
  /^underskott\/överskott/,
  /^verksamhetens nettokostnader/,
  /^nettoresultat/,
  /^(?:årets )?över-\/underskott/,
];
const BALANCE =
  /^summa tillgångar|^summa skulder|^summa eget kapital och skulder|^summa kortfristiga skulder|^summa långfristiga skulder|^summa anläggningstillgångar|^summa omsättningstillgångar|tillgångar$|skulder$|^kassa och bank|^fordringar|^kortfristiga skulder|^långfristiga skulder/;

const HEADINGS: [RegExp, Side][] = [
  [
    /^(?:verksamhetens |finansiella |summa )?intäkter$|^finansiering$|^intäkter och bidrag$|^bidrag$|^medlemsbidrag$/,
    "income",
  ],
  [/^(?:verksamhetens |finansiella )?kostnader$|^utgifter$|^kostnader och insatser$/, "cost"],
  [/^tillgångar$|^anläggningstillgångar$|^omsättningstillgångar$/, "assets"],
  [
    /^eget kapital och skulder$|^skulder och eget kapital$|^skulder$|^kortfristiga skulder$|^långfristiga skulder$/,
    "liabilities",
  ],
  [/^eget kapital$/, "equity"],
];

const STATE = /försäkringskass|arbetsförmedling|^staten\b|^statlig|^fk\b|^af\b|^fk\/af|^af\/fk/;
const REGION =
  /^region\b|regionen$|^landsting|landstinget|hälso-\s?och sjukvårdsnämnd|^hsn\b|^västra götalandsregionen/;
const KOMMUNER = /^kommuner(?:na)?\b(?!\s+\p{L}+s?\s+kommun)|^(?:\p{L}+-)?kommunerna$/u;
const KOMMUN = /^(?:\p{L}[\p{L}-]*\s)+kommun$|^kommun\s+\p{L}+|^\p{L}+s? stad$/u;
const ALL_MEMBERS =
  /^(?:verksamhetens )?medlemsbidrag(?: från medlemmarna| totalt)?$|^finansiell ram$|^bidrag från (?:parterna|medlemmarna|huvudmännen)$|^medelstilldelning$|^medlemsinsatser$|^tilldelning$/;

/** A member named by its kind: "Försäkringskassan/Arbetsförmedlingen" → state. */
export function memberKindOf(key: string): MemberKind | undefined {
  if (STATE.test(key)) return "state";
  if (REGION.test(key)) return "region";
  if (KOMMUNER.test(key)) return "kommuner";
  if (KOMMUN.test(key) || KOMMUN_NAMES.has(key)) return "kommun";
  if (ALL_MEMBERS.test(key)) return "all";
  return undefined;
}

export function sideOpenedBy(key: string): Side | undefined {
  for (const [re, side] of HEADINGS) if (re.test(key)) return side;
  return undefined;
}

export function sideLeaning(key: string): Side | undefined {
  if (/^överskott från|^överskott \d{4}/.test(key)) return "income";
  if (INCOME.test(key) && !/kostnad/.test(key)) return "income";
  if (COST.test(key)) return "cost";
  return undefined;
}

/** The meaning of a normalized label key. */
export function labelMeaning(key: string): LabelMeaning {
  const meaning: LabelMeaning = {};
  const opens = sideOpenedBy(key);
  if (opens) meaning.opens = opens;
  const leans = sideLeaning(key);
  if (leans) meaning.leans = leans;
  if (EQUITY_USE.test(key)) return { ...meaning, role: "equity-use" };
  if (EQUITY_IN.some((re) => re.test(key))) {
    const carried = /^överskott|balanserat överskott|samlat överskott/.test(key);
    return { ...meaning, role: "equity-in", ...(carried ? { carried, leans: "income" as Side } : {}) };
  }
  if (EQUITY_OUT.some((re) => re.test(key))) {
    const sumOf = SUM_PREFIX.exec(key);
    return { ...meaning, role: "equity-out", ...(sumOf ? { sum: { target: sumOf[1] } } : {}) };
  }
  if (RESULT.some((re) => re.test(key))) return { ...meaning, role: "result" };
  const sum = SUM_PREFIX.exec(key);
  if (sum) {
    const target = sum[1].replace(/^(?:av|för)\s+/, "").trim();
    const out: LabelMeaning = { ...meaning, sum: { target } };
    delete out.opens;
    if (BALANCE.test(key)) out.role = "balance";
    else if (/^intäkter|^verksamhetens intäkter|^finansiering|^medlemsbidrag|^bidrag|^medelstilldelning/.test(target))
      out.role = "total-income";
    else if (/^kostnader|^verksamhetens kostnader|^utgifter/.test(target) || /^total summa|^totalsumma/.test(key))
      out.role = "total-cost";
    else if (/^totala intäkter/.test(key)) out.role = "total-income";
    else if (/^totala kostnader/.test(key)) out.role = "total-cost";
    return out;
  }
  if (BALANCE.test(key) && !/^eget kapital/.test(key)) meaning.role = "balance";
  const member = memberKindOf(key);
  if (member) return { ...meaning, role: "member", member };
  return meaning;
}

// ---- periods and columns: periodWords.ts ----

export * from "./periodWords";

// ---- evidence ----

/** Words of a budget: each one found in a table's labels is evidence. */
export const BUDGET_WORDS =
  /intäkt|kostnad|summa|resultat|medlemsbidrag|eget kapital|budget|insats|kansli|administration|personal|lokal|revision|tillgång|skuld|överskott|underskott|medelstilldelning|finansiell ram|arvode|lön|styrelse|bidrag|totalt/;

/** Words of statistics, calendars and lists: evidence against a budget. */
export const NOT_BUDGET_WORDS =
  /(?:^|[^\p{L}])(deltagar\p{L}*|ärenden?|ärendena|personer|individer|antal|kvinnor|män|inskrivna|avslutade|inkomna|anställning|studier|st|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|måndag|tisdag|onsdag|torsdag|fredag|kl|sid|sidan)(?![\p{L}])|\.{3,}/u;
