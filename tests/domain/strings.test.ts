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
