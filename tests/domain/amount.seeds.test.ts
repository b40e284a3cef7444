// parseAmount over every budget table of the seed documents, as their text writes the cells.
import * as fs from "fs";
import * as path from "path";
import Decimal from "decimal.js";
import { parseAmount, splitLabelAmount } from "../../src/domain/amount";

const SEED_DIR = path.resolve(__dirname, "../../../shared/seeds");

interface SeedRow {
  label: string;
  cells: string[];
}

/** The tab-separated lines from the one starting with `from` to the next one containing `to`, tags removed. */
function seedTable(file: string, from: string, to: string): SeedRow[] {
  const lines = fs.readFileSync(path.join(SEED_DIR, file), "utf8").split("\n");
  const first = lines.findIndex((l) => l.startsWith(from));
  const last = lines.findIndex((l, i) => i > first && l.includes(to));
  if (first < 0 || last < 0) throw new Error(`table not found in ${file}: ${from} … ${to}`);
  return lines.slice(first, last + 1).map((line) => {
    const [label, ...cells] = line.split("\t").map((c) => c.replace(/<\/?[biu]>/g, "").trim());
    return { label, cells };
  });
}

function valueCells(table: SeedRow[]): string[] {
  return table.flatMap((r) => r.cells).filter((c) => c !== "");
}

/** The row's cells as "value unit" strings; the row is the first with that label. */
function rowValues(table: SeedRow[], label: string): string[] {
  const row = table.find((r) => r.label === label);
  if (!row) throw new Error(`no row ${label}`);
  return row.cells.map((c) => {
    const a = parseAmount(c);
    return a ? `${a.value.toFixed()}${a.unit ? ` ${a.unit}` : ""}` : "refused";
  });
}

function sum(table: SeedRow[], labels: string[], column: number): Decimal {
  return labels.reduce((acc, label) => {
    const a = parseAmount(table.find((r) => r.label === label)?.cells[column] ?? "");
    if (!a) throw new Error(`no amount for ${label}`);
    return acc.plus(a.value);
  }, new Decimal(0));
}

describe.each([
  [
    "000_be938f70d19904c1.txt",
    "6.1.1 Medelstildelning",
    "Periodens acku resultat",
    71,
    ["Budget 2019", "Prognos 2020", "Prognos 2021"],
  ],
  ["001_8916b5aee66d516f.txt", "\tBudget Kr", "Summa administration/kansli", 67, ["Budget Kr", "Budget Helår 2024"]],
  [
    "002_3f3cba89579b12b4.txt",
    "Intäkter\t2017",
    "Årets resultat\t278",
    124,
    ["Prognos 2016", "Budget 2017", "Plan 2018", "Plan 2019", "Prognos 2016", "Budget 2017", "Plan 2018", "Plan 2019"],
  ],
  [
    "004_6dbb79869b110d47.txt",
    "Parter\t",
    "Över-/underskott",
    89,
    [
      "Bidrag i tkr år 2020",
      "År 2020(tkr)",
      "År 2021(tkr)",
      "År 2022(tkr)",
      "Överskott 2020 329",
      "Överskott 2021 143",
    ],
  ],
])("seed %s", (file, from, to, parsedCount, refused) => {
  it(`reads ${parsedCount} value cells as amounts and refuses only the headers and label cells`, () => {
    const cells = valueCells(seedTable(file, from, to));
    expect(cells.filter((c) => !parseAmount(c))).toEqual(refused);
    expect(cells.filter((c) => parseAmount(c)).length).toBe(parsedCount);
  });
});

describe("seed 000 (SOFINT 2018, kr)", () => {
  const table = seedTable("000_be938f70d19904c1.txt", "6.1.1 Medelstildelning", "Periodens acku resultat");
  const members = [
    "Försäkringskassan/Arbetsförmedlingen",
    "Region Örebro län",
    "Lindesbergs kommun",
    "Nora kommun",
    "Hällefors kommun",
    "Ljusnarsbergs kommun",
  ];

  it("reads the dotted amounts of 6.1 in kr, and the members sum to Summa intäkter", () => {
    expect(rowValues(table, "Försäkringskassan/Arbetsförmedlingen")).toEqual(["2059000 kr", "1448710 kr"]);
    expect(rowValues(table, "Summa intäkter")).toEqual(["4118000 kr", "2897420 kr"]);
    expect(sum(table, members, 0).toFixed()).toBe("4118000");
    expect(sum(table, members, 1).toFixed()).toBe("2897420");
  });

  it("reads 6.2 and 6.3 as written, the dropped 000 and the + sign included", () => {
    expect(rowValues(table, "Medel till projekt 2018")).toEqual(["1075"]);
    expect(rowValues(table, "Summa kostnader")).toEqual(["4286000"]);
    expect(rowValues(table, "Resultat")).toEqual(["-168000"]);
    expect(rowValues(table, "Årets resultat")).toEqual(["260000", "0", "0"]);
  });
});

describe("seed 001 (Lekeberg/Örebro 2024, kr)", () => {
  const table = seedTable("001_8916b5aee66d516f.txt", "\tBudget Kr", "Summa administration/kansli");

  it("reads RESULTAT and the eget kapital chain exactly", () => {
    expect(rowValues(table, "RESULTAT")).toEqual(["-1828456", "0", "0"]);
    const equity = sum(table, ["Eget kapital ingående 2023", "Prel. resultat 2023"], 0);
    expect(equity.toFixed()).toBe(rowValues(table, "Prel. eget kapital ingående 2024")[0]);
    expect(equity.minus(1828456).toFixed()).toBe("275154");
  });

  it("reads the empty Sjuklöneersättning as no amount", () => {
    expect(table.find((r) => r.label === "Sjuklöneersättning")?.cells.map((c) => parseAmount(c))).toEqual([undefined]);
  });
});

describe("seed 002 (Härnösand/Timrå 2017, tkr in the text)", () => {
  const table = seedTable("002_3f3cba89579b12b4.txt", "Intäkter\t2017", "Årets resultat\t278");

  it("reads '- 618', '-618', negative costs and a dash as zero", () => {
    expect(rowValues(table, "Budgeterat resultat")).toEqual(["-618", "0", "0"]);
    expect(rowValues(table, "Årets resultat")).toEqual(["257", "-618", "0", "0"]);
    expect(rowValues(table, "Verksamhetens kostnader")).toEqual(["-3366", "-4349", "-3731", "-3731"]);
    expect(rowValues(table, "Anläggningstillgångar")).toEqual(["0", "0", "0", "0"]);
  });
});

describe("seed 004 (Älv & Kust 2020, tkr)", () => {
  const members = seedTable("004_6dbb79869b110d47.txt", "Parter\t", "Totalt\t");
  const ram = seedTable("004_6dbb79869b110d47.txt", "\tÅr 2020(tkr)", "Över-/underskott");

  it("reads '4516 tkr' and the members sum to Totalt", () => {
    expect(rowValues(members, "Totalt")).toEqual(["9032 tkr"]);
    const parts = ["Försäkringskassa/Arbetsförmedlingen", "Hälso- och sjukvårdsnämnd", "Kommuner*"];
    expect(sum(members, parts, 0).toFixed()).toBe("9032");
  });

  it("splits 'Överskott 2020 329' into its label and figure", () => {
    const row = ram.find((r) => r.label === "Överskott 2019 fördelat på 1 år");
    expect(row?.cells.map((c) => parseAmount(c)?.value.toFixed())).toEqual(["1771", undefined, undefined]);
    const split = row?.cells.map((c) => splitLabelAmount(c));
    expect(split?.map((s) => s && [s.label, s.amount.value.toFixed()])).toEqual([
      undefined,
      ["Överskott 2020", "329"],
      ["Överskott 2021", "143"],
    ]);
  });

  it("reads the + signs of Över-/underskott and the unspaced 9032", () => {
    expect(rowValues(ram, "Över-/underskott +/-")).toEqual(["329", "143", "51"]);
    expect(rowValues(ram, "Finansiell ram")).toEqual(["9032", "9032", "9032"]);
    expect(rowValues(ram, "Total summa")).toEqual(["11607", "10407", "9320"]);
  });
});
