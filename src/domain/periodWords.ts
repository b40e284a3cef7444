// Swedish words of column headers and titles: period kinds, years, units, entities (kommun,
// koncern), variance and note columns, and the titles of accounts. Pure string work.
import type { PeriodKind, StatedUnit } from "./table";

const KIND_WORDS: [RegExp, PeriodKind][] = [
  [/\bprognos/, "prognos"],
  [/\butfall/, "utfall"],
  [/\bbokslut|\bårsredovisning|\bredovisat/, "bokslut"],
  [/\bplan\b|\bplan\s*\d|\bplanering/, "plan"],
  [/\bbudget|\bhelår|(?:^|[^\p{L}])år(?![\p{L}])|\bbidrag|\bram\b/u, "budget"],
];

/** The period kind a header names, if any ("Prognos 2020" → prognos; "Helår 2024" → budget). */
export function periodKindOf(text: string): PeriodKind | undefined {
  const t = text.toLowerCase();
  for (const [re, kind] of KIND_WORDS) if (re.test(t)) return kind;
  return undefined;
}

/** A single year named in a header ("År 2020(tkr)", "Budget 2019", "2024"); ranges refused. */
export function yearInText(text: string): number | undefined {
  const years = [...text.matchAll(/(?<![\d.,])((?:19|20)\d{2})(?![\d])/g)].map((m) => Number(m[1]));
  if (years.length !== 1) return undefined;
  if (/(?:19|20)\d{2}\s*[-–—/]\s*\d{2,4}/.test(text)) return undefined;
  return years[0];
}

/** "Avvikelse", "%", "Andel", "Not": a column that is no period. */
export function isNonPeriodHeader(text: string): boolean {
  return (
    isVarianceHeader(text) ||
    isNoteHeader(text) ||
    /%|procent|andel|kommentar|jämfört|^\(?\s*[+-]\s*\/\s*[-–]\s*\)?$/i.test(text)
  );
}

/**
 * A column of differences: "Avvikelse", "Budgetavvikelse", "Diff", "Differens", "Skillnad",
 * "Förändring", "Budget-Utfall", "Utfall mot budget", "+/-". Not a period; its figures are
 * the difference of two others, which the general layer checks.
 */
export function isVarianceHeader(text: string): boolean {
  const t = text.toLowerCase();
  return VARIANCE_WORDS.test(t) || KIND_AGAINST_KIND.test(t);
}

const VARIANCE_WORDS = /avvikelse|\bdiff|skillnad|förändring|^\(?\s*\+\s*\/\s*[-–−]\s*\)?$/;
const KIND_AGAINST_KIND =
  /(?:budget|utfall|prognos|bokslut|plan)\s*(?:[-–−]|mot|vs\.?|jmf(?:\.|ört med)?)\s*(?:budget|utfall|prognos|bokslut|plan)/;

/** "Not", "Noter", "Not nr": the column of note numbers between the labels and the figures. */
export function isNoteHeader(text: string): boolean {
  return /^(?:not(?:er)?|not\s*nr\.?|nr)$/i.test(text.trim());
}

/** A note reference in a Not column: "1", "7", "12, 25", "22,23", "2, 3, 17", "Not 3", "K2, K3". */
export function isNoteReference(text: string): boolean {
  return /^(?:not\s*)?[a-z]?\d{1,3}(?:\s*(?:[,;&-]|och)\s*[a-z]?\d{1,3})*$/i.test(text.trim());
}

/** "Totalt", "Summa", "Total": a column summing the periods row-wise. */
export function isTotalHeader(text: string): boolean {
  return /^(?:totalt|summa|total|summa år|totalt \d{4}\s*[-–]\s*\d{4}|summa \d{4}\s*[-–]\s*\d{4})$/i.test(text.trim());
}

/** The unit a title, header or note names: "Belopp i tkr", "År 2020(tkr)", "Budget Kr", "Miljoner kronor". */
export function unitInText(text: string): StatedUnit | undefined {
  const t = text.toLowerCase();
  // Miljarder (mdkr) is no unit of ours: the figures stay as printed, not taken for kronor.
  if (/\b(?:mdkr|mdr kr|miljarder kronor|miljarder)\b/.test(t)) return undefined;
  if (/\b(?:tkr|tsek|ksek|tusental kronor|tusentals kronor|tusen kronor)\b/.test(t)) return "tkr";
  if (/\b(?:mkr|mnkr|msek|miljoner kronor|miljontals kronor|mn kr|milj\.? kr)\b/.test(t)) return "Mkr";
  if (/\b(?:kr|kronor|sek)\b/.test(t)) return "kr";
  return undefined;
}

/**
 * Whose figures a column holds, when a header says so: the kommun, the koncern (the
 * "sammanställda redovisningen"), the region, the förbund; or a measure ("Intäkter 2021",
 * "Nettokostnad 2021") in a table whose columns are measures by year. Lower-case keys.
 */
const ENTITIES: [RegExp, string][] = [
  [
    /\bsammanställd(?:a)? (?:redovisning(?:en)?|räkenskaper(?:na)?|bokslut(?:et)?)\b|\bkommunkoncern(?:en|ens)?\b|\b(?:den )?kommunala koncernen(?:s)?\b|\bkoncern(?:en|ens)?\b/,
    "koncern",
  ],
  [/\bkommuner(?:na)?\b/, "kommuner"],
  [/\bkommun(?:en|ens)?\b/, "kommun"],
  [/\bregion(?:en|ens)?\b|\blandsting(?:et|ets)?\b/, "region"],
  [/\b(?:samordnings|kommunal-?\s*)?förbund(?:et|ets|en)?\b/, "förbund"],
  [/\bmoderbolag(?:et|ets)?\b/, "moderbolag"],
  [/\bnettokostnad(?:er)?\b/, "nettokostnad"],
  [/\bintäkter\b/, "intäkter"],
  [/\bkostnader\b/, "kostnader"],
];

/** The entity a header names and the text without it, or undefined when it names none. */
export function entityInText(text: string): { entity: string; rest: string } | undefined {
  const t = text.toLowerCase();
  for (const [re, entity] of ENTITIES) {
    const m = re.exec(t);
    if (m) return { entity, rest: t.slice(0, m.index) + " " + t.slice(m.index + m[0].length) };
  }
  return undefined;
}

/**
 * Titles of accounts rather than plans: a resultaträkning, balansräkning or driftredovisning
 * reports what happened, so a column headed by a year alone holds the utfall of that year.
 */
export function isAccountsTitle(text: string): boolean {
  const t = text.toLowerCase();
  if (/budget|plan\b|prognos/.test(t)) return false;
  return /resultaträkning|balansräkning|kassaflöde|finansieringsanalys|drifts?redovisning|årsredovisning|bokslut|delårsrapport|balanskravsutredning|verksamhetsredovisning|\bnot(?:er)?\b/.test(
    t
  );
}
