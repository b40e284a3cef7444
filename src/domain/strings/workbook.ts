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

/** Writing a copy of a workbook file (src/workbook/xlsxWrite*.ts): what stops a sheet from being added. */
export const writeStrings = {
  nonFiniteNumber: (cell: string) =>
    `Talet i cell ${cell} är för stort för en Excel-fil (största möjliga är omkring 1,8 · 10^308) och skrevs inte.`,
  notANumber: (cell: string, value: string) => `Värdet "${value}" i cell ${cell} är inget tal och skrevs inte.`,
  badAddress: (cell: string) => `"${cell}" är ingen cell i ett Excel-blad (A1 till XFD1048576).`,
  noWorkbookPart:
    "Filen saknar arbetsbokens huvuddel (xl/workbook.xml), så inget blad kan läggas till. Öppna den i Excel och spara den på nytt.",
  damagedPart: (part: string) =>
    `Arbetsbokens del ${part} är inte giltig XML, så inget kunde läggas till. Öppna filen i Excel, spara den och försök igen.`,
  controlCharacter: (cell: string) =>
    `Formeln för ${cell} innehåller ett styrtecken som inte kan stå i en Excel-fil, så den skrevs inte.`,
  noSheet: (sheet: string) => `Bladet "${sheet}" finns inte i arbetsboken.`,
  arrayFormula: (sheet: string, cell: string) =>
    `${cell} på bladet "${sheet}" ingår i en matrisformel över flera celler och kan inte ändras här. Ändra den i Excel.`,
};

/** Stored settings out of their bounds (src/domain/settingsBounds.ts): dropped, with one line each. */
export const settingsStrings = {
  yearOutOfBounds: (where: string, year: number, min: number, max: number) =>
    `Inställningen ${where} anger året ${year}, utanför ${min}–${max}, och används inte.`,
  amountOutOfBounds: (where: string, text: string) =>
    `Inställningen ${where} anger beloppet ${text}, utanför 0–1 000 000 000 000 000 kr, och används inte.`,
  percentOutOfBounds: (where: string, text: string) =>
    `Inställningen ${where} anger ${text} procent, utanför 0–1 000 %, och används inte.`,
  periodColumn: (sheet: string, column: number) => `för kolumn ${column} på bladet "${sheet}"`,
  trappaStep: (n: number) => `för trappans steg ${n}`,
  kommunWeight: (kommun: string) => `för ${kommun} i kommunnyckeln`,
};
