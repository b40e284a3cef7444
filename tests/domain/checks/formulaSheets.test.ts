// The formula rules over whole sheets (formula.inconsistent, formula.ref-error,
// formula.range-includes-blank, and range-omits-row outside tables), on small workbooks built
// in the fixture format: the exact findings, and silence where a difference is intended.
import { analyzeWorkbook } from "../../../src/domain/analyze";
import type { Finding } from "../../../src/domain/finding";
import { parseFixture } from "../../helpers/fixture";

const FORMULA_RULES = /^formula\./;

function findingsOf(lines: string[]): Finding[] {
  return analyzeWorkbook(parseFixture(lines.join("\n"))).findings;
}

const formulaFindings = (lines: string[]) => findingsOf(lines).filter((f) => FORMULA_RULES.test(f.rule));
const brief = (f: Finding) => [f.rule, f.severity, f.sheet, f.cell, f.period, f.expected, f.actual, f.fix?.newValue];

describe("formula.inconsistent along a row of period columns", () => {
  const regions = [
    "### Sheet: Data",
    "Region\t2019\t2020\t2021\t2022",
    "Norr\t10\t20\t30\t40",
    "Syd\t5\t6\t7\t8",
    "Väst\t1\t2\t3\t4",
    "Summa\t=SUM(B2:B4)\t=SUM(C3:C4)\t=SUM(D2:D4)\t=SUM(E2:E4)",
  ];

  it("outside a budget: a warning at the total whose range starts a row late, with the range it should have", () => {
    const findings = formulaFindings(regions);
    // C2 + C3 + C4 = 20 + 6 + 2 = 28; the formula reads C3:C4 only, 6 + 2 = 8.
    expect(findings.map(brief)).toEqual([
      ["formula.inconsistent", "warning", "Data", "C5", undefined, "28", "8", "=SUM(C2:C4)"],
    ]);
    expect(findings[0].message).toBe(
      "Formeln =SUMMA(C3:C4) i C5 följer inte formlerna bredvid i raden (B5 och D5:E5): som de borde den vara =SUMMA(C2:C4); då blir värdet 28 i stället för 8."
    );
    expect(findings[0].related).toEqual(["B5", "D5", "E5"]);
    expect(findings[0].fix).toEqual({ sheet: "Data", cell: "C5", newValue: "=SUM(C2:C4)", oldValue: "=SUM(C3:C4)" });
  });

  const budget = (summa: string, resultat: string) => [
    "### Sheet: Budget",
    "\tBudget 2024\tPlan 2025\tPlan 2026\tPlan 2027",
    "Medlemsbidrag\t1000\t1000\t1000\t1000",
    "Personal\t600\t610\t620\t630",
    "Lokaler\t300\t300\t300\t300",
    `Summa kostnader\t${summa}`,
    `Resultat\t${resultat}`,
  ];
  const sums = "=SUM(B3:B4)\t=SUM(C3:C4)\t=SUM(D3:D4)\t=SUM(E3:E4)";
  const results = "=B2-B5\t=C2-C5\t=D2-D5\t=E2-E5";

  it("in a budget table, a SUM that leaves out a row is reported once, as range-omits-row", () => {
    const findings = formulaFindings(budget("=SUM(B3:B4)\t=SUM(C4:C4)\t=SUM(D3:D4)\t=SUM(E3:E4)", results));
    expect(findings.map(brief)).toEqual([
      ["formula.range-omits-row", "error", "Budget", "C5", 2025, "910", "300", "=SUM(C3:C4)"],
    ]);
  });

  it("in a budget table, a result that reads the wrong row is an error with the figure the copy gives", () => {
    const findings = findingsOf(budget(sums, "=B2-B5\t=C2-C4\t=D2-D5\t=E2-E5")).filter((f) => f.severity !== "info");
    // 1 000 − (610 + 300) = 90; the formula subtracts Lokaler alone: 1 000 − 300 = 700.
    expect(findings.map(brief)).toEqual([
      ["formula.inconsistent", "error", "Budget", "C6", 2025, "90", "700", "=C2-C5"],
    ]);
    expect(findings[0].message).toBe(
      // No unit is stated anywhere, so the amounts carry no unit word.
      "Formeln =C2-C4 i C6 följer inte formlerna bredvid i raden (B6 och D6:E6): som de borde den vara =C2-C5; då blir värdet 90 i stället för 700."
    );
  });

  it("leaves a term one year adds on its own to the table's arithmetic", () => {
    const findings = findingsOf([
      "### Sheet: Budget",
      "\tBudget 2024\tPlan 2025\tPlan 2026\tPlan 2027",
      "Medlemsbidrag\t1000\t1000\t1000\t1000",
      "Personal\t600\t610\t620\t630",
      "Lokaler\t300\t300\t300\t300",
      `Summa kostnader\t${sums}`,
      "Resultat\t=B2-B5\t=C2-C5+C7\t=D2-D5\t=E2-E5",
      "Engångsintäkt\t\t50",
    ]);
    expect(findings.filter((f) => FORMULA_RULES.test(f.rule))).toEqual([]);
  });

  it("says nothing about a correct budget", () => {
    expect(formulaFindings(budget(sums, results))).toEqual([]);
  });
});

describe("formula.inconsistent down a column of line items", () => {
  it("a variance that reads the forecast instead of the outcome: the copy reads the outcome", () => {
    const findings = formulaFindings([
      "### Sheet: Uppföljning",
      "Post\tBudget\tPrognos\tUtfall\tAvvikelse",
      "Personal\t100\t95\t90\t=D2-B2",
      "Lokaler\t200\t205\t210\t=D3-B3",
      "Resor\t300\t290\t280\t=C4-B4",
      "IT\t50\t55\t60\t=D5-B5",
    ]);
    // D4 − B4 = 280 − 300 = −20; the formula gives C4 − B4 = 290 − 300 = −10.
    expect(findings.map(brief)).toEqual([
      ["formula.inconsistent", "warning", "Uppföljning", "E4", undefined, "-20", "-10", "=D4-B4"],
    ]);
    expect(findings[0].message).toBe(
      "Formeln =C4-B4 i E4 följer inte formlerna bredvid i kolumnen (E2:E3 och E5): som de borde den vara =D4-B4; då blir värdet -20 i stället för -10."
    );
  });

  it("a row total that leaves out the first period, harmless today because that cell is empty", () => {
    const findings = formulaFindings([
      "### Sheet: Plan",
      "Post\tQ1\tQ2\tQ3\tQ4\tÅret",
      "Personal\t10\t10\t10\t10\t=SUM(B2:E2)",
      "Lokaler\t5\t5\t5\t5\t=SUM(B3:E3)",
      "Resor\t\t2\t2\t2\t=SUM(C4:E4)",
      "IT\t1\t1\t1\t1\t=SUM(B5:E5)",
    ]);
    expect(findings.map(brief)).toEqual([
      ["formula.inconsistent", "warning", "Plan", "F4", undefined, "6", "6", "=SUM(B4:E4)"],
    ]);
    expect(findings[0].message).toBe(
      "Formeln =SUMMA(C4:E4) i F4 följer inte formlerna bredvid i kolumnen (F2:F3 och F5): som de borde den vara =SUMMA(B4:E4) (det ändrar inget belopp i dag)."
    );
  });
});

describe("intended exceptions stay quiet", () => {
  it("a first-year formula in an equity chain (it would read the label column as a copy)", () => {
    expect(
      formulaFindings([
        "### Sheet: Plan",
        "\t2024\t2025\t2026\t2027",
        "Resultat\t-100\t50\t60\t70",
        "Eget kapital ingående\t1000",
        "Eget kapital utgående\t=B3+B2\t=B4+C2\t=C4+D2\t=D4+E2",
      ])
    ).toEqual([]);
  });

  it("a row total at the end of a row of column totals", () => {
    expect(
      formulaFindings([
        "### Sheet: Data",
        "Post\tQ1\tQ2\tQ3\tÅret",
        "A\t1\t2\t3\t=SUM(B2:D2)",
        "B\t4\t5\t6\t=SUM(B3:D3)",
        "Summa\t=SUM(B2:B3)\t=SUM(C2:C3)\t=SUM(D2:D3)\t=SUM(B4:D4)",
      ])
    ).toEqual([]);
  });

  it("one formula against one other: too little evidence", () => {
    expect(formulaFindings(["### Sheet: Data", "A\t1\t2", "B\t3\t4", "Summa\t=SUM(B1:B2)\t=SUM(C2:C2)"])).toEqual([]);
  });

  it("a column of links to cells of another sheet, each to a row of its own", () => {
    expect(
      formulaFindings([
        "### Sheet: Källa",
        "a\t1",
        "b\t2",
        "c\t3",
        "d\t4",
        "e\t5",
        "### Sheet: Sammandrag",
        "Rad 1\t=Källa!B1",
        "Rad 4\t=Källa!B4",
        "Rad 2\t=Källa!B2",
        "Rad 5\t=Källa!B5",
      ])
    ).toEqual([]);
  });

  it("a fudge constant on one total is somebody's decision, not a slip", () => {
    expect(
      formulaFindings([
        "### Sheet: Data",
        "A\t1\t2\t3\t4",
        "B\t3\t4\t5\t6",
        "Summa\t=SUM(B1:B2)\t=SUM(C1:C2)+1000\t=SUM(D1:D2)\t=SUM(E1:E2)",
      ])
    ).toEqual([]);
  });
});

describe("formula.ref-error", () => {
  const week = (broken: string) => [
    "### Sheet: Tid",
    "Vecka\tMån\tTis\tOns\tSumma",
    "1\t8\t8\t8\t=B2+C2+D2",
    `2\t8\t7\t8\t${broken}`,
    "3\t8\t8\t6\t=B4+C4+D4",
  ];

  it("a formula holding #REF!: a warning outside a budget, with the formula its neighbours imply", () => {
    const findings = formulaFindings(week("=B3+C3+#REF!"));
    expect(findings.map(brief)).toEqual([
      ["formula.ref-error", "warning", "Tid", "E3", undefined, undefined, undefined, "=B3+C3+D3"],
    ]);
    expect(findings[0].message).toBe(
      "Formeln =B3+C3+#REFERENS! i E3 innehåller #REFERENS!: den läser en cell som har tagits bort, så värdet är fel tills referensen skrivs om. Formlerna bredvid ger =B3+C3+D3."
    );
  });

  it("in a budget table it is an error", () => {
    const findings = formulaFindings([
      "### Sheet: Budget",
      "\tBudget 2024\tPlan 2025\tPlan 2026",
      "Medlemsbidrag\t1000\t1000\t1000",
      "Personal\t600\t610\t620",
      "Lokaler\t300\t300\t300",
      "Summa kostnader\t=SUM(B3:B4)\t=C3+#REF!\t=SUM(D3:D4)",
      "Resultat\t=B2-B5\t=C2-C5\t=D2-D5",
    ]);
    expect(findings.map(brief)).toEqual([
      ["formula.ref-error", "error", "Budget", "C5", 2025, undefined, undefined, undefined],
    ]);
  });
});

describe("formula.range-includes-blank", () => {
  it("a SUM that runs across an empty row into another group: info", () => {
    const findings = formulaFindings([
      "### Sheet: Kalkyl",
      "Intäkter",
      "Medlemsbidrag\t100",
      "Övrigt\t20",
      "",
      "Kostnader",
      "Personal\t50",
      "Summa\t=SUM(B2:B6)",
    ]);
    expect(findings.map(brief)).toEqual([
      ["formula.range-includes-blank", "info", "Kalkyl", "B7", undefined, undefined, undefined, undefined],
    ]);
    expect(findings[0].related).toEqual(["B4"]);
    expect(findings[0].message).toBe(
      "Formeln =SUMMA(B2:B6) i B7 tar med den tomma raden 4 mellan posterna och det som följer: ofarligt i dag, men en siffra som skrivs där senare räknas med."
    );
  });

  it("a blank line between the items of one list is layout, not a trap", () => {
    expect(formulaFindings(["### Sheet: Kalkyl", "Hyra\t100", "", "El\t20", "Städ\t30", "Summa\t=SUM(B1:B4)"])).toEqual(
      []
    );
  });
});

describe("formula.range-omits-row outside the recognised tables", () => {
  it("a closing balance that stops above the last line of its block, which the later year reads", () => {
    const findings = formulaFindings([
      // No years over the columns: no budget table is recognised, so the sheet-wide rule speaks.
      "### Sheet: Bokslut",
      "\tFond A\tFond B\tFond C\tFond D\tFond E",
      "Ingående\t100\t120\t130\t140\t150",
      "Resultat\t20\t10\t10\t10\t10",
      "Utdelning\t-5\t-5\t-5\t-5\t-5",
      "Justering\t0\t0\t0\t-7\t0",
      "Utgående\t=SUM(B2:B4)\t=SUM(C2:C4)\t=SUM(D2:D4)\t=SUM(E2:E5)\t=SUM(F2:F4)",
    ]);
    expect(findings.map(brief)).toEqual(
      ["B", "C", "D", "F"].map((c) => [
        "formula.range-omits-row",
        "warning",
        "Bokslut",
        `${c}6`,
        undefined,
        undefined,
        undefined,
        `=SUM(${c}2:${c}5)`,
      ])
    );
    expect(findings[0].message).toBe(
      "Formeln =SUMMA(B2:B4) i B6 stannar före B5, som fortsätter samma följd och som ingen formel läser; den borde vara =SUMMA(B2:B5)."
    );
  });

  it("a grand total over a row of copied totals that stops one short", () => {
    const findings = formulaFindings([
      "### Sheet: Timmar",
      "Roll\tÅr 1\tÅr 2\tÅr 3\tÅr 4",
      "Chef\t10\t10\t10\t10",
      "Handläggare\t20\t20\t20\t20",
      "Summa\t=SUM(B2:B3)\t=SUM(C2:C3)\t=SUM(D2:D3)\t=SUM(E2:E3)",
      "",
      "Totalt alla år\t=SUM(B4:D4)",
    ]);
    expect(findings.map(brief)).toEqual([
      ["formula.range-omits-row", "warning", "Timmar", "B6", undefined, undefined, undefined, "=SUM(B4:E4)"],
    ]);
  });

  it("a total that counts a subtotal together with its items", () => {
    const findings = formulaFindings([
      "### Sheet: Kalkyl",
      "Lön\t100",
      "Arvode\t50",
      "Summa personal\t=SUM(B1:B2)",
      "Hyra\t30",
      "Totalt\t=SUM(B1:B4)",
    ]);
    expect(findings.map(brief)).toEqual([
      ["formula.range-omits-row", "warning", "Kalkyl", "B5", undefined, undefined, undefined, "=SUM(B3:B4)"],
    ]);
    expect(findings[0].message).toBe(
      "Formeln =SUMMA(B1:B4) i B5 räknar B3 två gånger (både delsumman och dess poster); den borde vara =SUMMA(B3:B4)."
    );
  });
});

describe("formula.inconsistent: what the cells say, beyond the count of copies", () => {
  it("a row of closing balances that stop above a line of typed figures one of them reads: all of them", () => {
    // Row 5 holds zeros but in 2022, where −7 was booked; E6 reads it, the others stop at row 4.
    const findings = formulaFindings([
      "### Sheet: Eget kapital",
      "\t2019\t2020\t2021\t2022\t2023",
      "Ingående\t100\t120\t130\t140\t150",
      "Resultat\t20\t10\t10\t10\t10",
      "Utdelning\t-5\t-5\t-5\t-5\t-5",
      "Justering\t0\t0\t0\t-7\t0",
      "Utgående\t=SUM(B2:B4)\t=SUM(C2:C4)\t=SUM(D2:D4)\t=SUM(E2:E5)\t=SUM(F2:F4)",
      "Kontroll\t=B6\t=C6\t=D6\t=E6\t=F6",
      "Kontroll 2\t=B5\t=C5\t=D5\t=E5\t=F5",
    ]);
    expect(findings.map(brief)).toEqual(
      ["B", "C", "D", "F"].map((c) => [
        "formula.inconsistent",
        "warning",
        "Eget kapital",
        `${c}6`,
        // The years head a recognised table now: each finding names its year.
        { B: 2019, C: 2020, D: 2021, F: 2023 }[c],
        c === "B" ? "115" : c === "C" ? "125" : c === "D" ? "135" : "155",
        c === "B" ? "115" : c === "C" ? "125" : c === "D" ? "135" : "155",
        `=SUM(${c}2:${c}5)`,
      ])
    );
    expect(findings[0].message).toBe(
      "Formeln =SUMMA(B2:B4) i B6 följer inte formlerna bredvid i raden (E6): som de borde den vara =SUMMA(B2:B5) (det ändrar inget belopp i dag)."
    );
  });

  it("an empty row between the items and the total: the totals that take it in, where a neighbour stops above it", () => {
    const findings = formulaFindings([
      "### Sheet: Data",
      "Post\tQ1\tQ2\tQ3\tQ4",
      "A\t1\t2\t3\t4",
      "B\t5\t6\t7\t8",
      "",
      "Summa\t=SUM(B2:B4)\t=SUM(C2:C4)\t=SUM(D2:D3)\t=SUM(E2:E4)",
    ]);
    expect(findings.map((f) => [f.cell, f.fix?.newValue])).toEqual([
      ["B5", "=SUM(B2:B3)"],
      ["C5", "=SUM(C2:C3)"],
      ["E5", "=SUM(E2:E3)"],
    ]);
    expect(findings[0].message).toBe(
      "Formeln =SUMMA(B2:B4) i B5 tar med den tomma raden 4 mellan posterna och summan, vilket D5 inte gör: skriv =SUMMA(B2:B3). Det ändrar inget belopp i dag, men det som skrivs där senare räknas med."
    );
  });

  it("a reference that should be locked with $ like its copies", () => {
    const findings = formulaFindings([
      "### Sheet: Andelar",
      "Post\tBelopp\tAndel",
      "A\t10\t=B2/$B$6",
      "B\t20\t=B3/B6",
      "C\t30\t=B4/$B$6",
      "D\t40\t=B5/$B$6",
      "Summa\t=SUM(B2:B5)",
    ]);
    expect(findings.map((f) => [f.rule, f.cell, f.fix?.newValue])).toEqual([
      ["formula.inconsistent", "C3", "=B3/$B$6"],
    ]);
    expect(findings[0].message).toBe(
      "Formeln =B3/B6 i C3 låser inte sina referenser med $ som formlerna bredvid i kolumnen (C2 och C4:C5): som de borde den vara =B3/$B$6. Det ändrar inget belopp i dag, men en kopia av formeln läser fel celler."
    );
  });

  it("a variance that leaves out a term its copies have, and a constant its copies add", () => {
    const findings = formulaFindings([
      "### Sheet: Utfall",
      "Post\tBudget\tUtfall\tÅterfört\tAvvikelse\tMed påslag",
      "A\t100\t90\t5\t=B2-C2-D2\t=B2*1.1+1",
      "B\t200\t210\t5\t=B3-C3\t=B3*1.1",
      "C\t300\t280\t5\t=B4-C4-D4\t=B4*1.1+1",
      "D\t50\t60\t5\t=B5-C5-D5\t=B5*1.1+1",
    ]);
    // 200 − 210 − 5 = −15 where the formula gives 200 − 210 = −10.
    expect(findings.map(brief)).toEqual([
      ["formula.inconsistent", "warning", "Utfall", "E3", undefined, "-15", "-10", "=B3-C3-D3"],
      ["formula.inconsistent", "warning", "Utfall", "F3", undefined, undefined, "220", "=B3*1.1+1"],
    ]);
  });

  it("a lone total inside a long column of row totals that sums its column instead", () => {
    const findings = formulaFindings([
      "### Sheet: Plan",
      "Post\tVår\tHöst\tÅret",
      "A\t1\t2\t=SUM(B2:C2)",
      "B\t3\t4\t=SUM(B3:C3)",
      "C\t5\t6\t=SUM(B4:C4)",
      "Delsumma\t10\t12\t=SUM(D2:D4)",
      "D\t7\t8\t=SUM(B6:C6)",
      "E\t9\t1\t=SUM(B7:C7)",
    ]);
    // The row says 10 + 12 = 22; the column sums 3 + 7 + 11 = 21: one of the two is wrong.
    expect(findings.map(brief)).toEqual([
      ["formula.inconsistent", "warning", "Plan", "D5", undefined, "22", "21", "=SUM(B5:C5)"],
    ]);
  });

  it("a total typed between copies of a column SUM that no longer matches its column", () => {
    const findings = formulaFindings([
      "### Sheet: Lager",
      "Artikel\tJan\tFeb\tMar\tApr",
      "A\t10\t11\t12\t13",
      "B\t20\t21\t22\t23",
      "Summa\t=SUM(B2:B3)\t=SUM(C2:C3)\t30\t=SUM(E2:E3)",
    ]);
    expect(findings.map(brief)).toEqual([
      ["formula.inconsistent", "warning", "Lager", "D4", undefined, "34", "30", "=SUM(D2:D3)"],
    ]);
    expect(findings[0].message).toBe(
      "D4 är inskriven som talet 30 mellan summaformlerna C4 och E4; som de borde den vara =SUMMA(D2:D3), som ger 34."
    );
  });
});

describe("formula.double-minus", () => {
  it("a cell subtracted with two minus signs, which adds it", () => {
    const findings = formulaFindings(["### Sheet: Fond", "Ingående\t100", "Uttag\t30", "Utgående\t=SUM(B1--B2)"]);
    expect(findings.map(brief)).toEqual([
      ["formula.double-minus", "warning", "Fond", "B3", undefined, undefined, undefined, "=SUM(B1-B2)"],
    ]);
    expect(findings[0].message).toBe(
      "Formeln =SUMMA(B1--B2) i B3 har två minustecken före B2, så B2 läggs till i stället för att dras ifrån; avsågs =SUMMA(B1-B2)?"
    );
  });

  it("not a negative constant or the -- that turns a condition into a number", () => {
    expect(
      formulaFindings(["### Sheet: Fond", "Ingående\t100", "Uttag\t30", "A\t=B1--0.5", "B\t=SUMPRODUCT(--(B1:B2>50))"])
    ).toEqual([]);
  });
});
