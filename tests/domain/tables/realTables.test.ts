// The general layer on real published tables (realTables.ts, sources there): every aggregation a
// table states is found, every real inconsistency is reported at its cell, and a correct table
// gets nothing but rounding notes, each checked by hand.
import { analyzeWorkbook } from "../../../src/domain/analyze";
import type { Finding } from "../../../src/domain/finding";
import { otherTableToJson, tableToJson, type TableJson } from "../../../src/domain/report/json";
import { parseFixture } from "../../helpers/fixture";
import * as REAL from "./realTables";

const brief = (f: Finding) => [f.rule, f.severity, f.sheet, f.cell, f.period, f.expected, f.actual];

function analyze(text: string) {
  const analysis = analyzeWorkbook(parseFixture(text));
  const json = [...analysis.tables.map(tableToJson), ...analysis.others.map(otherTableToJson)];
  // The note that a pasted table's figures are text is no arithmetic: left out here.
  const findings = analysis.findings.filter((f) => f.rule !== "number.as-text");
  return { analysis, json, findings };
}

/** "C7 = C4 + C5 + C6" for every aggregation a table lists (A1 on its sheet). */
function equations(json: TableJson[], sheet: string): string[] {
  return json
    .filter((t) => t.sheet === sheet)
    .flatMap((t) => t.aggregations)
    .map(
      (a) =>
        `${a.total} = ${a.parts.map((p, i) => (i === 0 ? (a.signs[i] < 0 ? "-" : "") : a.signs[i] < 0 ? " - " : " + ") + p).join("")}`
    );
}

describe("Hallsberg 2019: signed costs, a running chain, a Not column, Avvikelse = Utfall − Budget, a balanskravsutredning", () => {
  const { json, findings } = analyze(REAL.HALLSBERG_2019);

  it("finds the chain of results in every column, the Avvikelse convention, and Avgår rows subtracted", () => {
    const rr = equations(json, "Resultaträkning");
    for (const c of ["C", "D", "E", "F", "G", "H"]) {
      expect(rr).toContain(`${c}7 = ${c}4 + ${c}5 + ${c}6`);
      expect(rr).toContain(`${c}11 = ${c}7 + ${c}9 + ${c}10`);
      expect(rr).toContain(`${c}15 = ${c}11 + ${c}13 + ${c}14`);
      expect(rr).toContain(`${c}17 = ${c}15`);
    }
    for (const r of [4, 5, 6, 7, 9, 10, 11, 13, 14, 15, 17]) expect(rr).toContain(`F${r} = C${r} - E${r}`);
    const bk = equations(json, "Balanskravsutredning");
    expect(bk).toEqual(["B8 = B4 - B5 - B6 - B7", "C8 = C4 - C5 - C6 - C7", "B10 = B8 + B9", "C10 = C8 + C9"]);
  });

  it("reports only the 2018 balanskrav line, 29 − 0 − 0 − 0 printed 28: within the rounding of five figures", () => {
    expect(findings.map(brief)).toEqual([["sum.rounding", "info", "Balanskravsutredning", "C8", 2018, "29", "28"]]);
  });
});

describe("Västervik 2021: group totals above their parts, a total of two columns apart, Avvikelse = Nettokostnad − Budget", () => {
  const { json, findings } = analyze(REAL.VASTERVIK_2021);
  const eq = equations(json, "Driftsredovisning");

  it("finds the nämnd over its verksamheter below it, and the row arithmetic across the columns", () => {
    expect(eq).toContain("B3 = B4 + B5 + B6 + B7 + B8 + B9 + B10 + B11");
    expect(eq).toContain("G12 = G13 + G14 + G15 + G16 + G17");
    expect(eq).toContain("F5 = C5 + E5");
    expect(eq).toContain("H17 = F17 - G17");
  });

  it("reports nothing but rounding, each within half a tenth per figure", () => {
    // The year is in each column's header (a row-wise sum, F = C + E, and the Avvikelse column H carry none).
    expect(findings.map(brief)).toEqual([
      ["sum.rounding", "info", "Driftsredovisning", "D3", 2020, "-697.9", "-697.8"],
      ["sum.rounding", "info", "Driftsredovisning", "G3", 2021, "-415", "-415.1"],
      ["sum.rounding", "info", "Driftsredovisning", "H3", undefined, "4.6", "4.4"],
      ["sum.rounding", "info", "Driftsredovisning", "H5", undefined, "3.3", "3.4"],
      ["sum.rounding", "info", "Driftsredovisning", "F6", undefined, "-124.8", "-124.9"],
      ["sum.rounding", "info", "Driftsredovisning", "H6", undefined, "-13.3", "-13.2"],
      ["sum.rounding", "info", "Driftsredovisning", "F8", undefined, "-73.2", "-73.1"],
      ["sum.rounding", "info", "Driftsredovisning", "H9", undefined, "2.8", "2.9"],
      ["sum.rounding", "info", "Driftsredovisning", "C12", 2021, "125.9", "126"],
      ["sum.rounding", "info", "Driftsredovisning", "D12", 2020, "-992", "-991.9"],
      ["sum.rounding", "info", "Driftsredovisning", "E12", 2021, "-1004.3", "-1004.4"],
      ["sum.rounding", "info", "Driftsredovisning", "F12", 2021, "-878.3", "-878.4"],
      ["sum.rounding", "info", "Driftsredovisning", "H12", undefined, "-1.2", "-1.3"],
      ["sum.rounding", "info", "Driftsredovisning", "F13", undefined, "-48", "-47.9"],
    ]);
  });
});

describe("Tyresö 2018: Avvikelse = Kommunbidrag − Nettokostnad (budget minus outcome), Nettokostnad = Kostnader − Intäkter", () => {
  const { json, findings } = analyze(REAL.TYRESO_2018);
  const eq = equations(json, "Kommunstyrelsen");

  it("learns the table's convention from its rows", () => {
    for (const r of [4, 5, 6, 10, 13]) {
      expect(eq).toContain(`D${r} = C${r} - B${r}`);
      expect(eq).toContain(`F${r} = E${r} - D${r}`);
    }
    expect(eq).toContain("B13 = B4 + B5 + B6 + B7 + B8 + B9 + B10 + B11 + B12");
  });

  it("reports only last year's Avvikelse total, 16,7 printed 16,8", () => {
    expect(findings.map(brief)).toEqual([
      ["sum.rounding", "info", "Kommunstyrelsen", "G13", undefined, "16.7", "16.8"],
    ]);
  });
});

describe("Upplands-Bro: a balanskravsutredning with real errors", () => {
  const { findings } = analyze(REAL.UPPLANDSBRO_BALANSKRAV);

  it("reports each at its cell: 2018's adjusted result and balanskravsresultat, 2017's balanskravsresultat", () => {
    expect(findings.map(brief)).toEqual([
      ["result.mismatch", "error", "Balanskravsutredningen", "E5", 2018, "101064", "87608"],
      ["result.mismatch", "error", "Balanskravsutredningen", "E8", 2018, "101064", "87416"],
      ["result.mismatch", "error", "Balanskravsutredningen", "F8", 2017, "43047", "34073"],
    ]);
  });
});

describe("Malmö 2015: a balanskravsutredning with RUR rows, '-' for no figure and a SUMMA after the result", () => {
  const { json, findings } = analyze(REAL.MALMO_2015);

  it("finds every step and reports nothing", () => {
    const eq = equations(json, "Balanskrav");
    expect(eq).toContain("B9 = B3 + B4 + B5 + B6 + B7 + B8");
    expect(eq).toContain("C13 = C9 + C10 + C11 + C12");
    expect(eq).toContain("D15 = D13 + D14");
    expect(findings).toEqual([]);
  });
});

describe("Göteborg 2015: a balansräkning with a varav row and the balance identity", () => {
  const { json, findings } = analyze(REAL.GOTEBORG_2015);

  it("sums equity, minority, provisions and debts, never the varav row, and ties the two totals", () => {
    const eq = equations(json, "Balansräkning");
    expect(eq).toContain("E33 = E18 + E21 + E27 + E31");
    expect(eq).toContain("D16 = D8 + D14");
    expect(eq).toContain("C33 = C16");
    expect(eq.some((e) => /\b[CDE]19\b/.test(e))).toBe(false);
  });

  it("reports only 2013's total, 81 073 printed 81 074", () => {
    expect(findings.map(brief)).toEqual([["sum.rounding", "info", "Balansräkning", "C33", 2013, "81073", "81074"]]);
  });
});

describe("Gnesta 2013: group totals above their parts in tkr, Budget-avvikelse = Utfall − Budget", () => {
  const { json, findings } = analyze(REAL.GNESTA_2013);

  it("finds the groups in every column of figures, the Förändring column included", () => {
    const eq = equations(json, "Driftredovisning");
    expect(eq).toContain("B3 = B4 + B5 + B6 + B7 + B8 + B9 + B10");
    expect(eq).toContain("C11 = C12 + C13 + C14 + C15 + C16 + C17 + C18");
    expect(eq).toContain("F19 = F20 + F21 + F22 + F23 + F24");
    expect(eq).toContain("F14 = B14 - E14");
  });

  it("reports only differences of 1 tkr, within the rounding of whole tkr", () => {
    expect(findings.map(brief)).toEqual([
      ["sum.rounding", "info", "Driftredovisning", "C3", undefined, "18739", "18738"],
      ["sum.rounding", "info", "Driftredovisning", "C11", undefined, "-1579", "-1578"],
      ["sum.rounding", "info", "Driftredovisning", "E11", 2013, "-37501", "-37500"],
      ["sum.rounding", "info", "Driftredovisning", "F11", undefined, "237", "236"],
      ["sum.rounding", "info", "Driftredovisning", "B19", 2013, "-11704", "-11705"],
      ["sum.rounding", "info", "Driftredovisning", "C19", undefined, "-2206", "-2205"],
      ["sum.rounding", "info", "Driftredovisning", "F19", undefined, "96", "95"],
    ]);
  });
});
