// Rejections, the figures deciding a sum's parts, overrides, and the vocabulary.
import {
  RECOGNITION_THRESHOLD,
  recognizeCandidates,
  recognizeSheet,
  recognizeWorkbook,
} from "../../src/domain/recognize";
import { labelMeaning, memberKindOf, normalizeLabel, periodKindOf, unitInText } from "../../src/domain/vocabulary";
import { gridOf } from "./recognize.helpers";

describe("not budgets", () => {
  test("a meeting calendar (seed 000, 3.1 Årsplanering) yields nothing", () => {
    const grid = gridOf("Årsplanering", [
      ["ÅRSPLANERING 2018 SOFINT"],
      ["Februari", "HELÅRSREDOVISNING HELDAG", "2018-02-09"],
      ["Mars", "ÅRSREDOVISNING 09.30-12.00", "2018-03-23"],
      ["Juni", "UPPFÖLJNING 09.30-12.00", "2018-06-01"],
      ["September", "HALVÅRSRAPPORT HELDAG", "2018-09-07"],
      ["Oktober", "PLANERING 09.30-12.00", "2018-10-12"],
      ["November", "INTERNSTYRNING & KONTROLLPLAN", "2018-11-30"],
    ]);
    expect(recognizeWorkbook([grid])).toEqual([]);
  });

  test("a table of contents with page numbers yields nothing", () => {
    const grid = gridOf("Innehåll", [
      ["Innehåll"],
      ["Verksamhetsplan 2018.....", 1],
      ["1 Inledning.....", 3],
      ["3.1 Arbetsåret 2018.....", 5],
      ["6 Budget 2018.....", 11],
      ["6.3 Budgetöversikt för kommande år.....", 12],
    ]);
    const candidates = recognizeCandidates(grid);
    expect(candidates.every((c) => c.confidence <= RECOGNITION_THRESHOLD)).toBe(true);
    expect(recognizeSheet(grid)).toEqual([]);
  });

  test("participant counts per kommun, with years in the header, yield nothing", () => {
    const grid = gridOf("Deltagare", [
      ["Antal deltagare", 2016, 2017],
      ["Lindesbergs kommun", 21, 13],
      ["Nora kommun", 4, 1],
      ["Hällefors kommun", 6, 4],
      ["Totalt", 31, 18],
    ]);
    expect(recognizeSheet(grid)).toEqual([]);
  });

  test("a list of names yields nothing", () => {
    const grid = gridOf("Styrelse", [
      ["Ordinarie", "Susanne Karlsson, Lindesbergs kommun", "Ordförande"],
      ["", "Margaretha Eriksson, Nora kommun", ""],
      ["Ersättare", "Sven-Erik Larsson, Lindesbergs kommun", ""],
    ]);
    expect(recognizeWorkbook([grid])).toEqual([]);
  });
});

describe("the figures decide only where the labels do not add up", () => {
  test("a bare Summa whose block above does not add up takes the contiguous rows that do, in every period", () => {
    const grid = gridOf("Aggregat", [
      ["", 2024, 2025],
      ["**Kostnader**"],
      ["Personal", 500, 510],
      ["Lokal", 100, 100],
      ["Delsumma personal och lokal", 600, 610],
      ["Resor", 50, 60],
      ["Summa", 650, 670],
    ]);
    const [t] = recognizeSheet(grid);
    // Labelled: everything open under Kostnader (600+50 holds but 3+4+5+6 does not), so 5 and 6.
    expect(t.rows.find((r) => r.row === 7)!.parts).toEqual([5, 6]);
  });

  test("when nothing adds up the labelled structure stays, so the checks can report it", () => {
    const grid = gridOf("Fel", [
      ["", 2024, 2025],
      ["**Kostnader**"],
      ["Personal", 500, 510],
      ["Lokal", 100, 100],
      ["Resor", 50, 60],
      ["Summa kostnader", 650, 700],
    ]);
    const [t] = recognizeSheet(grid);
    expect(t.rows.find((r) => r.row === 6)!.parts).toEqual([3, 4, 5]);
  });

  test("a subset that adds up in one period only is not taken", () => {
    const grid = gridOf("EnPeriod", [
      ["", 2024, 2025],
      ["**Kostnader**"],
      ["Personal", 500, 510],
      ["Lokal", 100, 100],
      ["Resor", 50, 60],
      ["Summa kostnader", 150, 700],
    ]);
    const [t] = recognizeSheet(grid);
    expect(t.rows.find((r) => r.row === 6)!.parts).toEqual([3, 4, 5]);
  });
});

describe("overrides", () => {
  const grid = gridOf("Rättad", [
    ["", "Kolumn 1", "Kolumn 2"],
    ["Medlemsbidrag", 4000000, 4000000],
    ["Personal", 900000, 900000],
    ["Lokal", 100000, 100000],
    ["Totalt personal och lokal", 1000000, 1000000],
    ["Nora", 5000, 5000],
  ]);

  test("without overrides the columns have no year and the table is no budget", () => {
    expect(recognizeSheet(grid)).toEqual([]);
  });

  test("years, unit, a role and a sum given by the user", () => {
    const [t] = recognizeSheet(grid, {
      periods: [
        { sheet: "Rättad", column: 2, year: 2024 },
        { sheet: "Rättad", column: 3, year: 2025, kind: "plan" },
      ],
      units: [{ sheet: "Rättad", unit: "tkr" }],
      roles: [{ sheet: "Rättad", row: 6, role: "member", member: "kommun" }],
      sums: [{ sheet: "Rättad", row: 5, parts: [3, 4] }],
    });
    expect(t.periods.map((p) => `${p.column}:${p.year}:${p.kind}`)).toEqual(["2:2024:budget", "3:2025:plan"]);
    expect(t.unit).toBe("tkr");
    expect(t.rows.find((r) => r.row === 6)).toMatchObject({ role: "member", member: "kommun", side: "income" });
    expect(t.rows.find((r) => r.row === 5)!.parts).toEqual([3, 4]);
  });

  test("a row that is not a sum", () => {
    const [t] = recognizeSheet(grid, {
      periods: [
        { sheet: "Rättad", column: 2, year: 2024 },
        { sheet: "Rättad", column: 3, year: 2025 },
      ],
      sums: [{ sheet: "Rättad", row: 5, parts: null }],
    });
    const row = t.rows.find((r) => r.row === 5)!;
    expect(row.parts).toBeUndefined();
    expect(row.role).toBe("item");
  });

  test("overrides of another sheet change nothing", () => {
    expect(recognizeSheet(grid, { periods: [{ sheet: "Annat", column: 2, year: 2024 }] })).toEqual([]);
  });
});

describe("vocabulary", () => {
  test("labels normalised: bullets, dashes, numbering, markup, asterisks, +/-", () => {
    expect(
      [
        "• Aktiv",
        "- Beviljade projekt",
        "6.1.1 Medelstildelning",
        "<b><u>Insatser</u></b>",
        "Kommuner*",
        "Över-/underskott +/-",
      ].map((t) => normalizeLabel(t).text)
    ).toEqual(["Aktiv", "Beviljade projekt", "Medelstildelning", "Insatser", "Kommuner", "Över-/underskott"]);
    expect(normalizeLabel("6.1.1 Medelstildelning").depth).toBe(2);
    expect(normalizeLabel("•Statistik").depth).toBe(1);
  });

  test("member kinds", () => {
    const kinds = [
      "försäkringskassan",
      "arbetsförmedlingen",
      "fk/af",
      "staten",
      "region örebro län",
      "landstinget västernorrland",
      "hälso- och sjukvårdsnämnd",
      "hsn väster",
      "nora kommun",
      "kommun tjörn",
      "timrå",
      "kommuner",
      "kommunerna",
      "medlemsbidrag",
      "finansiell ram",
      "bidrag från parterna",
      "medlemsavgifter",
    ].map(memberKindOf);
    expect(kinds).toEqual([
      "state",
      "state",
      "state",
      "state",
      "region",
      "region",
      "region",
      "region",
      "kommun",
      "kommun",
      "kommun",
      "kommuner",
      "kommuner",
      "all",
      "all",
      "all",
      undefined,
    ]);
  });

  test("roles named by labels", () => {
    const roles = [
      "summa intäkter",
      "summa kostnader",
      "total summa",
      "resultat",
      "årets resultat",
      "budgeterat resultat",
      "över-/underskott",
      "verksamhetens nettokostnader",
      "eget kapital ingående 2023",
      "överskott från tidigare år",
      "överskott 2019 fördelat på 1 år",
      "prel. eget kapital",
      "periodens acku resultat",
      "anspråktagande av eget kapital",
      "summa tillgångar",
      "summa eget kapital och skulder",
      "förbundschef-strukturellt arbete 30%",
    ].map((k) => labelMeaning(k).role);
    expect(roles).toEqual([
      "total-income",
      "total-cost",
      "total-cost",
      "result",
      "result",
      "result",
      "result",
      "result",
      "equity-in",
      "equity-in",
      "equity-in",
      "equity-out",
      "equity-out",
      "equity-use",
      "balance",
      "balance",
      undefined,
    ]);
    expect(labelMeaning("summa administration/kansli").sum).toEqual({ target: "administration/kansli" });
    expect(labelMeaning("överskott från tidigare år").carried).toBe(true);
  });

  test("period kinds and units in headers", () => {
    expect(
      ["Budget 2019", "Prognos 2020", "Plan 2018", "År 2020(tkr)", "Utfall 2023", "Bokslut 2022", "Helår 2024"].map(
        periodKindOf
      )
    ).toEqual(["budget", "prognos", "plan", "budget", "utfall", "bokslut", "budget"]);
    expect(
      ["Belopp i tkr", "År 2020(tkr)", "Budget Kr", "Bidrag i tkr år 2020", "mnkr", "Medlemsbidrag"].map(unitInText)
    ).toEqual(["tkr", "tkr", "kr", "tkr", "Mkr", undefined]);
  });
});
