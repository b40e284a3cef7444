// Names Excel accepts for the sheets we add, and figures a file can hold.
import { figureValue, uniqueSheetName } from "../../src/domain/sheetspec";

describe("uniqueSheetName", () => {
  test("never an existing name, compared case-insensitively", () => {
    expect(uniqueSheetName("Prognos 2025–2027", ["prognos 2025–2027", "Prognos 2025–2027 (2)"])).toBe(
      "Prognos 2025–2027 (3)"
    );
  });

  test("at most 31 characters, the number kept when the name is shortened", () => {
    const long = "Kontrollrapport för Finsam Lekeberg 2024";
    expect(uniqueSheetName(long, [])).toBe("Kontrollrapport för Finsam Leke");
    expect(uniqueSheetName(long, ["Kontrollrapport för Finsam Leke"])).toBe("Kontrollrapport för Finsam (2)");
  });

  test("without the characters Excel refuses, an apostrophe at either end, or the reserved History", () => {
    expect(uniqueSheetName("Prognos [2025]: A/B\\C*?", [])).toBe("Prognos -2025-- A-B-C--");
    expect(uniqueSheetName("'Budget'", [])).toBe("Budget");
    expect(uniqueSheetName("history", [])).toBe("history (2)");
    expect(uniqueSheetName("\u0007", [])).toBe("-");
    expect(uniqueSheetName("''", [])).toBe("Blad");
  });

  test("never half of a character outside the BMP", () => {
    const name = uniqueSheetName(`${"a".repeat(30)}😀`, []);
    expect(name).toBe("a".repeat(30));
  });
});

describe("figureValue", () => {
  test("a number where a double holds it, its decimal text (15 significant digits) where none does", () => {
    expect(figureValue("4000000.5")).toEqual({ type: "number", value: "4000000.5" });
    expect(figureValue("-1e308")).toEqual({ type: "number", value: "-1e308" });
    expect(figureValue("2e308")).toEqual({ type: "string", value: "2e+308" });
    expect(figureValue("-123456789012345678e300")).toEqual({ type: "string", value: "-1.23456789012346e+317" });
  });
});
