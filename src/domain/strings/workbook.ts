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

/** A row number as Swedish text: 1 048 576. */
function rowNumber(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
}

/**
 * The Excel adapter (src/workbook/excel*.ts): what the pane shows when Office itself fails. Office's
 * own error codes never reach the user: each is told what happened and what to do, in Swedish.
 */
export const excelStrings = {
  readFailed: (problem: string) => `Arbetsboken kunde inte läsas i Excel. ${problem}`,
  addSheetFailed: (name: string, problem: string) => `Bladet "${name}" kunde inte läggas till. ${problem}`,
  selectFailed: (sheet: string, address: string, problem: string) =>
    `${address} på bladet "${sheet}" kunde inte markeras. ${problem}`,
  writeCellFailed: (sheet: string, address: string, problem: string) =>
    `${address} på bladet "${sheet}" kunde inte ändras. ${problem}`,
  settingsSaveFailed: (problem: string) => `Inställningarna kunde inte sparas i arbetsboken. ${problem}`,
  settingsLoadFailed: (problem: string) => `Inställningarna kunde inte läsas ur arbetsboken. ${problem}`,
  hiddenSheet: (sheet: string, address: string) =>
    `${address} ligger på bladet "${sheet}", som är dolt. Visa bladet (högerklicka på en bladflik och välj Ta fram) och välj fyndet igen.`,
  /** Office's error codes (Excel.ErrorCodes and the web's payload limits) → what to do. */
  problems: {
    InvalidOperationInCellEditMode: "En cell redigeras just nu. Tryck Enter eller Esc i cellen och försök igen.",
    RequestPayloadSizeLimitExceeded:
      "Det blev för mycket data på en gång för Excel på webben. Försök igen; hjälper det inte, öppna arbetsboken i Excel för skrivbordet eller kontrollera filen med finsam-check.",
    ResponsePayloadSizeLimitExceeded:
      "Det blev för mycket data på en gång för Excel på webben. Försök igen; hjälper det inte, öppna arbetsboken i Excel för skrivbordet eller kontrollera filen med finsam-check.",
    AccessDenied:
      "Excel nekade ändringen: arbetsboken eller bladet är skyddat, eller arbetsboken är öppnad som skrivskyddad. Ta bort skyddet (Granska → Ta bort skydd) eller öppna arbetsboken för redigering och försök igen.",
    ItemNotFound:
      "Bladet eller cellen finns inte längre (borttaget eller omdöpt?). Klicka på Försök igen så läses arbetsboken om.",
    ItemAlreadyExists: "Det finns redan ett blad med det namnet. Försök igen, så väljs ett ledigt namn.",
    InvalidOperation:
      "Excel tillät inte åtgärden just nu, till exempel på ett dolt eller skyddat blad. Kontrollera bladet och försök igen.",
    InvalidArgument: "Excel godtog inte adressen eller värdet. Klicka på Försök igen så läses arbetsboken om.",
    InvalidReference: "Excel godtog inte adressen eller värdet. Klicka på Försök igen så läses arbetsboken om.",
    InactiveWorkbook:
      "Excel kunde inte slutföra åtgärden, troligen för att en annan arbetsbok eller ett dialogfönster hade fokus. Klicka i arbetsboken och försök igen.",
    GeneralException:
      "Excel kunde inte slutföra åtgärden, troligen för att en annan arbetsbok eller ett dialogfönster hade fokus. Klicka i arbetsboken och försök igen.",
  } as Record<string, string>,
  unknownProblem:
    "Excel svarade med ett oväntat fel. Försök igen; hjälper det inte, spara arbetsboken, stäng den och öppna den på nytt.",
  /** A sheet read only in part: too many cells for the add-in to read inside Excel. */
  sheetTruncated: (sheet: string, firstRow: number, lastRead: number, lastRow: number) =>
    `Bladet "${sheet}" är för stort för att kontrolleras helt i Excel: bara raderna ${rowNumber(firstRow)}–${rowNumber(lastRead)} kontrollerades, men bladet går till rad ${rowNumber(lastRow)}. Ta bort innehåll långt ned på bladet (Ctrl+End visar var det slutar), eller kontrollera filen med finsam-check.`,
  sheetSkipped: (sheet: string) =>
    `Bladet "${sheet}" kontrollerades inte: arbetsboken har fler celler än tillägget läser i Excel. Ta bort innehåll långt ned på stora blad (Ctrl+End visar var de slutar), eller kontrollera filen med finsam-check.`,
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
