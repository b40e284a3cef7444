// A formula shape written out at a cell in A1: as Excel stores it (English, for a fix the adapters
// write) and as a Swedish Excel shows it (for the message: =SUMMA(C4:C9), semicolons, decimal comma).
import { columnLetter } from "../grid";
import { placeEnd, type FormulaToken, type RefEnd } from "./formulaShape";

/** Excel's own Swedish names for the functions budgets use; others are shown as Excel stores them. */
const SWEDISH_FUNCTIONS: Record<string, string> = {
  ABS: "ABS",
  AND: "OCH",
  AVERAGE: "MEDEL",
  AVERAGEIF: "MEDEL.OM",
  CHOOSE: "VÄLJ",
  COUNT: "ANTAL",
  COUNTA: "ANTALV",
  COUNTIF: "ANTAL.OM",
  COUNTIFS: "ANTAL.OMF",
  DATE: "DATUM",
  HLOOKUP: "LETAKOLUMN",
  IF: "OM",
  IFERROR: "OMFEL",
  INDEX: "INDEX",
  INT: "HELTAL",
  ISBLANK: "ÄRTOM",
  ISERROR: "ÄRFEL",
  ISNUMBER: "ÄRTAL",
  LOOKUP: "LETAUPP",
  MATCH: "PASSA",
  MAX: "MAX",
  MEDIAN: "MEDIAN",
  MIN: "MIN",
  MOD: "REST",
  NOT: "ICKE",
  OR: "ELLER",
  PRODUCT: "PRODUKT",
  ROUND: "AVRUNDA",
  ROUNDDOWN: "AVRUNDA.NEDÅT",
  ROUNDUP: "AVRUNDA.UPPÅT",
  SUBTOTAL: "DELSUMMA",
  SUM: "SUMMA",
  SUMIF: "SUMMA.OM",
  SUMIFS: "SUMMA.OMF",
  SUMPRODUCT: "PRODUKTSUMMA",
  TRUNC: "AVKORTA",
  VLOOKUP: "LETARAD",
  XLOOKUP: "XLETAUPP",
  YEAR: "ÅR",
  TRUE: "SANT",
  FALSE: "FALSKT",
};

/** Excel's Swedish error values. */
const SWEDISH_ERRORS: Record<string, string> = {
  "#REF!": "#REFERENS!",
  "#DIV/0!": "#DIVISION/0!",
  "#N/A": "#SAKNAS!",
  "#NAME?": "#NAMN?",
  "#NUM!": "#OGILTIGT!",
  "#VALUE!": "#VÄRDEFEL!",
};

export type FormulaLocale = "en" | "sv";

function endText(end: RefEnd, row: number, column: number): string | undefined {
  const at = placeEnd(end, row, column);
  if (!at) return undefined;
  const c = at.column === undefined ? "" : `${end.columnAbsolute ? "$" : ""}${columnLetter(at.column)}`;
  const r = at.row === undefined ? "" : `${end.rowAbsolute ? "$" : ""}${at.row}`;
  return c + r;
}

function sheetText(sheet: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet);
  return plain ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}

function tokenText(token: FormulaToken, row: number, column: number, locale: FormulaLocale): string | undefined {
  switch (token.kind) {
    case "ref": {
      const from = endText(token.from, row, column);
      const to = token.to ? endText(token.to, row, column) : "";
      if (from === undefined || to === undefined) return undefined;
      return (token.sheet ? sheetText(token.sheet) : "") + from + (token.to ? `:${to}` : "");
    }
    case "function":
      return locale === "sv" ? (SWEDISH_FUNCTIONS[token.text] ?? token.text) : token.text;
    case "error":
      return locale === "sv" ? (SWEDISH_ERRORS[token.text] ?? token.text) : token.text;
    default:
      if (locale === "en") return token.text;
      if (token.text === ",") return ";";
      if (/^[\d.]/.test(token.text)) return token.text.replace(".", ",");
      return SWEDISH_FUNCTIONS[token.text] ?? token.text;
  }
}

/** The formula the tokens make at a cell ("=SUM(C4:C9)"), or undefined when a reference falls off the sheet. */
export function formulaAt(
  tokens: readonly FormulaToken[],
  row: number,
  column: number,
  locale: FormulaLocale = "en"
): string | undefined {
  const parts: string[] = [];
  for (const token of tokens) {
    const text = tokenText(token, row, column, locale);
    if (text === undefined) return undefined;
    parts.push(text);
  }
  return `=${parts.join("")}`;
}

/** A formula as a Swedish Excel shows it: "=SUM(B3:B9)" → "=SUMMA(B3:B9)". */
export function swedishFormula(tokens: readonly FormulaToken[], row: number, column: number): string | undefined {
  return formulaAt(tokens, row, column, "sv");
}
