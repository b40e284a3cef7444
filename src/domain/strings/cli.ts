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
};
