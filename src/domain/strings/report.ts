// The prognosis sheet and the Kontrollrapport, in Swedish.

// The line the add-in writes into each sheet it creates (src/domain/addinSheets.ts): recognition
// skips a sheet that holds it. The marker is found by its prefix, so the rest may be reworded.
const ADDIN_MARKER_PREFIX = "Skapat av Finsam Budgetkontroll";
export const addinSheetStrings = {
  markerPrefix: ADDIN_MARKER_PREFIX,
  marker: `${ADDIN_MARKER_PREFIX}. Bladet kontrolleras inte som en budget.`,
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
    count === 1
      ? "1 belopp i källbladet är skrivet som text; det står här som tal och följer inte med om källan ändras."
      : `${count} belopp i källbladet är skrivna som text; de står här som tal och följer inte med om källan ändras.`,
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
  nothingChecked: "Ingen budgettabell – inget kontrollerat",
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
  htmlCollectionTotal: (
    files: number,
    errors: number,
    warnings: number,
    infos: number,
    noTables: number,
    unreadable: number
  ) =>
    `Totalt i ${files} ${files === 1 ? "arbetsbok" : "arbetsböcker"}: ${errors} fel, ${warnings} ${warnings === 1 ? "varning" : "varningar"}, ${infos} ${infos === 1 ? "upplysning" : "upplysningar"}` +
    (noTables ? `; ${noTables} utan budgettabell (inget kontrollerat)` : "") +
    (unreadable ? `; ${unreadable} kunde inte läsas` : "") +
    ".",
  unreadable: "kunde inte läsas",
  htmlReadError: (file: string, message: string) => `${file} kunde inte läsas: ${message}`,
  reportWritten: (out: string, sheet: string) => `Kontrollrapporten skrevs till ${out}, flik "${sheet}".`,
  reportNeedsOneFile: "--report tar exakt en fil.",
  reportSameFile: "Utfilen får inte vara samma som indatafilen: originalet ändras aldrig.",
  reportCannotWrite: (out: string, reason: string) => `Kunde inte skriva ${out}: ${reason}`,
  overviewHeading: "Sammanställning per fil:",
  overviewLine: (file: string, errors: number, warnings: number, infos: number) =>
    `   ${file}: ${errors} fel, ${warnings} ${warnings === 1 ? "varning" : "varningar"}, ${infos} ${infos === 1 ? "upplysning" : "upplysningar"}`,
  overviewNoTables: (file: string) => `   ${file}: ingen budgettabell – inget kontrollerat`,
  overviewUnreadable: (file: string) => `   ${file}: kunde inte läsas`,
};
