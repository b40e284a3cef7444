// What a header text says about its column: a period (year or closing date, kind, whose
// figures), a unit, a row-wise total, or a column that is no period (a variance, a
// percentage, the note numbers).
import type { PeriodKind, StatedUnit } from "../table";
import {
  entityInText,
  isNonPeriodHeader,
  isNoteHeader,
  isTotalHeader,
  isVarianceHeader,
  periodKindOf,
  unitInText,
  yearInText,
} from "../vocabulary";
import { dateInText } from "./dates";

/** What a cell could say as a column header. */
export interface HeaderInfo {
  year?: number;
  kind?: PeriodKind;
  unit?: StatedUnit;
  nonPeriod?: boolean;
  total?: boolean;
  /** Whose figures: "kommun", "koncern", "region", "förbund", or a measure ("intäkter"). */
  entity?: string;
  /** The closing day the header names, ISO ("2017-12-31"). */
  date?: string;
  /** A column of differences (Avvikelse, Diff, Budget-Utfall). */
  variance?: boolean;
  /** The column of note numbers ("Not"). */
  note?: boolean;
}

const HEADER_WORDS = new Set(
  (
    "budget prognos plan utfall bokslut helår år belopp bidrag i tkr kr mkr mnkr sek tsek ksek kronor ram prel " +
    "preliminär preliminärt preliminära reviderad beslutad beslutat föreslagen förslag årsbudget helårsprognos " +
    "delår jan dec tom t o m för och per miljoner tusental tusentals tusen helårsutfall årsutfall delårsutfall " +
    "bokfört budgeterat rev ursprunglig ursprungsbudget justerad per den"
  ).split(" ")
);

/** Words and digit runs apart ("Utfall2013" is "utfall", "2013"). */
function tokens(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+|\d+/gu) ?? [];
}

/** True when every word of a header is a period, unit or filler word, or a year. */
function onlyHeaderWords(text: string): boolean {
  return tokens(text).every((w) => HEADER_WORDS.has(w) || /^(?:19|20)\d{2}$/.test(w));
}

function clean(text: string): string {
  return text
    .replace(/<\/?[biu]>/gi, "")
    .replace(/\*\*/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The header meaning of a text: "År 2020(tkr)", "Budget Kr", "Prognos 2020", "Utfall
 * 2019-12-31", "31 dec 2017", "Koncern 2019", "Kommunen", "Totalt", "Avvikelse", "Not", "%".
 */
export function headerOfText(text: string): HeaderInfo | undefined {
  const t = clean(text);
  if (t === "") return undefined;
  if (isTotalHeader(t)) return { total: true };
  if (isNonPeriodHeader(t)) {
    const info: HeaderInfo = { nonPeriod: true };
    if (isVarianceHeader(t)) info.variance = true;
    if (isNoteHeader(t)) info.note = true;
    return info;
  }
  const dated = dateInText(t);
  let rest = dated ? t.replace(dated.match, " ") : t;
  const named = entityInText(rest);
  if (named) rest = named.rest;
  if (!onlyHeaderWords(rest)) return undefined;
  const info: HeaderInfo = {};
  const year = dated?.date.year ?? yearInText(rest);
  if (year !== undefined) info.year = year;
  if (dated?.date.iso) info.date = dated.date.iso;
  const kind = periodKindOf(rest);
  if (kind) info.kind = kind;
  const unit = unitInText(t);
  if (unit) info.unit = unit;
  if (named) info.entity = named.entity;
  if (info.year === undefined && !info.kind && !info.unit && !info.entity) return undefined;
  return info;
}
