// What stored settings may say: a value out of its bounds is dropped with a notice, never used.
import { parseStoredSettings } from "../../src/domain/settings";

test("years, rows, columns, amounts and percentages out of bounds are dropped, each with one notice", () => {
  const notices: string[] = [];
  const stored = {
    kommunKey: { Lekeberg: "7 500", Örebro: "1e400", Nora: "-5", Hällefors: "ett fåtal" },
    equityTrappa: [
      { allocationUpTo: "5000000", maxPercent: "20" },
      { allocationUpTo: "99999999999999999999", maxPercent: "15" },
      { allocationUpTo: "", maxPercent: "1000,5" },
    ],
    overrides: {
      periods: [
        { sheet: "Budget", column: 2, year: 2024 },
        { sheet: "Budget", column: 3, year: 99999 },
        { sheet: "Budget", column: 20000, year: 2025 },
      ],
      sums: [
        { sheet: "Budget", row: 14, parts: [12, 13] },
        { sheet: "Budget", row: 2000000, parts: [1] },
      ],
      roles: [{ sheet: "Budget", row: 1048577, role: "item" }],
    },
  };
  expect(parseStoredSettings(JSON.stringify(stored), notices)).toEqual({
    kommunKey: { Lekeberg: "7 500", Hällefors: "ett fåtal" },
    equityTrappa: [{ allocationUpTo: "5000000", maxPercent: "20" }],
    overrides: {
      periods: [{ sheet: "Budget", column: 2, year: 2024 }],
      sums: [{ sheet: "Budget", row: 14, parts: [12, 13] }],
    },
  });
  expect(notices).toEqual([
    "Inställningen för Örebro i kommunnyckeln anger beloppet 1e400, utanför 0–1 000 000 000 000 000 kr, och används inte.",
    "Inställningen för Nora i kommunnyckeln anger beloppet -5, utanför 0–1 000 000 000 000 000 kr, och används inte.",
    "Inställningen för trappans steg 2 anger beloppet 99999999999999999999, utanför 0–1 000 000 000 000 000 kr, och används inte.",
    "Inställningen för trappans steg 3 anger 1000,5 procent, utanför 0–1 000 %, och används inte.",
    'Inställningen för kolumn 3 på bladet "Budget" anger året 99999, utanför 1900–2200, och används inte.',
  ]);
});
