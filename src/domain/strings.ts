// Every user-visible text, in Swedish. Code, comments and identifiers stay English.
// Sections: cli, read errors, recognition, findings, task pane.

export const cliStrings = {
  usage:
    "Användning: finsam-check [--format text|json] [--prognosis UT.xlsx] FIL...\n" +
    "Kontrollerar Finsam-budgetar i .xlsx-filer. Avslutas med 0 när inget fel hittas, 1 vid fel, 2 när en fil inte kan läsas.",
};
