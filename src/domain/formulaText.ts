// A formula as a Swedish Excel shows it: "=SUM(B9,B10)" → "=SUMMA(B9;B10)". The engine and the
// adapters keep the English (invariant) formula, which is what Office.js and the file format take;
// this is only for showing one to the user (pane, messages, report).

/** English → Swedish names of the functions the engine writes or proposes, and their close kin. */
const SWEDISH_FUNCTIONS: Record<string, string> = {
  SUM: "SUMMA",
  SUMIF: "SUMMA.OM",
  SUMIFS: "SUMMA.OMF",
  SUMPRODUCT: "PRODUKTSUMMA",
  SUBTOTAL: "DELSUMMA",
  IF: "OM",
  IFERROR: "OMFEL",
  AND: "OCH",
  OR: "ELLER",
  NOT: "ICKE",
  ISNUMBER: "ÄRTAL",
  ISBLANK: "ÄRTOM",
  ROUND: "AVRUNDA",
  ROUNDUP: "AVRUNDA.UPPÅT",
  ROUNDDOWN: "AVRUNDA.NEDÅT",
  INT: "HELTAL",
  AVERAGE: "MEDEL",
  COUNT: "ANTAL",
  COUNTA: "ANTALV",
  COUNTIF: "ANTAL.OM",
  PRODUCT: "PRODUKT",
  VLOOKUP: "LETARAD",
  HLOOKUP: "LETAKOLUMN",
  MATCH: "PASSA",
  YEAR: "ÅR",
  TODAY: "IDAG",
  TRUE: "SANT",
  FALSE: "FALSKT",
};

/**
 * The formula as Swedish Excel displays it: Swedish function names, ";" between arguments and
 * "," as the decimal sign. Text in double quotes and sheet names in single quotes stay as written.
 */
export function swedishFormula(formula: string): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      const end = closingQuote(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(formula.slice(i))?.[0];
    if (name) {
      const next = formula[i + name.length];
      const translated = SWEDISH_FUNCTIONS[name.toUpperCase()];
      const isCall = next === "(";
      const isBoolean = !isCall && (name.toUpperCase() === "TRUE" || name.toUpperCase() === "FALSE") && next !== "!";
      out += translated && (isCall || isBoolean) ? translated : name;
      i += name.length;
      continue;
    }
    const number = /^\d+\.\d+/.exec(formula.slice(i))?.[0];
    if (number && !/[A-Za-z$]/.test(formula[i - 1] ?? "")) {
      out += number.replace(".", ",");
      i += number.length;
      continue;
    }
    out += ch === "," ? ";" : ch;
    i++;
  }
  return out;
}

/** The index just past the quote that closes the one at `start`; a doubled quote stays inside. */
function closingQuote(text: string, start: number): number {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
  return text.length;
}
