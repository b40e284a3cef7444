import Decimal from "decimal.js";
import {
  cellAmount,
  formatAmount,
  formatPercent,
  isYear,
  parseAmount,
  splitLabelAmount,
  toDecimal,
} from "../../src/domain/amount";
import { unitFromNumberFormat } from "../../src/domain/amountText";
import type { Cell } from "../../src/domain/grid";
import type { Unit } from "../../src/domain/table";

const NB = "\u00A0";

/** "value unit" of a parse, e.g. "-618 tkr", or "refused". */
function show(text: string): string {
  const parsed = parseAmount(text);
  if (!parsed) return "refused";
  return parsed.unit ? `${parsed.value.toFixed()} ${parsed.unit}` : parsed.value.toFixed();
}

describe("parseAmount accepts every way a Finsam document writes an amount", () => {
  it.each([
    // seed 000 (SOFINT 2018)
    ["2.059 000 kr", "2059000 kr"],
    ["1.448 710 kr", "1448710 kr"],
    ["4.118 000 kr", "4118000 kr"],
    ["724 355 kr", "724355 kr"],
    ["1 855 250", "1855250"],
    ["6000", "6000"],
    ["1 075", "1075"],
    ["-168 000", "-168000"],
    ["+ 260 000", "260000"],
    ["0", "0"],
    // seed 001 (Lekeberg/Örebro 2024)
    ["-1 828 456", "-1828456"],
    ["-256 327", "-256327"],
    ["546 000 kr.", "546000 kr"],
    ["3 238 500 kr.", "3238500 kr"],
    ["2024", "2024"],
    // seed 002 (Härnösand/Timrå 2017)
    ["- 618", "-618"],
    ["-3 366", "-3366"],
    ["-", "0"],
    // seed 004 (Älv & Kust 2020)
    ["4516 tkr", "4516 tkr"],
    ["9032 tkr", "9032 tkr"],
    ["9 032", "9032"],
    ["1745", "1745"],
    ["+ 329", "329"],
    ["+ 51", "51"],
    // decimals
    ["1 855 250,50", "1855250.5"],
    ["12,5", "12.5"],
    ["0,05", "0.05"],
    ["1.5", "1.5"],
    ["1.50", "1.5"],
    ["0.125", "0.125"],
    ["1234.567", "1234.567"],
    ["1 234.50", "1234.5"],
    ["1.234,50", "1234.5"],
    // dots as thousands
    ["1.234.567", "1234567"],
    ["1.234", "1234"],
    // signs
    ["–1 828 456", "-1828456"],
    ["– 1 828 456", "-1828456"],
    ["−618", "-618"],
    ["\u2011618", "-618"],
    ["+260000", "260000"],
    ["-0", "0"],
    ["(618)", "-618"],
    ["(618) tkr", "-618 tkr"],
    ["(618 tkr)", "-618 tkr"],
    ["( 1 234,5 )", "-1234.5"],
    // a dash alone is zero
    ["–", "0"],
    ["−", "0"],
    ["- kr", "0 kr"],
    // spaces
    [`1${NB}855${NB}250`, "1855250"],
    ["1\u2009855\u2009250", "1855250"],
    ["1\u202F855\u202F250", "1855250"],
    [`-1${NB}828${NB}456${NB}kr`, "-1828456 kr"],
    ["  1 855   250  ", "1855250"],
    ["\t618\t", "618"],
    // units
    ["618 Tkr", "618 tkr"],
    ["618 TKR", "618 tkr"],
    ["4,5 Mkr", "4.5 Mkr"],
    ["4,5 mkr", "4.5 Mkr"],
    ["4,5 mnkr", "4.5 Mkr"],
    ["4,5 MSEK", "4.5 Mkr"],
    ["618 TSEK", "618 tkr"],
    ["618 KSEK", "618 tkr"],
    ["618 SEK", "618 kr"],
    ["618 kronor", "618 kr"],
    ["618kr", "618 kr"],
    ["1 234 567:-", "1234567 kr"],
    ["1 234 567 :-", "1234567 kr"],
    ["1 234,-", "1234 kr"],
  ])("%j → %s", (text, expected) => {
    expect(show(text)).toBe(expected);
  });
});

describe("parseAmount refuses what is not one amount", () => {
  it.each([
    [""],
    ["   "],
    ["30%"],
    ["30 %"],
    ["(100%)"],
    ["2018-02-09"],
    ["12/11"],
    ["26/1"],
    ["2020-2022"],
    ["2018 - 2019"],
    ["2023-08-01 – 2026-07-31"],
    ["2023-08-01 – 2026-07-31."],
    ["2018-04-17/18"],
    ["08-123 45 67"],
    ["070-123 45 67"],
    ["123 45 67"],
    ["222 000-1818"],
    ["09.30-12.00"],
    ["09.30"],
    ["07"],
    ["0 500"],
    ["70–90."],
    ["40."],
    ["2, 5"],
    ["Överskott 2020 329"],
    ["Budget 2019"],
    ["Budget Kr"],
    ["År 2020(tkr)"],
    ["Över-/underskott +/-"],
    ["+/-"],
    ["+"],
    ["kr"],
    ["1,234,567"],
    ["1,234.50"],
    ["1.234.5"],
    ["1.5 000"],
    ["1 23"],
    ["12 3456"],
    ["--618"],
    ["+-618"],
    ["(-618)"],
    ["()"],
    ["618-"],
    ["618 €"],
    ["618 konstruktör"],
    ["5 constructor"],
    ["1".repeat(65)],
  ])("%j", (text) => {
    expect(parseAmount(text)).toBeUndefined();
  });
});

describe("splitLabelAmount", () => {
  it.each([
    ["Överskott 2020 329", "Överskott 2020", "329", undefined],
    ["Överskott 2021 143", "Överskott 2021", "143", undefined],
    ["Medel till projekt 2018 1 075", "Medel till projekt 2018", "1075", undefined],
    ["Eget kapital ingående 2023 2 359 937", "Eget kapital ingående 2023", "2359937", undefined],
    ["Prel. resultat 2023 -256 327", "Prel. resultat 2023", "-256327", undefined],
    ["Budget 546 000 kr.", "Budget", "546000", "kr"],
    ["Försäkringskassa/Arbetsförmedlingen 4516 tkr", "Försäkringskassa/Arbetsförmedlingen", "4516", "tkr"],
    ["Budget 2024 kr", "Budget", "2024", "kr"],
  ])("%j → %j + %s %s", (text, label, value, unit) => {
    const split = splitLabelAmount(text);
    expect(split?.label).toBe(label);
    expect(split?.amount.value.toFixed()).toBe(value);
    expect(split?.amount.unit).toBe(unit);
  });

  it.each([
    ["1 855 250"],
    ["2020 329"],
    ["Budget 2024"],
    ["Prognos 2020"],
    ["Resultat –"],
    ["Förbundschef-strukturellt arbete 30%"],
    ["Coachingteamet Lekeberg 2024-01-01 – 2024-12-31"],
    ["Kungälv 2020 – 02 – 07"],
    ["Antal deltagare 40."],
    ["Överskott"],
    [""],
  ])("refuses %j", (text) => {
    expect(splitLabelAmount(text)).toBeUndefined();
  });
});

describe("toDecimal", () => {
  it.each([
    [0.1, "0.1"],
    [-1828456, "-1828456"],
    [1855250.5, "1855250.5"],
    [-0, "0"],
    [1e21, "1000000000000000000000"],
    [1e-7, "0.0000001"],
    // Binary noise: read as Excel shows the number, 15 significant digits.
    [0.1 + 0.2, "0.3"],
    [18.500000000000004, "18.5"],
    [-18.500000000000004, "-18.5"],
    [100000 / 3, "33333.3333333333"],
    [200000 / 3, "66666.6666666667"],
    [1e15 + 0.3, "1000000000000000"],
    [9007199254740993, "9007199254740990"],
    [123456789012345, "123456789012345"],
    [1.2345678901234567e-20, "0.0000000000000000000123456789012346"],
    [5e-324, "0." + "0".repeat(323) + "494065645841247"],
  ])("%p → %s", (n, expected) => {
    expect(toDecimal(n).toFixed()).toBe(expected);
  });

  it("adds two thirds of 300 000 written as =100000/3 and =200000/3 to exactly 100 000", () => {
    expect(
      toDecimal(100000 / 3)
        .plus(toDecimal(200000 / 3))
        .toFixed()
    ).toBe("100000");
  });
});

describe("cellAmount", () => {
  const num = (value: number, extra: Partial<Cell> = {}): Cell => ({
    value: { type: "number", value },
    ...extra,
  });
  const str = (value: string): Cell => ({ value: { type: "string", value } });

  it("reads a typed number as source number", () => {
    expect(cellAmount(num(4118000))).toEqual({ value: new Decimal(4118000), source: "number" });
  });

  it("reads a formula's cached value as source formula", () => {
    const amount = cellAmount(num(3731, { formula: "=SUM(B3:B6)" }));
    expect(amount?.source).toBe("formula");
    expect(amount?.value.toFixed()).toBe("3731");
  });

  it("takes the unit from the number format", () => {
    expect(cellAmount(num(-618, { numberFormat: '#,##0 "tkr"' }))?.unit).toBe("tkr");
    expect(cellAmount(num(1, { numberFormat: "0.00%" }))?.unit).toBeUndefined();
  });

  it("reads an amount written as text as source text, keeping the text", () => {
    expect(cellAmount(str("2.059 000 kr"))).toEqual({
      value: new Decimal(2059000),
      unit: "kr",
      source: "text",
      text: "2.059 000 kr",
    });
    expect(cellAmount(str("- 618"))?.value.toFixed()).toBe("-618");
    expect(cellAmount(str("-"))?.value.toFixed()).toBe("0");
  });

  it.each<[string, Cell | undefined]>([
    ["no cell", undefined],
    ["an empty cell", { value: { type: "empty" } }],
    ["a boolean", { value: { type: "boolean", value: true } }],
    ["an error", { value: { type: "error", value: "#REF!" } }],
    ["an empty string", { value: { type: "string", value: "" } }],
    ["a label with a figure", { value: { type: "string", value: "Överskott 2020 329" } }],
    ["a percentage", { value: { type: "string", value: "30%" } }],
    ["NaN", { value: { type: "number", value: Number.NaN } }],
  ])("is undefined for %s", (_what, cell) => {
    expect(cellAmount(cell)).toBeUndefined();
  });
});

describe("unitFromNumberFormat", () => {
  it.each<[string | undefined, Unit | undefined]>([
    ['# ##0 "kr"', "kr"],
    ['_-* # ##0 kr_-;-* # ##0 kr_-;_-* "-" kr_-;_-@_-', "kr"],
    ["[$kr-41D] #,##0", "kr"],
    ['#,##0 "tkr"', "tkr"],
    ['#,##0.0 "Mkr"', "Mkr"],
    ["#,##0", undefined],
    ["General", undefined],
    ["0.0%", undefined],
    [undefined, undefined],
  ])("%j → %s", (format, unit) => {
    expect(unitFromNumberFormat(format)).toBe(unit);
  });
});

describe("formatAmount", () => {
  it.each<[string, Unit | undefined, string]>([
    ["1828456", "kr", `1${NB}828${NB}456${NB}kr`],
    ["-1828456", "kr", `-1${NB}828${NB}456${NB}kr`],
    ["-618", "tkr", `-618${NB}tkr`],
    ["4.5", "Mkr", `4,5${NB}Mkr`],
    ["1855250.50", undefined, `1${NB}855${NB}250,5`],
    ["0.05", undefined, "0,05"],
    ["-0.5", undefined, "-0,5"],
    ["-0", undefined, "0"],
    ["999", undefined, "999"],
    ["1000", undefined, `1${NB}000`],
    ["1e21", undefined, `1${NB}000${NB}000${NB}000${NB}000${NB}000${NB}000${NB}000`],
  ])("%s %s → %j", (value, unit, expected) => {
    expect(formatAmount(new Decimal(value), unit)).toBe(expected);
  });
});

describe("formatPercent", () => {
  it.each<[string, number | undefined, string]>([
    ["0.25", undefined, `25,0${NB}%`],
    ["0.5", 0, `50${NB}%`],
    ["0.12345", undefined, `12,3${NB}%`],
    ["0.12355", undefined, `12,4${NB}%`],
    ["0.3333333333", 2, `33,33${NB}%`],
    ["-0.0001", undefined, `0,0${NB}%`],
    ["-0.125", undefined, `-12,5${NB}%`],
    ["12.5", undefined, `1${NB}250,0${NB}%`],
  ])("%s (%p decimals) → %j", (value, decimals, expected) => {
    expect(formatPercent(new Decimal(value), decimals)).toBe(expected);
  });

  it("shows 1866/3731 (seed 002's state share) as 50,0 %", () => {
    expect(formatPercent(new Decimal(1866).div(3731))).toBe(`50,0${NB}%`);
  });
});

describe("isYear", () => {
  it.each<[string | number, number | undefined]>([
    ["2024", 2024],
    [2024, 2024],
    [" 2024 ", 2024],
    [`2024${NB}`, 2024],
    ["1990", 1990],
    ["2100", 2100],
    ["1989", undefined],
    [2101, undefined],
    [2024.5, undefined],
    ["2024 kr", undefined],
    ["02024", undefined],
    ["Budget 2024", undefined],
    ["2020-2022", undefined],
    ["", undefined],
  ])("%j → %p", (input, expected) => {
    expect(isYear(input)).toBe(expected);
  });
});
