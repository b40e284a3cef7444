// Command line (src/cli/): usage, per-file lines, read and write messages. Swedish; code stays English.

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
    "  --force                ersätt en befintlig UT-fil (annars vägrar --report och --prognosis)",
    "  --help                 visa denna hjälp",
    "  --                     allt efter detta är filnamn, även namn som börjar med -",
    "",
    "--report och --prognosis skriver en Excel-fil och tas en i taget, utan --format json|html.",
    "Procentsatser ligger över -100 och högst 1000; --equity högst 10^15 kr åt något håll.",
    "Indatafilen ändras aldrig, och en befintlig UT-fil ersätts bara med --force.",
    "",
    "Slutkod: 0 inga fel, 1 minst ett fel, 2 en fil kunde inte läsas eller skrivas.",
  ].join("\n"),
  unknownOption: (opt: string) => `Okänd flagga: ${opt}. Skriv finsam-check --help för hjälp.`,
  missingValue: (opt: string) => `Flaggan ${opt} behöver ett värde.`,
  badFormat: (f: string) => `Okänt format: ${f}. Välj text, json eller html.`,
  badNumber: (opt: string, v: string) => `${opt} behöver ett tal, inte "${shorten(v)}".`,
  noValueWanted: (opt: string) => `Flaggan ${opt.replace(/=.*$/, "")} tar inget värde.`,
  percentOutOfRange: (opt: string, v: string) =>
    `${opt} är en procentsats per år och ska vara större än -100 och högst 1000, inte "${shorten(v)}".`,
  equityOutOfRange: (v: string) =>
    `--equity är eget kapital i kr och ska ligga mellan -1 000 000 000 000 000 och 1 000 000 000 000 000, inte "${shorten(v)}".`,
  reportAndPrognosis:
    "--report och --prognosis kan inte användas samtidigt. Kör finsam-check en gång med --report och en gång med --prognosis.",
  formatWithCopy: (format: string) =>
    `--format ${format} gäller utskriften av en kontroll; --report och --prognosis skriver en Excel-fil. Ta bort --format ${format}, eller kör finsam-check två gånger.`,
  onlyWithPrognosis: (opt: string) => `${opt} gäller bara tillsammans med --prognosis UT.xlsx.`,
  forceWithoutCopy: "--force gäller bara tillsammans med --report eller --prognosis.",
  noFiles: "Ange minst en .xlsx-fil eller mapp.",
  cannotRead: (file: string, reason: string) => `${file}: kan inte läsas: ${reason}`,
  notFound: "filen finns inte",
  notRegularFile: "det är ingen vanlig fil (utan till exempel en enhet eller en namngiven pipe), så den öppnas inte",
  isEmptyFolder: (dir: string) => `${dir}: mappen innehåller inga .xlsx-filer.`,
  prognosisNeedsOneFile: "--prognosis tar exakt en fil.",
  fileHeader: (file: string) => `== ${file}`,
  sheetLine: (name: string, range: string | null, hidden: boolean) =>
    `   blad ${name}: ${range ?? "tomt"}${hidden ? " (dolt)" : ""}`,
  noTables: "   Ingen budgettabell – inget kontrollerat.",
  tableLine: (sheet: string, range: string, years: string, unit: string, sums: number) =>
    `   tabell ${sheet}!${range}: ${years}, enhet ${unit}, ${sums} ${sums === 1 ? "summa" : "summor"}`,
  severity: { error: "FEL", warning: "VARNING", info: "INFO" } as Record<string, string>,
  findingLine: (sev: string, sheet: string, cell: string, message: string) =>
    `   ${sev.padEnd(7)} ${sheet}!${cell}: ${message}`,
  noFindings: "   Inga anmärkningar: alla kontroller stämmer.",
  fileSummary: (errors: number, warnings: number, infos: number) =>
    `   Summa: ${errors} fel, ${warnings} ${warnings === 1 ? "varning" : "varningar"}, ${infos} ${infos === 1 ? "upplysning" : "upplysningar"}.`,
  totalSummary: (files: number, unreadable: number, errors: number, warnings: number) =>
    `Totalt ${files} ${files === 1 ? "fil" : "filer"}: ${errors} fel, ${warnings} ${warnings === 1 ? "varning" : "varningar"}` +
    (unreadable ? `, ${unreadable} kunde inte läsas.` : "."),
  prognosisWritten: (out: string, sheet: string) => `Prognosen skrevs till ${out}, flik "${sheet}".`,
  prognosisNoTable: "Ingen budgettabell att göra prognos på.",
  prognosisSameFile: "Utfilen får inte vara samma som indatafilen: originalet ändras aldrig.",
  unexpected: (detail: string) => `Ett oväntat fel stoppade kontrollen (${detail}). Inga filer har ändrats.`,
  cannotWrite: (out: string, reason: string) => `Kunde inte skriva ${out}: ${reason}`,
  xlsxNeedsXlsx: (out: string) =>
    `Arbetsboken har inga makron och ska sparas med ändelsen .xlsx; Excel öppnar den inte som ${out}.`,
  outputExists: (out: string) =>
    `${out} finns redan och ersätts inte. Välj ett annat namn, eller lägg till --force för att ersätta filen.`,
  outputReplaced: (out: string) => `Den tidigare filen ${out} ersattes (--force).`,
  outputIsFolder: (out: string) =>
    `${out} är en mapp. Ange ett filnamn, till exempel ${out.replace(/[\\/]+$/, "")}/rapport.xlsx.`,
  macroNeedsXlsm: (out: string) =>
    `Arbetsboken innehåller makron (.xlsm), och Excel öppnar inte en sådan fil med ändelsen .xlsx. Ge utfilen ändelsen .xlsm i stället för ${out}.`,
  settingsNotice: (file: string, notice: string) => `${file}: ${notice}`,
  /** Why a file could not be read or written, in words, with what to do; never the system's own text. */
  fileError: (code: string | undefined, writing: boolean): string => {
    switch (code) {
      case "ENOENT":
        return writing ? "mappen finns inte. Skapa mappen först, eller välj en annan." : "filen finns inte";
      case "EACCES":
      case "EPERM":
        return writing
          ? "du saknar behörighet att skriva där. Välj en mapp du får skriva i."
          : "du saknar behörighet att läsa filen. Be om läsrätt, eller kopiera filen till en egen mapp.";
      case "EISDIR":
        return "det är en mapp, inte en fil. Ange en .xlsx-fil.";
      case "ENOTDIR":
        return "en del av sökvägen är en fil, inte en mapp. Kontrollera sökvägen.";
      case "ENAMETOOLONG":
        return "sökvägen eller filnamnet är för långt för systemet. Välj ett kortare namn eller en mapp närmare roten.";
      case "ENOSPC":
      case "EDQUOT":
        return "disken är full. Frigör utrymme eller välj en annan disk; ingen befintlig fil har ändrats.";
      case "ELOOP":
        return "sökvägen går runt i en cirkel av symboliska länkar. Ange den riktiga sökvägen till filen.";
      case "EROFS":
        return "disken är skrivskyddad. Välj en annan plats.";
      case "EBUSY":
      case "ETXTBSY":
        return "filen används av ett annat program (kanske Excel). Stäng den där och försök igen.";
      case "EMFILE":
      case "ENFILE":
        return "för många filer är öppna just nu. Försök igen om en stund.";
      case "EIO":
        return "disken svarade med ett läs- eller skrivfel. Kontrollera disken eller kopiera filen till en annan.";
      case "ERR_FS_FILE_TOO_LARGE":
        return "filen är större än 2 GiB, långt större än någon budget. Kontrollera att det är rätt fil.";
      default:
        return `systemet gav felkoden ${code ?? "okänd"}. Kontrollera sökvägen och försök igen.`;
    }
  },
  /** The libraries' own English console warnings, in Swedish. */
  libraryWarning: (text: string): string => {
    const long = /^Worksheet name (.*) exceeds 31 chars/.exec(text);
    if (long)
      return `Ett blad heter "${long[1]}", längre än de 31 tecken Excel tillåter. Ge bladet ett kortare namn i Excel.`;
    return `Ett programbibliotek varnade (på engelska): ${text}. Granska resultatet för den filen extra noga.`;
  },
};

/** A value the user typed, shortened for a message (400 digits help nobody). */
function shorten(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
