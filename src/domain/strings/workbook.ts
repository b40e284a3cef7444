// Reading and writing workbooks: the xlsx and Excel adapters' messages, in Swedish.

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
