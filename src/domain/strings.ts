// Every user-visible text, in Swedish. Code, comments and identifiers stay English.
// Sections: cli, read errors, recognition, findings, task pane.

export const cliStrings = {
  usage:
    "Användning: finsam-check [--format text|json] [--prognosis UT.xlsx] FIL...\n" +
    "Kontrollerar Finsam-budgetar i .xlsx-filer. Avslutas med 0 när inget fel hittas, 1 vid fel, 2 när en fil inte kan läsas.",
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
  crosscheckMismatch: (label: string, period: string, actual: string, otherLabel: string, where: string, expected: string) =>
    `${label} ${period} är ${actual} här men ${otherLabel} i ${where} är ${expected}.`,
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
    labels.length <= 1 ? labels.join("") : `${labels.slice(0, -1).join(", ")} och ${labels[labels.length - 1]}`,
  agreedDeviation: (note?: string) => `Överenskommen avvikelse${note ? `: ${note}` : ""}.`,
  totalColumn: "Totalt",
};

export const readStrings = {
  emptyFile: "Filen är tom (0 byte) och innehåller ingen arbetsbok.",
  notXlsx:
    "Filen är inte en Excel-arbetsbok (.xlsx). Öppna den i Excel och spara den som Excel-arbetsbok (.xlsx).",
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
  readFailed: (detail: string) => `Kunde inte läsa arbetsboken i Excel (${detail}). Försök igen, eller spara och öppna filen på nytt.`,
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
