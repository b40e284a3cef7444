// Columns of real published tables (tests/fixtures/layouts/, each with its source): periods
// that are not successive years, kommun and koncern side by side, closing dates, Not columns,
// variance columns, and the unit wherever the table states it.
import { columnLetter } from "../../src/domain/grid";
import { recognizeCandidates } from "../../src/domain/recognize";
import type { BudgetTable, Period } from "../../src/domain/table";
import { loadFixtureGrids } from "../helpers/fixture";

/** "C 2019 utfall", "G 2019 utfall koncern", "C 2017 utfall kommun 2017-12-31". */
function period(p: Period): string {
  return [columnLetter(p.column), p.year, p.kind, p.entity, p.date].filter((x) => x !== undefined).join(" ");
}

interface Columns {
  range: string;
  label: string;
  unit: string;
  note?: string;
  variance?: string[];
  periods: string[];
}

function columnsOf(t: BudgetTable): Columns {
  const out: Columns = {
    range: t.range,
    label: columnLetter(t.labelColumn),
    unit: t.unit,
    periods: t.periods.map(period),
  };
  if (t.noteColumn !== undefined) out.note = columnLetter(t.noteColumn);
  if (t.varianceColumns) out.variance = t.varianceColumns.map((v) => `${columnLetter(v.column)} ${v.header}`);
  return out;
}

function tablesOf(fixture: string): Columns[] {
  return loadFixtureGrids(`layouts/${fixture}`).flatMap((g) => recognizeCandidates(g).map(columnsOf));
}

describe("columns of real tables", () => {
  test("Hallsberg 2019: Utfall | Utfall | Budget | Avvikelse | Koncern | Koncern, a Not column, mnkr in the corner", () => {
    expect(tablesOf("hallsberg-2019")).toEqual([
      {
        range: "A2:H16",
        label: "A",
        unit: "Mkr",
        note: "B",
        variance: ["F Avvikelse"],
        periods: ["C 2019 utfall", "D 2018 utfall", "E 2019 budget", "G 2019 utfall koncern", "H 2018 utfall koncern"],
      },
      { range: "A19:C26", label: "A", unit: "Mkr", periods: ["B 2019 utfall", "C 2018 utfall"] },
    ]);
  });

  test("Sjöbo 2024: Bokslut | Budget | Budget | Plan | Plan | Plan, mnkr alone in the corner", () => {
    const [t] = loadFixtureGrids("layouts/sjobo-2024").flatMap((g) => recognizeCandidates(g));
    expect(columnsOf(t)).toEqual({
      range: "A2:H20",
      label: "A",
      unit: "Mkr",
      note: "B",
      periods: ["C 2022 bokslut", "D 2023 budget", "E 2024 budget", "F 2025 plan", "G 2026 plan", "H 2027 plan"],
    });
    expect(t.decimals).toBe(1);
  });

  test("Kramfors 2017: KOMMUNEN and KONCERNEN merged over closing dates 12/31/2017, a Not column in each group", () => {
    expect(tablesOf("kramfors-2017-br")).toEqual([
      {
        range: "A2:G37",
        label: "A",
        unit: "Mkr",
        note: "B",
        periods: [
          "C 2017 utfall kommun 2017-12-31",
          "D 2016 utfall kommun 2016-12-31",
          "F 2017 utfall koncern 2017-12-31",
          "G 2016 utfall koncern 2016-12-31",
        ],
      },
    ]);
  });

  test("Luleå 2017: a group row over bare years descending, 2017 | 2016 | 2017 | 2016", () => {
    expect(tablesOf("lulea-2017-rr")).toEqual([
      {
        range: "A2:F14",
        label: "A",
        unit: "Mkr",
        note: "B",
        periods: ["C 2017 utfall kommun", "D 2016 utfall kommun", "E 2017 utfall koncern", "F 2016 utfall koncern"],
      },
    ]);
  });

  test("Luleå 2017 with an empty spacer column between the kommun's and the koncern's columns", () => {
    const [grid] = loadFixtureGrids("layouts/lulea-2017-rr");
    const spaced = { ...grid, rows: grid.rows.map((r) => [...r.slice(0, 4), undefined, ...r.slice(4)]) };
    expect(recognizeCandidates(spaced).map(columnsOf)).toEqual([
      {
        range: "A2:G14",
        label: "A",
        unit: "Mkr",
        note: "B",
        periods: ["C 2017 utfall kommun", "D 2016 utfall kommun", "F 2017 utfall koncern", "G 2016 utfall koncern"],
      },
    ]);
  });

  test('Vansbro 2019: (tkr), Kommunen | Sammanställd redovisning over Utfall 2019-12-31, notes as "Not 2" texts', () => {
    expect(tablesOf("vansbro-2019-rr")).toEqual([
      {
        range: "A2:F22",
        label: "A",
        unit: "tkr",
        note: "B",
        periods: [
          "C 2019 utfall kommun 2019-12-31",
          "D 2018 utfall kommun 2018-12-31",
          "E 2019 utfall koncern 2019-12-31",
          "F 2018 utfall koncern 2018-12-31",
        ],
      },
    ]);
  });

  test("Värmdö 2019: Tkr, a Not column, an empty spacer column, Kommunen 2019 | … | Koncernen 2018", () => {
    expect(tablesOf("varmdo-2019-rr")).toEqual([
      {
        range: "A2:G20",
        label: "A",
        unit: "tkr",
        note: "B",
        periods: ["D 2019 utfall kommun", "E 2018 utfall kommun", "F 2019 utfall koncern", "G 2018 utfall koncern"],
      },
    ]);
  });

  test("Göteborg 2018: a balansräkning in one table across its capitals heading, years ascending", () => {
    expect(tablesOf("goteborg-2018-br")).toEqual([
      {
        range: "A2:F37",
        label: "A",
        unit: "Mkr",
        note: "B",
        periods: ["C 2017 utfall kommun", "D 2018 utfall kommun", "E 2017 utfall koncern", "F 2018 utfall koncern"],
      },
    ]);
  });

  test('Göteborg 2019: Kommunen | Kommunala koncernen, note lists "2, 3, 17" and "4,5" never figures', () => {
    const grids = loadFixtureGrids("layouts/goteborg-2019-rr");
    const [t] = recognizeCandidates(grids[0]);
    expect(columnsOf(t)).toEqual({
      range: "A2:F15",
      label: "A",
      unit: "Mkr",
      note: "B",
      periods: ["C 2018 utfall kommun", "D 2019 utfall kommun", "E 2018 utfall koncern", "F 2019 utfall koncern"],
    });
    // "4,5" in the Not column would read as 4,5 Mkr: it is no figure of any period.
    expect(t.rows.find((r) => r.row === 6)!.values.map((v) => v?.cell)).toEqual(["C6", "D6", "E6", "F6"]);
  });

  test("Gnesta 2013: Utfall2013, two Förändring columns, Budget 2013 and Budget-avvikelse", () => {
    expect(tablesOf("gnesta-2013-drift")).toEqual([
      {
        range: "A2:F18",
        label: "A",
        unit: "tkr",
        variance: ["C Förändring 2012/2013", "D Förändring 2012/2013", "F Budget-avvikelse"],
        periods: ["B 2013 utfall", "E 2013 budget"],
      },
    ]);
  });

  test("Västervik 2021: measures by year (Intäkter 2020 | … | Nettokostnad 2021), Budget 2021, Avvikelse mot budget", () => {
    expect(tablesOf("vastervik-2021-drift")).toEqual([
      {
        range: "A2:H11",
        label: "A",
        unit: "Mkr",
        variance: ["H Avvikelse mot budget 2021"],
        periods: [
          "B 2020 utfall intäkter",
          "C 2021 utfall intäkter",
          "D 2020 utfall kostnader",
          "E 2021 utfall kostnader",
          "F 2021 utfall nettokostnad",
          "G 2021 budget",
        ],
      },
    ]);
  });
});
