// Every user-visible text, in Swedish, one module per face (STYLE.md). Code, comments and
// identifiers stay English. Import from here: "../strings".
export { cliStrings } from "./cli";
export { findingStrings, financeStrings, recognizeStrings } from "./findings";
export { formulaStrings } from "./findings";
export { readStrings, excelStrings, writeStrings, settingsStrings } from "./workbook";
export { paneStrings, paneTextStrings } from "./pane";
export { addinSheetStrings, prognosisStrings, reportStrings } from "./report";
