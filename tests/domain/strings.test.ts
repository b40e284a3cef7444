// Swedish wording that the faces share: numbers agree with their nouns, a year is said once.
import { cliStrings, findingStrings, prognosisStrings } from "../../src/domain/strings";
import { labelAt } from "../../src/domain/strings/findings";

test("a label that already holds the year is not followed by it again", () => {
  expect(labelAt("Summa kostnader", "2024")).toBe("Summa kostnader 2024");
  expect(labelAt("Resultat 2024", "2024")).toBe("Resultat 2024");
  expect(labelAt("Budget 2024", "2024, 2025 och 2026")).toBe("Budget 2024 2024, 2025 och 2026");
  expect(labelAt("Prel. resultat 2023", "2024")).toBe("Prel. resultat 2023 2024");
  expect(labelAt("Resultat 20245", "2024")).toBe("Resultat 20245 2024");
  expect(findingStrings.sumMismatch("Summa kostnader 2024", "2024", "1 kr", "2 kr", "1 kr")).toBe(
    "Summa kostnader 2024 är 1 kr men posterna summerar till 2 kr (diff 1 kr)."
  );
});

test("one amount is written in the singular", () => {
  expect(prognosisStrings.textAmounts(1)).toBe(
    "1 belopp i källbladet är skrivet som text; det står här som tal och följer inte med om källan ändras."
  );
  expect(prognosisStrings.textAmounts(2)).toMatch(/^2 belopp i källbladet är skrivna som text; de står/);
  expect(findingStrings.numbersAsTextTable(1, "A3:D9")).toMatch(
    /^1 belopp i A3:D9 är text, inte ett tal .* räknar inte med det\./
  );
  expect(cliStrings.fileSummary(0, 1, 1)).toBe("   Summa: 0 fel, 1 varning, 1 upplysning.");
  expect(cliStrings.totalSummary(2, 0, 0, 1)).toBe("Totalt 2 filer: 0 fel, 1 varning.");
});
