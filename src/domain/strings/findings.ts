// Findings: the arithmetic checks, recognition's reasons and the Finsam rules' messages, in Swedish.
import { swedishFormula } from "../formulaText";

/**
 * A row's label and the period it is about: "Resultat" and "2024" → "Resultat 2024", but a label
 * that already names every year of the period ("Resultat 2024") is not followed by it again.
 */
export function labelAt(label: string, period: string): string {
  const years = period.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/g) ?? [];
  const named = years.length > 0 && years.every((y) => new RegExp(`(?<!\\d)${y}(?!\\d)`).test(label));
  return named ? label : `${label} ${period}`;
}

// Findings of the arithmetic checks (sums, results, balance, crosschecks, formulas).
// Pieces come in formatted: labels as written, amounts through formatAmount, periods through periodLabel.

const periodKindWords: Record<string, string> = {
  budget: "",
  plan: "plan ",
  prognos: "prognos ",
  utfall: "utfall ",
  bokslut: "bokslut ",
};

export const findingStrings = {
  period: (kind: string, year: number) => `${periodKindWords[kind] ?? ""}${year}`,
  sumMismatch: (label: string, period: string, actual: string, expected: string, diff: string) =>
    `${labelAt(label, period)} är ${actual} men posterna summerar till ${expected} (diff ${diff}).`,
  sumRounding: (label: string, period: string, actual: string, expected: string, diff: string) =>
    `${labelAt(label, period)} är ${actual} och posterna summerar till ${expected} (diff ${diff}): inom avrundningen, inget fel.`,
  rowTotalMismatch: (label: string, header: string, actual: string, expected: string, diff: string) =>
    `${label}: ${header} är ${actual} men åren summerar till ${expected} (diff ${diff}).`,
  rowTotalRounding: (label: string, header: string, actual: string, expected: string, diff: string) =>
    `${label}: ${header} är ${actual} och åren summerar till ${expected} (diff ${diff}): inom avrundningen, inget fel.`,
  resultMismatch: (label: string, period: string, actual: string, expected: string, formula: string) =>
    `${labelAt(label, period)} är ${actual} men ${formula} = ${expected}.`,
  resultFormula: (income: string, cost: string) => `intäkter ${income} − kostnader ${cost}`,
  resultFormulaAfter: (baseLabel: string, base: string, income: string, cost: string) =>
    `${baseLabel.toLowerCase()} ${base} + intäkter ${income} − kostnader ${cost}`,
  balanceMismatch: (period: string, assets: string, equityAndLiabilities: string, diff: string) =>
    `Summa tillgångar ${period} är ${assets} men summa eget kapital och skulder är ${equityAndLiabilities} (diff ${diff}).`,
  crosscheckMismatch: (
    label: string,
    period: string,
    actual: string,
    otherLabel: string,
    where: string,
    expected: string
  ) => `${labelAt(label, period)} är ${actual} här men ${otherLabel} i ${where} är ${expected}.`,
  rangeOmitsRow: (label: string, formula: string, missing: string, expected: string) =>
    `Formeln ${swedishFormula(formula)} i ${label} tar inte med ${missing}; den borde vara ${swedishFormula(expected)}.`,
  rangeCountsTwice: (label: string, formula: string, twice: string, expected: string) =>
    `Formeln ${swedishFormula(formula)} i ${label} räknar ${twice} två gånger (både delsumman och dess poster); den borde vara ${swedishFormula(expected)}.`,
  hardcodedTotal: (label: string, period: string, formula: string) =>
    `${labelAt(label, period)} är inskriven som ett tal fast posterna finns i bladet: skriv ${swedishFormula(formula)} så följer summan med när en post ändras.`,
  valueError: (label: string, period: string, code: string) =>
    `${labelAt(label, period)} visar felvärdet ${code}${swedishErrorName(code)} i stället för ett belopp, så det kan inte kontrolleras. ${errorValueHint(code)}`,
  unreadableText: (text: string, label: string, period: string) =>
    `"${text}" i ${labelAt(label, period)} ser ut som ett tal men kan inte läsas som ett belopp, så varken Excels SUMMA eller kontrollerna räknar med det. Skriv in beloppet som ett tal (till exempel 1234,5).`,
  numberAsText: (text: string, label: string, period: string) =>
    `"${text}" i ${labelAt(label, period)} är text, inte ett tal: Excels SUMMA hoppar över den. Skriv in den som ett tal.`,
  numbersAsTextTable: (count: number, range: string) =>
    count === 1
      ? `1 belopp i ${range} är text, inte ett tal (tabellen ser inklistrad ut): Excels SUMMA räknar inte med det. Gör om det till ett tal innan du bygger formler på tabellen.`
      : `${count} belopp i ${range} är text, inte tal (tabellen ser inklistrad ut): Excels SUMMA räknar inte med dem. Gör om dem till tal innan du bygger formler på tabellen.`,
  rowList: (labels: string[]) =>
    labels.length > 5
      ? `${labels.slice(0, 4).join(", ")} och ${labels.length - 4} rader till`
      : labels.length <= 1
        ? labels.join("")
        : `${labels.slice(0, -1).join(", ")} och ${labels[labels.length - 1]}`,
  agreedDeviation: (note?: string) => `Överenskommen avvikelse${note ? `: ${note}` : ""}.`,
  totalColumn: "Totalt",
  // Tables that are no budget (the general layer): a column's header or the row's label stands in for the period.
  tableSumMismatch: (label: string, where: string, actual: string, expected: string, diff: string) =>
    `${label}${where ? ` (${where})` : ""} är ${actual} men delarna summerar till ${expected} (diff ${diff}).`,
  tableSumRounding: (label: string, where: string, actual: string, expected: string, diff: string) =>
    `${label}${where ? ` (${where})` : ""} är ${actual} och delarna summerar till ${expected} (diff ${diff}): inom avrundningen, inget fel.`,
  varianceMismatch: (label: string, header: string, actual: string, formula: string, expected: string, diff: string) =>
    `${header} för ${label} är ${actual} men ${formula} = ${expected} (diff ${diff}), som tabellens övriga rader räknar.`,
  varianceFormula: (minuend: string, subtrahend: string) => `${minuend} − ${subtrahend}`,
  varianceRounding: (label: string, header: string, actual: string, formula: string, expected: string, diff: string) =>
    `${header} för ${label} är ${actual} och ${formula} = ${expected} (diff ${diff}): inom avrundningen, inget fel.`,
  columnsFormula: (terms: { header: string; sign: number }[]) =>
    terms.map((t, i) => (i === 0 ? (t.sign < 0 ? "−" : "") : t.sign < 0 ? " − " : " + ") + t.header).join(""),
  varianceColumn: "Avvikelse",
  followsFrom: (cell: string) =>
    `Det följer av felet i ${cell} och är inget eget fel: rättas det, försvinner också detta.`,
};

// Findings of the Finsam rules: member shares (checks/shares.ts) and eget kapital (checks/equity.ts).
// Amounts come in formatted (formatAmount), percentages through formatPercent, periods through periodLabel.
export const financeStrings = {
  rules: {
    "shares.state": "Statens andel (Försäkringskassan/Arbetsförmedlingen) är inte hälften av medlemsbidragen.",
    "shares.region": "Regionens andel är inte en fjärdedel av medlemsbidragen.",
    "shares.municipalities": "Kommunernas andel är inte en fjärdedel av medlemsbidragen.",
    "shares.split": "En kommuns bidrag stämmer inte med fördelningsnyckeln.",
    "shares.single-line": "Medlemsbidraget står på en enda rad: andelarna kan inte kontrolleras.",
    "equity.rollforward":
      "Eget kapital ut är inte eget kapital in plus resultatet, eller nästa års ingående är inte årets utgående.",
    "equity.deficit-covered": "Ett planerat underskott betalas med eget kapital.",
    "equity.deficit-uncovered":
      "Ett underskott är större än det egna kapitalet, eller det egna kapitalet blir negativt.",
    "equity.above-recommendation": "Det egna kapitalet är större än rekommendationens trappa tillåter.",
    "equity.deficit-unchecked":
      "Ett underskott som inte kan prövas mot eget kapital: budgeten anger inget, eller bara intäkter − kostnader visar underskottet.",
    "equity.ratio": "Det egna kapitalet i procent av årets medlemsbidrag (trappan är inte ifylld).",
  } as Record<string, string>,
  /** "Region Örebro län" → "Region Örebro läns"; a name ending in s, x or z takes no extra s. */
  genitive: (name: string) => {
    const bare = name.replace(/[\s*:]+$/u, "");
    return /[sxz]$/iu.test(bare) ? bare : `${bare}s`;
  },
  stateGroup: "Statens",
  regionGroup: "Regionernas",
  kommunerGroup: "Kommunernas",
  half: "hälften",
  quarter: "en fjärdedel",
  shareWrong: (
    who: string,
    period: string,
    rows: string,
    actual: string,
    actualPercent: string,
    fraction: string,
    expected: string,
    expectedPercent: string
  ) =>
    `${who} andel ${period}${rows ? ` (${rows})` : ""} är ${actual} (${actualPercent}) men ska vara ${fraction}, ${expected} (${expectedPercent}).`,
  singleLine: (label: string, period: string, total: string, state: string, region: string, kommuner: string) =>
    `${labelAt(label, period)} står på en enda rad, ${total}: medlemmarnas andelar kan inte kontrolleras. ` +
    `Enligt lagen blir fördelningen staten ${state} (50 %), regionen ${region} (25 %) och kommunerna ${kommuner} (25 %).`,
  splitWrong: (
    label: string,
    period: string,
    actual: string,
    keyShare: string,
    expected: string,
    kommunTotal: string
  ) =>
    `${labelAt(label, period)} är ${actual} men enligt fördelningsnyckeln (${keyShare}) ska kommunen betala ${expected} av kommunernas ${kommunTotal}.`,
  splitKeyUnmatched: (notInTable: string, notInKey: string) =>
    "Fördelningsnyckeln passar inte kommunraderna, så fördelningen kontrolleras inte" +
    (notInTable ? `; i nyckeln men inte i tabellen: ${notInTable}` : "") +
    (notInKey ? `; i tabellen men inte i nyckeln: ${notInKey}` : "") +
    ".",
  rollforwardOut: (label: string, period: string, actual: string, opening: string, result: string, expected: string) =>
    `${labelAt(label, period)} är ${actual} men eget kapital vid årets början ${opening} + årets resultat ${result} = ${expected}.`,
  rollforwardNext: (
    label: string,
    period: string,
    actual: string,
    previousLabel: string,
    previousPeriod: string,
    expected: string
  ) =>
    `${labelAt(label, period)} är ${actual} men ${previousLabel} ${previousPeriod} är ${expected}: årets ingående eget kapital ska vara förra årets utgående.`,
  rollforwardOpening: (
    label: string,
    period: string,
    actual: string,
    opening: string,
    result: string,
    expected: string
  ) =>
    `${labelAt(label, period)} är ${actual} men förra årets ingående eget kapital ${opening} + förra årets resultat ${result} = ${expected}.`,
  carriedSurplus: (
    label: string,
    period: string,
    actual: string,
    resultLabel: string,
    previousPeriod: string,
    expected: string
  ) => `${labelAt(label, period)} är ${actual} men ${resultLabel} ${previousPeriod} är ${expected}.`,
  equityUse: (label: string, period: string, actual: string, deficit: string, expected: string) =>
    `${labelAt(label, period)} är ${actual} men underskottet som ska täckas är ${deficit}: ianspråktagandet ska vara ${expected}.`,
  equityUseNoDeficit: (label: string, period: string, actual: string) =>
    `${labelAt(label, period)} är ${actual} men året har inget underskott att täcka.`,
  yearsLeft: (years: number) =>
    years === 0
      ? "vilket inte räcker till ännu ett lika stort underskott"
      : years === 1
        ? "vilket räcker till ett år till med lika stort underskott"
        : `vilket räcker till ${years} år till med lika stora underskott`,
  deficitCovered: (period: string, deficit: string, available: string, left: string, yearsLeft: string) =>
    `Underskottet ${period} på ${deficit} betalas med eget kapital (${available} vid årets början); kvar blir ${left}, ${yearsLeft}.`,
  /** A deficit not judged against eget kapital; `stated` is the result row's figure when only income − cost shows the deficit. */
  deficitUnchecked: (
    period: string,
    deficit: string,
    stated: string | undefined,
    noEquity: boolean,
    carried?: { year: string; amount: string }
  ) =>
    (stated === undefined
      ? `Underskottet ${period} på ${deficit} kan inte prövas mot eget kapital`
      : `Räknat som intäkter − kostnader har ${period} ett underskott på ${deficit}, fast resultatraden anger ${stated}. Det kan inte prövas mot eget kapital`) +
    (noEquity ? ": budgeten anger inget eget kapital." : " förrän resultatraden stämmer.") +
    (carried
      ? ` Överskottet från ${carried.year}, ${carried.amount}, står redan bland intäkterna och täcker inte underskottet.`
      : ""),
  deficitUncovered: (period: string, deficit: string, available: string, missing: string) =>
    `Underskottet ${period} på ${deficit} är större än det egna kapitalet vid årets början, ${available}: det saknas ${missing}.`,
  equityNegative: (label: string, period: string, actual: string) =>
    `${labelAt(label, period)} är ${actual}: det egna kapitalet är förbrukat och blir negativt.`,
  aboveRecommendation: (
    label: string,
    period: string,
    actual: string,
    percent: string,
    contributions: string,
    ceilingPercent: string,
    ceiling: string
  ) =>
    `${labelAt(label, period)} är ${actual}, ${percent} av årets medlemsbidrag ${contributions}; enligt trappan bör det vara högst ${ceilingPercent}, ${ceiling}.`,
  ratio: (label: string, period: string, actual: string, percent: string, contributions: string) =>
    `${labelAt(label, period)} är ${actual}, ${percent} av årets medlemsbidrag ${contributions}. Trappan för eget kapital är inte ifylld, så andelen bedöms inte.`,
};

// Recognition: why a table was (or was not) taken for a budget; shown in the pane and the JSON.
export const recognizeStrings = {
  headerYears: (years: string) => `år i kolumnrubrikerna: ${years}`,
  titleYear: (year: number) => `året ${year} står i tabellens rubrik`,
  noYears: "inga år i rubrikerna: kolumnerna kan inte knytas till ett budgetår",
  budgetWords: (found: number, total: number) =>
    `${found} av ${total} rader har budgetord (intäkter, kostnader, summa …)`,
  sums: (holding: number, total: number) => `${holding} av ${total} summor stämmer med sina poster`,
  members: (count: number) => `${count} rader med medlemsbidrag`,
  resultRows: "har resultat- eller eget kapital-rader",
  amounts: (count: number) => `${count} rader med belopp`,
  fewAmounts: "för få rader med belopp för att vara en budget",
  unit: (unit: string, from: string) => `enhet ${unit} (${from})`,
  unitFrom: {
    cells: "från cellerna",
    header: "från rubriken",
    title: "från texten ovanför",
    default: "ingen angiven, kr antas",
    note: "från en anteckning under tabellen",
    members: "medlemsbidragen är miljonbelopp, alltså kronor",
    sheet: "som bladets andra tabeller",
    none: "ingen angiven; beloppen jämförs som de står, med avrundning efter antalet decimaler",
  } as Record<string, string>,
  notBudgetWords: (words: string) => `ord som hör till statistik eller kalender, inte budget: ${words}`,
  smallCounts: "bara små heltal, troligen antal och inte belopp",
  pageNumbers: "ser ut som en innehållsförteckning med sidnummer",
  overridden: "rättad av användaren",
};

/** The name Swedish Excel shows for an error value the file stores in English. */
function swedishErrorName(code: string): string {
  const names: Record<string, string> = {
    "#REF!": "#REFERENS!",
    "#DIV/0!": "#DIVISION/0!",
    "#NAME?": "#NAMN?",
    "#VALUE!": "#VÄRDEFEL!",
    "#N/A": "#SAKNAS!",
    "#NUM!": "#OGILTIGT!",
    "#NULL!": "#SKÄRNING!",
  };
  const name = names[code.toUpperCase()];
  return name ? ` (${name} i svensk Excel)` : "";
}

/** What an Excel error value means and what to do about it, for value.error. */
function errorValueHint(code: string): string {
  switch (code.toUpperCase()) {
    case "#REF!":
      return "Formeln pekar på en cell, rad eller ett blad som har tagits bort: rätta referensen.";
    case "#DIV/0!":
      return "Formeln delar med noll eller med en tom cell: rätta nämnaren.";
    case "#NAME?":
      return "Formeln använder ett namn eller en funktion som Excel inte känner igen: rätta stavningen.";
    case "#VALUE!":
      return "Formeln räknar med text eller med fel slags värde: kontrollera cellerna den läser.";
    case "#N/A":
      return "Ett värde saknas, ofta från en uppslagsfunktion (LETARAD, XLETAUPP) som inte hittade något.";
    case "#NUM!":
      return "Formeln ger ett ogiltigt eller för stort tal.";
    case "#NULL!":
      return "Formeln anger två områden som inte möts.";
    default:
      return "Rätta formeln i cellen.";
  }
}
// Findings of the formula rules over whole sheets (checks/formulaSheets.ts). Formulas come in as a
// Swedish Excel shows them (=SUMMA(C4:C9)); amounts through formatAmount.
export const formulaStrings = {
  inconsistent: (formula: string, cell: string, along: "row" | "column", neighbours: string, fix: string) =>
    `Formeln ${formula} i ${cell} följer inte formlerna bredvid i ${along === "row" ? "raden" : "kolumnen"} (${neighbours}): som de borde den vara ${fix}`,
  anchored: (formula: string, cell: string, along: "row" | "column", neighbours: string, fix: string) =>
    `Formeln ${formula} i ${cell} låser inte sina referenser med $ som formlerna bredvid i ${along === "row" ? "raden" : "kolumnen"} (${neighbours}): som de borde den vara ${fix}. Det ändrar inget belopp i dag, men en kopia av formeln läser fel celler.`,
  padding: (formula: string, cell: string, blank: string, neighbours: string, fix: string) =>
    `Formeln ${formula} i ${cell} tar med den tomma ${blank} mellan posterna och summan, vilket ${neighbours} inte gör: skriv ${fix}. Det ändrar inget belopp i dag, men det som skrivs där senare räknas med.`,
  rows: (rows: string[]) =>
    rows.length === 1 ? `raden ${rows[0]}` : `raderna ${rows.slice(0, -1).join(", ")} och ${rows[rows.length - 1]}`,
  columns: (columns: string[]) =>
    columns.length === 1
      ? `kolumnen ${columns[0]}`
      : `kolumnerna ${columns.slice(0, -1).join(", ")} och ${columns[columns.length - 1]}`,
  harmless: " (det ändrar inget belopp i dag).",
  harmlessNote: " Det ändrar inget belopp i dag.",
  changesTo: (expected: string, actual: string) => `; då blir värdet ${expected} i stället för ${actual}.`,
  changes: "; det ändrar värdet.",
  typedTotal: (cell: string, typed: string, neighbours: string, fix: string, gives: string) =>
    `${cell} är inskriven som talet ${typed} mellan summaformlerna ${neighbours}; som de borde den vara ${fix}, som ger ${gives}.`,
  refError: (formula: string, cell: string, error: string) =>
    `Formeln ${formula} i ${cell} innehåller ${error}: den läser en cell som har tagits bort, så värdet är fel tills referensen skrivs om.`,
  doubleMinus: (formula: string, cell: string, term: string, fix: string) =>
    `Formeln ${formula} i ${cell} har två minustecken före ${term}, så ${term} läggs till i stället för att dras ifrån; avsågs ${fix}?`,
  refErrorFix: (fix: string) => ` Formlerna bredvid ger ${fix}.`,
  rangeStopsShort: (formula: string, cell: string, omitted: string, fix: string) =>
    `Formeln ${formula} i ${cell} stannar före ${omitted}, som fortsätter samma följd och som ingen formel läser; den borde vara ${fix}.`,
  rangeIncludesBlank: (formula: string, cell: string, blank: string) =>
    `Formeln ${formula} i ${cell} tar med den tomma raden ${blank} mellan posterna och det som följer: ofarligt i dag, men en siffra som skrivs där senare räknas med.`,
  /** "B17, D17:I17 och 3 till". */
  cellList: (ranges: string[]) =>
    ranges.length > 4
      ? `${ranges.slice(0, 3).join(", ")} och ${ranges.length - 3} till`
      : ranges.length <= 1
        ? ranges.join("")
        : `${ranges.slice(0, -1).join(", ")} och ${ranges[ranges.length - 1]}`,
};
