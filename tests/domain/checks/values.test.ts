// value.error and number.unreadable-text: figure cells that show an Excel error, or a text that
// looks like a number the engine cannot read, are findings, never "alla kontroller stämmer".
import { runChecks } from "../../../src/domain/checks";
import { looksNumeric } from "../../../src/domain/checks/values";
import type { Finding } from "../../../src/domain/finding";
import { recognizeWorkbook } from "../../../src/domain/recognize";
import { parseFixture } from "../../helpers/fixture";

function findingsOf(lines: string[], rules: string[]): [string, string, string, number | undefined, string][] {
  const grids = parseFixture(["### Sheet: Budget 2024", ...lines, ""].join("\n"));
  const tables = recognizeWorkbook(grids);
  return runChecks(tables, { tables, grids, settings: {} })
    .filter((f: Finding) => rules.includes(f.rule))
    .map((f) => [f.rule, f.severity, f.cell, f.period, f.message]);
}

test("every total and line that shows an error value is an error at its cell, in Swedish Excel's words too", () => {
  const lines = [
    "Budget 2024\t2024",
    "Intäkter",
    "Medlemsbidrag\t4000000",
    "Övriga intäkter\t#N/A",
    "Summa intäkter\t#REF!",
    "Kostnader",
    "Lön\t1000000",
    "Lokal\t200000",
    "Summa kostnader\t#DIV/0!",
    "Resultat\t#VALUE!",
    "Eget kapital vid årets slut\t#NAME?",
  ];
  expect(findingsOf(lines, ["value.error"])).toEqual([
    [
      "value.error",
      "error",
      "B4",
      2024,
      "Övriga intäkter 2024 visar felvärdet #N/A (#SAKNAS! i svensk Excel) i stället för ett belopp, så det kan inte kontrolleras. Ett värde saknas, ofta från en uppslagsfunktion (LETARAD, XLETAUPP) som inte hittade något.",
    ],
    [
      "value.error",
      "error",
      "B5",
      2024,
      "Summa intäkter 2024 visar felvärdet #REF! (#REFERENS! i svensk Excel) i stället för ett belopp, så det kan inte kontrolleras. Formeln pekar på en cell, rad eller ett blad som har tagits bort: rätta referensen.",
    ],
    [
      "value.error",
      "error",
      "B9",
      2024,
      "Summa kostnader 2024 visar felvärdet #DIV/0! (#DIVISION/0! i svensk Excel) i stället för ett belopp, så det kan inte kontrolleras. Formeln delar med noll eller med en tom cell: rätta nämnaren.",
    ],
    [
      "value.error",
      "error",
      "B10",
      2024,
      "Resultat 2024 visar felvärdet #VALUE! (#VÄRDEFEL! i svensk Excel) i stället för ett belopp, så det kan inte kontrolleras. Formeln räknar med text eller med fel slags värde: kontrollera cellerna den läser.",
    ],
    [
      "value.error",
      "error",
      "B11",
      2024,
      "Eget kapital vid årets slut 2024 visar felvärdet #NAME? (#NAMN? i svensk Excel) i stället för ett belopp, så det kan inte kontrolleras. Formeln använder ett namn eller en funktion som Excel inte känner igen: rätta stavningen.",
    ],
  ]);
});

test("texts that look like numbers but are no Swedish amount are warned about; 1 234,5 stays number.as-text", () => {
  const lines = [
    "Budget 2024\t2024",
    "Intäkter",
    "Medlemsbidrag\t4000000",
    "Övriga intäkter\t'1,234.5",
    "Summa intäkter\t=SUM(B3:B4)",
    "Kostnader",
    "Lön\t'1 234,5",
    "Lokal\tNaN",
    "Resor\t'1e308",
    "Övrigt\tse not 3",
  ];
  const text = (t: string, label: string) =>
    `"${t}" i ${label} 2024 ser ut som ett tal men kan inte läsas som ett belopp, så varken Excels SUMMA eller kontrollerna räknar med det. Skriv in beloppet som ett tal (till exempel 1234,5).`;
  expect(findingsOf(lines, ["number.unreadable-text", "number.as-text"])).toEqual([
    ["number.unreadable-text", "warning", "B4", 2024, text("1,234.5", "Övriga intäkter")],
    // No SUM reads it: the table's one info of number.as-text (a pasted table), as before.
    [
      "number.as-text",
      "info",
      "B7",
      undefined,
      "1 belopp i Budget 2024!A1:B7 är text, inte ett tal (tabellen ser inklistrad ut): Excels SUMMA räknar inte med det. Gör om det till ett tal innan du bygger formler på tabellen.",
    ],
    ["number.unreadable-text", "warning", "B8", 2024, text("NaN", "Lokal")],
    ["number.unreadable-text", "warning", "B9", 2024, text("1e308", "Resor")],
  ]);
});

describe("looksNumeric", () => {
  test.each([
    "1,234.5",
    "1.234,5",
    "1'234",
    "12 345.6",
    "1e308",
    "-2,5E-3",
    "NaN",
    "Infinity",
    "-inf",
    "(1,234.50)",
    "1,234.5 kr",
    "− 1.5",
  ])("%s looks like a number", (text) => expect(looksNumeric(text)).toBe(true));
  test.each(["se not 3", "—", "-", "n/a", "2024-01-31", "25 %", "Budget 2024", "1/3", "", "e5", "1e"])(
    "%s does not",
    (text) => expect(looksNumeric(text)).toBe(false)
  );
});
