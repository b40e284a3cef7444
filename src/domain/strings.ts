// Every user-visible text, in Swedish. Code, comments and identifiers stay English.
// Sections: cli, read errors, recognition, findings, task pane.

export const cliStrings = {
  usage: [
    "Användning: finsam-check [flaggor] FIL|MAPP ...",
    "",
    "Känner igen Finsam-budgetar i .xlsx-filer och kontrollerar summor, resultat,",
    "medlemsandelar och eget kapital. Mappar gås igenom rekursivt (alla .xlsx).",
    "",
    "Flaggor:",
    "  --format text|json|html  utdata som text (standard), JSON eller en HTML-kontrollrapport",
    "  --report UT.xlsx       skriv en kopia av filen med en flik Kontrollrapport",
    "  --prognosis UT.xlsx    skriv en kopia av filen med en prognosflik",
    "  --table BLAD           vilken budgettabell prognosen utgår från",
    "  --income-growth P      ändring av medlemsbidrag per år i procent (t.ex. 2.5)",
    "  --wage-growth P        löneökning per år i procent",
    "  --price-growth P       prisökning per år i procent",
    "  --equity BELOPP        eget kapital vid första prognosårets början, i kr",
    "  --help                 visa denna hjälp",
    "",
    "Slutkod: 0 inga fel, 1 minst ett fel, 2 en fil kunde inte läsas.",
  ].join("\n"),
  unknownOption: (opt: string) => `Okänd flagga: ${opt}. Skriv finsam-check --help för hjälp.`,
  missingValue: (opt: string) => `Flaggan ${opt} behöver ett värde.`,
  badFormat: (f: string) => `Okänt format: ${f}. Välj text, json eller html.`,
  badNumber: (opt: string, v: string) => `${opt} behöver ett tal, inte "${v}".`,
  noFiles: "Ange minst en .xlsx-fil eller mapp.",
  cannotRead: (file: string, reason: string) => `${file}: kan inte läsas: ${reason}`,
  notFound: "filen finns inte",
  isEmptyFolder: (dir: string) => `${dir}: mappen innehåller inga .xlsx-filer.`,
  prognosisNeedsOneFile: "--prognosis tar exakt en fil.",
  fileHeader: (file: string) => `== ${file}`,
  sheetLine: (name: string, range: string | null, hidden: boolean) =>
    `   blad ${name}: ${range ?? "tomt"}${hidden ? " (dolt)" : ""}`,
  noTables: "   Ingen budgettabell hittades i arbetsboken.",
  tableLine: (sheet: string, range: string, years: string, unit: string, sums: number) =>
    `   tabell ${sheet}!${range}: ${years}, enhet ${unit}, ${sums} ${sums === 1 ? "summa" : "summor"}`,
  severity: { error: "FEL", warning: "VARNING", info: "INFO" } as Record<string, string>,
  findingLine: (sev: string, sheet: string, cell: string, message: string) =>
    `   ${sev.padEnd(7)} ${sheet}!${cell}: ${message}`,
  noFindings: "   Inga anmärkningar: alla kontroller stämmer.",
  fileSummary: (errors: number, warnings: number, infos: number) =>
    `   Summa: ${errors} fel, ${warnings} varningar, ${infos} upplysningar.`,
  totalSummary: (files: number, unreadable: number, errors: number, warnings: number) =>
    `Totalt ${files} ${files === 1 ? "fil" : "filer"}: ${errors} fel, ${warnings} varningar` +
    (unreadable ? `, ${unreadable} kunde inte läsas.` : "."),
  prognosisWritten: (out: string, sheet: string) => `Prognosen skrevs till ${out}, flik "${sheet}".`,
  prognosisNoTable: "Ingen budgettabell att göra prognos på.",
  prognosisSameFile: "Utfilen får inte vara samma som indatafilen: originalet ändras aldrig.",
  unexpected: (detail: string) => `Ett oväntat fel stoppade kontrollen (${detail}). Inga filer har ändrats.`,
};

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
    `${label} ${period} är ${actual} men posterna summerar till ${expected} (diff ${diff}).`,
  sumRounding: (label: string, period: string, actual: string, expected: string, diff: string) =>
    `${label} ${period} är ${actual} och posterna summerar till ${expected} (diff ${diff}): inom avrundningen, inget fel.`,
  rowTotalMismatch: (label: string, header: string, actual: string, expected: string, diff: string) =>
    `${label}: ${header} är ${actual} men åren summerar till ${expected} (diff ${diff}).`,
  rowTotalRounding: (label: string, header: string, actual: string, expected: string, diff: string) =>
    `${label}: ${header} är ${actual} och åren summerar till ${expected} (diff ${diff}): inom avrundningen, inget fel.`,
  resultMismatch: (label: string, period: string, actual: string, expected: string, formula: string) =>
    `${label} ${period} är ${actual} men ${formula} = ${expected}.`,
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
  ) => `${label} ${period} är ${actual} här men ${otherLabel} i ${where} är ${expected}.`,
  rangeOmitsRow: (label: string, formula: string, missing: string, expected: string) =>
    `Formeln ${formula} i ${label} tar inte med ${missing}; den borde vara ${expected}.`,
  rangeCountsTwice: (label: string, formula: string, twice: string, expected: string) =>
    `Formeln ${formula} i ${label} räknar ${twice} två gånger (både delsumman och dess poster); den borde vara ${expected}.`,
  hardcodedTotal: (label: string, period: string, formula: string) =>
    `${label} ${period} är inskriven som ett tal fast posterna finns i bladet: skriv ${formula} så följer summan med när en post ändras.`,
  numberAsText: (text: string, label: string, period: string) =>
    `"${text}" i ${label} ${period} är text, inte ett tal: Excels SUMMA hoppar över den. Skriv in den som ett tal.`,
  numbersAsTextTable: (count: number, range: string) =>
    `${count} belopp i ${range} är text, inte tal (tabellen ser inklistrad ut): Excels SUMMA räknar inte med dem. Gör om dem till tal innan du bygger formler på tabellen.`,
  rowList: (labels: string[]) =>
    labels.length > 5
      ? `${labels.slice(0, 4).join(", ")} och ${labels.length - 4} rader till`
      : labels.length <= 1
        ? labels.join("")
        : `${labels.slice(0, -1).join(", ")} och ${labels[labels.length - 1]}`,
  agreedDeviation: (note?: string) => `Överenskommen avvikelse${note ? `: ${note}` : ""}.`,
  totalColumn: "Totalt",
};

export const readStrings = {
  emptyFile: "Filen är tom (0 byte) och innehåller ingen arbetsbok.",
  notXlsx: "Filen är inte en Excel-arbetsbok (.xlsx). Öppna den i Excel och spara den som Excel-arbetsbok (.xlsx).",
  zipNotXlsx:
    "Filen är en zip-fil men ingen Excel-arbetsbok (.xlsx): arbetsbokens delar saknas. Spara den som Excel-arbetsbok (.xlsx) i Excel.",
  encrypted:
    "Filen är krypterad eller lösenordsskyddad, eller sparad i det äldre formatet .xls. Öppna den i Excel, ta bort lösenordet och spara den som Excel-arbetsbok (.xlsx).",
  truncated:
    "Filen är ofullständig eller skadad: zip-arkivet tar slut för tidigt. Kopiera eller ladda ner filen på nytt.",
  corrupt: (detail: string): string =>
    `Filen kunde inte läsas som Excel-arbetsbok; den verkar vara skadad. Teknisk detalj: ${detail}`,
  noSheets: "Arbetsboken innehåller inga kalkylblad.",
  settingsSheetExplanation:
    "Finsam Budgetkontroll sparar sina inställningar (kommunnyckel, godkända avvikelser, trappa) i det här dolda bladet. Ändra det inte för hand.",
};

/** The Excel adapter (src/workbook/excel.ts): what the pane shows when Office itself fails. */
export const excelStrings = {
  readFailed: (detail: string) =>
    `Kunde inte läsa arbetsboken i Excel (${detail}). Försök igen, eller spara och öppna filen på nytt.`,
  addSheetFailed: (name: string, detail: string) => `Kunde inte lägga till bladet "${name}" i Excel (${detail}).`,
  selectFailed: (sheet: string, address: string, detail: string) =>
    `Kunde inte markera ${address} på bladet "${sheet}" (${detail}). Finns bladet kvar?`,
  writeCellFailed: (sheet: string, address: string, detail: string) =>
    `Kunde inte skriva till ${address} på bladet "${sheet}" (${detail}). Är bladet skyddat?`,
  settingsSaveFailed: (detail: string) => `Kunde inte spara inställningarna i arbetsboken (${detail}).`,
  unknownError: "okänt fel",
};

// Task pane shell (src/taskpane/).
export const paneStrings = {
  title: "Finsam Budgetkontroll",
  starting: "Startar…",
  excelMode: "Ansluten till Excel",
  excelModeDetail: "Budgeten i den öppna arbetsboken kontrolleras.",
  fileMode: "Filläge: öppna en arbetsbok",
  fileModeDetail: "Tillägget körs utanför Excel. Öppna en .xlsx-fil för att kontrollera budgeten.",
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
    `${label} ${period} står på en enda rad, ${total}: medlemmarnas andelar kan inte kontrolleras. ` +
    `Enligt lagen blir fördelningen staten ${state} (50 %), regionen ${region} (25 %) och kommunerna ${kommuner} (25 %).`,
  splitWrong: (
    label: string,
    period: string,
    actual: string,
    keyShare: string,
    expected: string,
    kommunTotal: string
  ) =>
    `${label} ${period} är ${actual} men enligt fördelningsnyckeln (${keyShare}) ska kommunen betala ${expected} av kommunernas ${kommunTotal}.`,
  splitKeyUnmatched: (notInTable: string, notInKey: string) =>
    "Fördelningsnyckeln passar inte kommunraderna, så fördelningen kontrolleras inte" +
    (notInTable ? `; i nyckeln men inte i tabellen: ${notInTable}` : "") +
    (notInKey ? `; i tabellen men inte i nyckeln: ${notInKey}` : "") +
    ".",
  rollforwardOut: (label: string, period: string, actual: string, opening: string, result: string, expected: string) =>
    `${label} ${period} är ${actual} men eget kapital vid årets början ${opening} + årets resultat ${result} = ${expected}.`,
  rollforwardNext: (
    label: string,
    period: string,
    actual: string,
    previousLabel: string,
    previousPeriod: string,
    expected: string
  ) =>
    `${label} ${period} är ${actual} men ${previousLabel} ${previousPeriod} är ${expected}: årets ingående eget kapital ska vara förra årets utgående.`,
  rollforwardOpening: (
    label: string,
    period: string,
    actual: string,
    opening: string,
    result: string,
    expected: string
  ) =>
    `${label} ${period} är ${actual} men förra årets ingående eget kapital ${opening} + förra årets resultat ${result} = ${expected}.`,
  carriedSurplus: (
    label: string,
    period: string,
    actual: string,
    resultLabel: string,
    previousPeriod: string,
    expected: string
  ) => `${label} ${period} är ${actual} men ${resultLabel} ${previousPeriod} är ${expected}.`,
  equityUse: (label: string, period: string, actual: string, deficit: string, expected: string) =>
    `${label} ${period} är ${actual} men underskottet som ska täckas är ${deficit}: ianspråktagandet ska vara ${expected}.`,
  equityUseNoDeficit: (label: string, period: string, actual: string) =>
    `${label} ${period} är ${actual} men året har inget underskott att täcka.`,
  yearsLeft: (years: number) =>
    years === 0
      ? "vilket inte räcker till ännu ett lika stort underskott"
      : years === 1
        ? "vilket räcker till ett år till med lika stort underskott"
        : `vilket räcker till ${years} år till med lika stora underskott`,
  deficitCovered: (period: string, deficit: string, available: string, left: string, yearsLeft: string) =>
    `Underskottet ${period} på ${deficit} betalas med eget kapital (${available} vid årets början); kvar blir ${left}, ${yearsLeft}.`,
  deficitUncovered: (period: string, deficit: string, available: string, missing: string) =>
    `Underskottet ${period} på ${deficit} är större än det egna kapitalet vid årets början, ${available}: det saknas ${missing}.`,
  equityNegative: (label: string, period: string, actual: string) =>
    `${label} ${period} är ${actual}: det egna kapitalet är förbrukat och blir negativt.`,
  aboveRecommendation: (
    label: string,
    period: string,
    actual: string,
    percent: string,
    contributions: string,
    ceilingPercent: string,
    ceiling: string
  ) =>
    `${label} ${period} är ${actual}, ${percent} av årets medlemsbidrag ${contributions}; enligt trappan bör det vara högst ${ceilingPercent}, ${ceiling}.`,
  ratio: (label: string, period: string, actual: string, percent: string, contributions: string) =>
    `${label} ${period} är ${actual}, ${percent} av årets medlemsbidrag ${contributions}. Trappan för eget kapital är inte ifylld, så andelen bedöms inte.`,
};

// The prognosis sheet (issue 6): a new sheet with live formulas, never the source.
const prognosisPeriodWords: Record<string, string> = {
  budget: "Budget",
  plan: "Plan",
  prognos: "Prognos",
  utfall: "Utfall",
  bokslut: "Bokslut",
};

export const prognosisStrings = {
  sheetName: (first: number, last: number) => `Prognos ${first}–${last}`,
  title: (first: number, last: number, sourceSheet: string, unit: string, date: string) =>
    `Prognos ${first}–${last} utifrån bladet "${sourceSheet}", belopp i ${unit}, skapad ${date}`,
  hint: "Gula celler är antaganden: ändra dem så räknas hela prognosen om. Basåret hämtas med formler från källbladet.",
  assumptionsHeading: "Antaganden",
  incomeGrowth: "Förändring av medlemsbidrag per år",
  wageGrowth: "Löneökning per år (lön, arvoden, sociala avgifter, pension, personal)",
  priceGrowth: "Prisökning per år (övriga kostnader)",
  equityStart: (year: number) => `Eget kapital vid början av ${year}`,
  equityFromIn: (label: string, where: string, baseYear: number) =>
    `Eget kapital: "${label}" (${where}) + resultat ${baseYear}.`,
  equityFromOut: (label: string, where: string) => `Eget kapital: "${label}" (${where}).`,
  equityEntered: "Eget kapital: inskrivet belopp.",
  equityMissing: "Eget kapital: hittades inte i arbetsboken. Skriv in det i den gula cellen.",
  textAmounts: (count: number) =>
    `${count} belopp i källbladet är skrivna som text; de står här som tal och följer inte med om källan ändras.`,
  labelHeader: (unit: string) => `Belopp i ${unit}`,
  /** An Excel number format that shows a year cell as "Prognos 2025"; the year stays a number for the formulas. */
  yearFormat: (kind: string) => `"${prognosisPeriodWords[kind] ?? "Budget"} "0`,
  rowRate: "Egen förändring per år",
  rowFixed: "Fast belopp per år",
  rowEndYear: "Sista år",
  summaryHeading: "Resultat och eget kapital",
  totalIncome: "Summa intäkter",
  totalCost: "Summa kostnader",
  result: "Resultat (intäkter − kostnader)",
  equityIn: "Eget kapital vid årets början",
  equityOut: "Eget kapital vid årets slut",
  equityShare: "Eget kapital i % av medlemsbidrag",
  deficitRow: "Underskott mot eget kapital",
  deficitCovered: "Underskott täcks av eget kapital",
  deficitUncovered: "Underskott täcks inte av eget kapital",
  noDeficit: "Inget underskott",
  noSuchTable: (sheet: string) => `Bladet "${sheet}" har ingen budgettabell att göra prognos på.`,
  badOutput: (out: string, reason: string) => `Kunde inte skriva ${out}: ${reason}`,
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
  } as Record<string, string>,
  notBudgetWords: (words: string) => `ord som hör till statistik eller kalender, inte budget: ${words}`,
  smallCounts: "bara små heltal, troligen antal och inte belopp",
  pageNumbers: "ser ut som en innehållsförteckning med sidnummer",
  overridden: "rättad av användaren",
};

// The task pane's results, cards, findings and forms (issue 7, src/taskpane/components/).
export const paneTextStrings = {
  reading: "Läser och kontrollerar arbetsboken…",
  connecting: "Ansluter till Excel…",
  excelFailed: (detail: string) => `Kunde inte ansluta till arbetsboken i Excel (${detail}).`,
  readFailedTitle: "Arbetsboken kunde inte läsas",
  actionFailed: (detail: string) => `Det gick inte: ${detail}`,
  retry: "Försök igen",
  summaryTitle: "Översikt",
  noTables: "Ingen budgettabell hittades i arbetsboken. Inget har kontrollerats.",
  tablesFound: (n: number) => (n === 1 ? "En budgettabell hittades:" : `${n} budgettabeller hittades:`),
  tableLine: (sheet: string, range: string, years: string, unit: string) => `${sheet}!${range}: ${years}, i ${unit}`,
  counts: (errors: number, warnings: number, infos: number) =>
    `${errors} fel, ${warnings} ${warnings === 1 ? "varning" : "varningar"}, ${infos} ${infos === 1 ? "upplysning" : "upplysningar"}`,
  sumsTitle: "Summor",
  sumsAllHold: (checked: number) =>
    checked === 1 ? "Den enda summan stämmer." : `Alla ${checked} summor stämmer med sina poster.`,
  sumsWrong: (wrong: number, checked: number) =>
    `${wrong} av ${checked} ${checked === 1 ? "summa" : "summor"} stämmer inte med sina poster.`,
  sumsNone: "Inga summor att kontrollera.",
  sumsRounding: (n: number) => `${n} skiljer sig bara inom avrundningen (inget fel).`,
  resultsWrong: (n: number) => (n === 1 ? "Ett resultat stämmer inte." : `${n} resultat stämmer inte.`),
  sharesTitle: "Medlemsandelar",
  sharesCaption: (sheet: string, period: string, total: string) => `${sheet}, ${period}: medlemsbidrag ${total}`,
  sharesSingleLine: "Medlemsbidraget står på en rad, så andelarna kan inte kontrolleras. Så fördelas det enligt lagen:",
  sharesNone: "Inga medlemsbidrag per medlem hittades.",
  shareColumns: { member: "Medlem", amount: "Belopp", share: "Andel", expected: "Ska vara", status: "Status" },
  shareBadges: { ok: "Rätt", wrong: "Fel", agreed: "Avtalad", unchecked: "Ej kontrollerad" } as Record<string, string>,
  singleLineRows: { state: "Staten", region: "Regionen", kommuner: "Kommunerna" },
  equityTitle: "Eget kapital",
  equityNone: "Inget eget kapital hittades i budgeten.",
  equityChartTitle: (unit: string) => `Eget kapital vid årets slut, i ${unit}`,
  equityChartDesc: (years: string) => `Stapeldiagram per år. ${years}`,
  equityYearDesc: (year: number, value: string, deficit: boolean) =>
    `${year}: ${value}${deficit ? ", underskottsår" : ""}.`,
  equityColumns: { year: "År", equity: "Eget kapital", result: "Resultat" },
  equityDeficit: "underskott",
  equityUncovered: "täcks inte",
  equityLegend: "Röd stapel: år med underskott.",
  findingsTitle: "Anmärkningar",
  noFindings: "Inga anmärkningar: alla kontroller stämmer.",
  severityGroups: { error: "Fel", warning: "Varningar", info: "Upplysningar" } as Record<string, string>,
  otherFindings: "Övriga",
  goToCell: (sheet: string, cell: string) => `Gå till ${sheet}!${cell}`,
  fixButton: "Rätta…",
  fixButtonLabel: (cell: string) => `Rätta ${cell}`,
  fixTitle: (sheet: string, cell: string) => `Rätta ${sheet}!${cell}`,
  fixIntro: "Bara den här cellen ändras. Inget annat i arbetsboken rörs.",
  fixOld: "Nu",
  fixNew: "Blir",
  fixEmpty: "(tom)",
  fixConfirm: "Skriv det nya värdet",
  cancel: "Avbryt",
  correctionsTitle: "Rätta igenkänningen",
  correctionsHint: "Om tillägget har gissat fel kan du rätta det här. Rättelserna sparas i arbetsboken.",
  tableField: "Tabell",
  notSumField: "Raden är ingen summa",
  chooseRow: "Välj rad",
  columnField: "Kolumn",
  yearField: "År",
  unitField: "Enhet",
  save: "Spara",
  saved: "Sparat i arbetsboken.",
  clearCorrections: (n: number) => `Ta bort mina rättelser (${n})`,
  badYear: "Skriv ett årtal, t.ex. 2025.",
  badNumber: "Skriv ett tal, t.ex. 2,5.",
  kommunKeyTitle: "Fördelningsnyckel för kommunerna",
  kommunKeyHint:
    "Hur kommunerna delar sin fjärdedel, t.ex. efter invånarantal. Lämna tomt om ni inte vill kontrollera fördelningen.",
  kommunName: "Kommun",
  kommunWeight: "Invånare",
  addKommun: "Lägg till kommun",
  removeRow: (what: string) => `Ta bort ${what}`,
  trappaTitle: "Trappa för eget kapital",
  trappaHint: "Trappan är tom tills du fyller i den: eget kapital visas då bara som andel av medlemsbidragen.",
  trappaUpTo: "Medelstilldelning upp till (kr)",
  trappaPercent: "Högst eget kapital (%)",
  addStep: "Lägg till steg",
  step: (n: number) => `steg ${n}`,
  prognosisTitle: "Prognos",
  prognosisHint: "Skapar ett nytt blad med formler; budgeten ändras inte.",
  incomeGrowth: "Förändring av medlemsbidrag per år (%)",
  wageGrowth: "Löneökning per år (%)",
  priceGrowth: "Prisökning per år (%)",
  equityStart: (year: number) => `Eget kapital vid början av ${year}`,
  equityStartFound: (label: string, amount: string) => `Lämna tomt för att använda "${label}" (${amount}).`,
  equityStartMissing: "Inget eget kapital hittades; skriv in det här eller senare i bladet.",
  buildPrognosis: "Skapa prognosblad",
  prognosisBuilt: (name: string) => `Bladet "${name}" har lagts till.`,
  noPrognosisTable: "Ingen budgettabell att göra prognos på.",
  openWorkbook: "Öppna arbetsbok",
  openAnother: "Öppna en annan arbetsbok",
  fileInputLabel: "Välj en Excel-arbetsbok (.xlsx)",
  fileStaysLocal: "Filen läses här i webbläsaren och skickas ingenstans.",
  openedFile: (name: string) => `Öppnad: ${name}`,
  download: (name: string) => `Ladda ner ${name}`,
  downloadHint: "Arbetsboken har nya blad eller ändringar. Ladda ner kopian; originalfilen ändras inte.",
  sheetViewLabel: (sheet: string) => `Bladet ${sheet}`,
  reportTitle: "Kontrollrapport",
  reportHint: "Ett nytt blad med varje kontroll, vilka celler den såg och vad den fann, att skriva ut eller arkivera.",
  buildReport: "Skapa kontrollrapport",
  reportBuilt: (name: string) => `Bladet "${name}" har lagts till.`,
  excelWorkbookName: "Arbetsboken i Excel",
};

// The Kontrollrapport (issue 8): the report sheet and the HTML report that the board and the auditors file.
export const reportStrings = {
  title: "Kontrollrapport",
  sheetName: (date: string) => `Kontrollrapport ${date}`,
  pageHeader: (workbook: string, dateTime: string) => `Kontrollrapport för ${workbook}, ${dateTime}`,
  workbook: "Arbetsbok",
  createdAt: "Skapad",
  version: "Finsam Budgetkontroll, version",
  fingerprint: "Fingeravtryck (SHA-256)",
  fingerprintNote: (figures: number) =>
    `Beräknat över ${figures} kontrollerade belopp, i ordningen blad, rad, kolumn (se bilagan). Ändras ett kontrollerat belopp ändras fingeravtrycket.`,
  summary: "Sammanfattning",
  summaryLine: (errors: number, warnings: number, infos: number) =>
    `${errors} fel, ${warnings} ${warnings === 1 ? "varning" : "varningar"}, ${infos} ${infos === 1 ? "upplysning" : "upplysningar"}`,
  checksLine: (ran: number, passed: number, notApplicable: number) =>
    `${ran} kontroller kördes: ${passed} godkända, ${ran - passed - notApplicable} med anmärkning, ${notApplicable} ej tillämpliga`,
  tablesHeading: "Budgettabeller som kontrollerades",
  noTables: "Ingen budgettabell hittades i arbetsboken; inget belopp har kontrollerats.",
  tableHeaders: {
    table: "Tabell",
    sheet: "Blad",
    range: "Område",
    unit: "Enhet",
    years: "År",
    title: "Rubrik",
    figures: "Belopp",
  },
  tableNumber: (n: number) => `Tabell ${n}`,
  period: (year: number, kind: string) => `${year} (${kind})`,
  checksHeading: "Kontroller",
  checkHeaders: {
    verdict: "Utfall",
    rule: "Regel",
    description: "Vad regeln letar efter",
    cells: "Kontrollerade celler",
  },
  verdict: (
    kind: "passed" | "errors" | "warnings" | "not-applicable",
    errors: number,
    warnings: number,
    infos: number
  ) => {
    if (kind === "not-applicable") return "ej tillämplig";
    const parts: string[] = [];
    if (errors) parts.push(`${errors} fel`);
    if (warnings) parts.push(`${warnings} ${warnings === 1 ? "varning" : "varningar"}`);
    if (kind === "passed")
      return infos ? `godkänd (${infos} ${infos === 1 ? "upplysning" : "upplysningar"})` : "godkänd";
    return parts.join(", ");
  },
  noCells: "inga",
  findingsHeading: "Anmärkningar",
  noFindings: "Inga anmärkningar: alla kontroller som var tillämpliga är godkända.",
  findingHeaders: {
    severity: "Allvar",
    rule: "Regel",
    sheet: "Blad",
    cell: "Cell",
    period: "År",
    expected: "Förväntat",
    actual: "Faktiskt",
    difference: "Differens",
    message: "Beskrivning",
  },
  differenceNote: "Differens = faktiskt − förväntat, i tabellens enhet.",
  severity: { error: "Fel", warning: "Varning", info: "Upplysning" } as Record<string, string>,
  figuresHeading: "Bilaga: kontrollerade belopp (underlaget för fingeravtrycket)",
  figuresNote:
    "En rad per belopp: blad, cell och beloppet som decimaltal utan tusentalsavgränsare (punkt som decimaltecken, - för negativa). Raderna, avgränsade med tabb och avslutade med radbyte, i UTF-8, ger fingeravtrycket med SHA-256.",
  figureHeaders: { sheet: "Blad", cell: "Cell", value: "Belopp" },
  htmlTitle: (workbook: string) => `Kontrollrapport – ${workbook}`,
  htmlCollectionTitle: (files: number) => `Kontrollrapport – ${files} arbetsböcker`,
  htmlContents: "Innehåll",
  htmlReadError: (file: string, message: string) => `${file} kunde inte läsas: ${message}`,
  reportWritten: (out: string, sheet: string) => `Kontrollrapporten skrevs till ${out}, flik "${sheet}".`,
  reportNeedsOneFile: "--report tar exakt en fil.",
  reportSameFile: "Utfilen får inte vara samma som indatafilen: originalet ändras aldrig.",
  reportCannotWrite: (out: string, reason: string) => `Kunde inte skriva ${out}: ${reason}`,
  overviewHeading: "Sammanställning per fil:",
  overviewLine: (file: string, errors: number, warnings: number, infos: number) =>
    `   ${file}: ${errors} fel, ${warnings} ${warnings === 1 ? "varning" : "varningar"}, ${infos} ${infos === 1 ? "upplysning" : "upplysningar"}`,
  overviewNoTables: (file: string) => `   ${file}: ingen budgettabell`,
  overviewUnreadable: (file: string) => `   ${file}: kunde inte läsas`,
};
