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
  // The reader's limits (src/workbook/xlsxLimits.ts): what is beyond one, and what to do.
  fileTooLarge: (bytes: number, limit: number): string =>
    `Filen är ${megabytes(bytes)} MB, mer än gränsen ${megabytes(limit)} MB för en arbetsbok, och läses inte. Dela upp arbetsboken eller ta bort blad som inte hör till budgeten.`,
  tooManyEntries: (count: number, limit: number): string =>
    `Zip-arkivet har ${grouped(count)} delar, fler än gränsen ${grouped(limit)}, och läses inte. En Excel-arbetsbok har sällan fler än några hundra.`,
  unpacksTooLarge: (limit: number): string =>
    `Filen packas upp till mer än ${megabytes(limit)} MB, gränsen för en arbetsbok, och läses inte (en mycket stor arbetsbok eller en så kallad zip-bomb).`,
  partTooLarge: (part: string, limit: number): string =>
    `Delen ${part} i filen är större än gränsen ${megabytes(limit)} MB och läses inte.`,
  partOverrun: (part: string): string =>
    `Delen ${part} packas upp till mer än zip-arkivet anger: filen är skadad eller gjord för att överbelasta läsaren, och läses inte.`,
  unknownCompression: (part: string): string =>
    `Delen ${part} är komprimerad på ett sätt som Excel inte använder. Öppna filen i Excel och spara den på nytt.`,
  tokenTooLong: (sheet: string): string =>
    `Bladet "${sheet}" innehåller ett element på mer än 8 MB: filen är skadad eller inte skapad av Excel, och läses inte.`,
  beyondLastRow: (sheet: string): string =>
    `Bladet "${sheet}" har rader efter rad 1 048 576, Excels sista rad: filen är skadad och läses inte.`,
  beyondLastCell: (sheet: string): string =>
    `Bladet "${sheet}" hänvisar till celler utanför Excels sista cell XFD1048576: filen är skadad och läses inte.`,
  tooManyCells: (sheet: string, limit: number): string =>
    `Bladet "${sheet}" har fler än ${grouped(limit)} ifyllda celler, gränsen för ett blad, och arbetsboken läses inte. Dela upp bladet eller flytta data som inte hör till budgeten till en annan fil.`,
  tooManyCellsTotal: (limit: number): string =>
    `Arbetsboken har fler än ${grouped(limit)} ifyllda celler, gränsen för en arbetsbok, och läses inte. Dela upp den eller flytta data som inte hör till budgeten till en annan fil.`,
  tooManyMerges: (sheet: string, limit: number): string =>
    `Bladet "${sheet}" har fler än ${grouped(limit)} sammanfogade områden, gränsen för ett blad, och arbetsboken läses inte.`,
  missingSheetPart: (sheet: string): string =>
    `Bladet "${sheet}" finns i arbetsbokens lista över blad, men bladets innehåll saknas i filen. Filen är skadad; öppna den i Excel och spara den på nytt.`,
};

/** 3000000 → "3 000 000". */
function grouped(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}

function megabytes(bytes: number): string {
  return grouped(Math.ceil(bytes / (1024 * 1024)));
}

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
