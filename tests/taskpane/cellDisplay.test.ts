// The sheet view shows numbers as Swedish Excel does with the cells' own formats.
import { displayText, formatNumber } from "../../src/taskpane/model/cellDisplay";

const nb = "\u00a0";

test.each([
  [4000000, "#,##0", `4${nb}000${nb}000`],
  [4000000, "# ##0", `4${nb}000${nb}000`],
  [-1828456, "#,##0", `-1${nb}828${nb}456`],
  [0.03, "0.0%", `3,0${nb}%`],
  [0.025, "0%", `3${nb}%`],
  [0.9, "0.00", "0,90"],
  [2025, '"Prognos "0', "Prognos 2025"],
  [2059000, '#,##0 "kr";-#,##0 "kr"', `2${nb}059${nb}000 kr`],
  [-300, '#,##0 "tkr";-#,##0 "tkr"', "-300 tkr"],
  [-300, "#,##0;(#,##0)", "(300)"],
  [0, '#,##0;-#,##0;"–"', "–"],
  [1234567, "#,##0,", `1${nb}235`],
  [1234.5, "#,##0.00_);[Red](#,##0.00)", `1${nb}234,50 `],
  [45292, "yyyy-mm-dd", "2024-01-01"],
])("%s with %s → %s", (value, format, shown) => {
  expect(formatNumber(value, format)).toBe(shown);
});

test("General: the number as stored, with a decimal comma", () => {
  expect(formatNumber(4000000, undefined)).toBe("4000000");
  expect(formatNumber(0.1 + 0.2, "General")).toBe("0,3");
  expect(formatNumber(-12.5, "General")).toBe("-12,5");
});

test("other cells as they read", () => {
  expect(displayText({ value: { type: "string", value: "Summa" } })).toBe("Summa");
  expect(displayText({ value: { type: "boolean", value: true } })).toBe("SANT");
  expect(displayText({ value: { type: "error", value: "#REF!" } })).toBe("#REF!");
  expect(displayText({ value: { type: "number", value: 0.03 }, numberFormat: "0.0%" })).toBe(`3,0${nb}%`);
  expect(displayText(undefined)).toBe("");
});
