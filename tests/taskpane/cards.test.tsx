/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// Node export conditions: ExcelJS (behind the fake port) needs uuid's CommonJS build, not its browser ESM.
// The summary and the three cards, on the seed workbooks read through a real XlsxWorkbook: what a
// förbundschef reads at a glance must agree with the findings.
import * as React from "react";
import "@testing-library/jest-dom";
import { render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { EquityChart } from "../../src/taskpane/components/EquityChart";
import type { EquitySeries } from "../../src/taskpane/model/types";
import { installBrowserStubs } from "./jsdomStubs";
import { recordingPort, recordingPortOfGrids, type RecordingPort } from "./fakePort";
import { analyzeWorkbook, countBySeverity } from "../../src/domain/analyze";
import { loadFixtureGrids } from "../helpers/fixture";

installBrowserStubs();
jest.setTimeout(30000);

async function renderPort(port: RecordingPort) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App mode="excel" port={port} />
    </FluentProvider>
  );
  await screen.findByRole("heading", { name: "Översikt" }, { timeout: 10000 });
  return port;
}

const renderPane = async (fixture: string) => renderPort(await recordingPort(fixture));

const NBSP = "\u00a0";

/** Info findings come and go as the checks grow; errors and warnings are the seeds' facts. */
function infoCount(fixture: string): number {
  return countBySeverity(analyzeWorkbook(loadFixtureGrids(fixture)).findings).info;
}
const kr = (text: string) => text.replace(/ /g, NBSP);
const pc = (text: string) => text.replace(" %", `${NBSP}%`);

/** The share card's rows as [name and amount, share, should be, status]. */
function shareRows(): string[][] {
  const card = screen.getByRole("region", { name: "Medlemsandelar" });
  const table = within(card).getByRole("table");
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((r) => [...r.querySelectorAll("th, td")].map((c) => c.textContent ?? ""));
}

test("seed 000: three tables, 3 errors, one wrong sum and one wrong result", async () => {
  await renderPane("seed000.built");
  expect(screen.getByText("3 budgettabeller hittades:")).toBeInTheDocument();
  expect(screen.getByText("Budget 2018!A2:C10: 2018, 2017, i kr")).toBeInTheDocument();
  expect(screen.getByText("Budget 2018!A53:D63: 2019, prognos 2020, prognos 2021, i kr")).toBeInTheDocument();
  expect(screen.getByTestId("finding-counts")).toHaveTextContent(
    `3 fel, 0 varningar, ${infoCount("seed000.built")} upplysningar`
  );
  const sums = screen.getByTestId("sums-status");
  expect(sums).toHaveTextContent(/^1 av \d+ summor stämmer inte med sina poster\.Ett resultat stämmer inte\.$/);
});

test("seed 000: one line for the kommuner together (1/4), each kommun apart, every share of the same whole", async () => {
  await renderPane("seed000.built");
  const card = screen.getByRole("region", { name: "Medlemsandelar" });
  expect(within(card).getByText("Bladet Budget 2018: 4 118 000 kr från medlemmarna")).toBeInTheDocument();
  expect(shareRows()).toEqual([
    [`Försäkringskassan/Arbetsförmedlingen${kr("2 059 000 kr")}`, pc("50 %"), pc("50 %"), "Rätt"],
    [`Region Örebro län${kr("1 029 500 kr")}`, pc("25 %"), pc("25 %"), "Rätt"],
    [`Kommunerna${kr("1 029 500 kr")}`, pc("25 %"), pc("25 %"), "Rätt"],
    // No key given: what each kommun should pay is not known, and nothing is judged.
    [`Lindesbergs kommun${kr("525 045 kr")}`, pc("12,8 %"), "–", ""],
    [`Nora kommun${kr("236 785 kr")}`, pc("5,8 %"), "–", ""],
    [`Hällefors kommun${kr("154 425 kr")}`, pc("3,8 %"), "–", ""],
    [`Ljusnarsbergs kommun${kr("113 245 kr")}`, pc("2,8 %"), "–", ""],
  ]);
  expect(within(card).getByTestId("shares-badge")).toHaveTextContent("Rätt");
  // A name breaks after its slash, never inside a word.
  expect(card.querySelector("th wbr")).not.toBeNull();
});

test("seed 000 with the state's row mistyped: 'Fel' there, and no 'Rätt' beside it anywhere", async () => {
  const grids = loadFixtureGrids("seed000.built");
  grids[0].rows[2][1] = { value: { type: "number", value: 2009000 } }; // B3: 2 059 000 → 2 009 000
  await renderPort(await recordingPortOfGrids(grids));
  const rows = shareRows();
  expect(rows[0]).toEqual([
    `Försäkringskassan/Arbetsförmedlingen${kr("2 009 000 kr")}`,
    pc("49,4 %"),
    pc("50 %"),
    "Fel",
  ]);
  expect(rows.slice(1).map((r) => r[3])).toEqual(["", "", "", "", "", ""]);
  expect(screen.getByTestId("shares-badge")).toHaveTextContent("Fel");
});

test("seed 001: a single Medlemsbidrag line gives the 50/25/25 breakdown, not a verdict", async () => {
  await renderPane("seed001.built");
  expect(screen.getByTestId("finding-counts")).toHaveTextContent(
    `0 fel, 0 varningar, ${infoCount("seed001.built")} upplysningar`
  );
  expect(screen.getByTestId("sums-status")).toHaveTextContent(/^Alla \d+ summor stämmer med sina poster\.$/);
  expect(shareRows()).toEqual([
    [`Staten${kr("2 000 000 kr")}`, "50 %", "50 %"],
    [`Regionen${kr("1 000 000 kr")}`, "25 %", "25 %"],
    [`Kommunerna${kr("1 000 000 kr")}`, "25 %", "25 %"],
  ]);
  expect(screen.getByTestId("shares-badge")).toHaveTextContent("Ej kontrollerad");
});

test("seed 003 (statistics): no budget is no pass: neutral cards, no 'Rätt', 'ingen budgettabell – inget kontrollerat'", async () => {
  await renderPane("seed003.built");
  expect(screen.getByTestId("finding-counts")).toHaveTextContent("Ingen budgettabell – inget kontrollerat.");
  const findings = screen.getByRole("region", { name: "Anmärkningar" });
  expect(within(findings).getByText("Ingen budgettabell – inget kontrollerat.")).toBeInTheDocument();
  expect(screen.queryByText(/alla kontroller stämmer/)).toBeNull();
  expect(screen.queryByText("Rätt")).toBeNull();
  const sums = screen.getByRole("region", { name: "Summor" });
  expect(within(sums).getByText("Ej kontrollerad")).toBeInTheDocument();
});

test("seed 000: eget kapital per year, 2018 a deficit year, as a chart with a text table", async () => {
  await renderPane("seed000.built");
  const card = screen.getByRole("region", { name: "Eget kapital" });
  const chart = within(card).getByRole("img", { name: /Eget kapital vid årets slut, i kr/ });
  expect(chart.querySelectorAll("rect")).toHaveLength(5);
  expect(chart.querySelectorAll('[data-deficit="true"]')).toHaveLength(1);
  const rows = within(within(card).getByTestId("equity-table")).getAllByRole("row").slice(1);
  expect(
    rows.map((r) =>
      within(r)
        .getAllByRole("cell")
        .map((c) => c.textContent)
    )
  ).toEqual([
    ["2017", kr("642 000 kr"), "–"],
    ["2018", kr("474 000 kr"), `${kr("-168 000 kr")}(underskott)`],
    ["2019", kr("500 000 kr"), kr("260 000 kr")],
    ["2020", kr("500 000 kr"), "0 kr".replace(" ", NBSP)],
    ["2021", kr("500 000 kr"), "0 kr".replace(" ", NBSP)],
  ]);
});

test("seed 004: the deficits only income − cost shows, and that the carried surplus does not cover them", async () => {
  await renderPane("seed004.built");
  const card = screen.getByRole("region", { name: "Eget kapital" });
  expect(
    within(card).getByText(/Inget eget kapital hittades i budgeten, så underskotten kan inte prövas/)
  ).toBeInTheDocument();
  const items = within(within(card).getByTestId("equity-unchecked"))
    .getAllByRole("listitem")
    .map((li) => li.textContent?.replace(/\u00a0/g, " "));
  expect(items).toEqual([
    "2021: underskott 213 tkr (intäkter − kostnader; resultatraden säger annat). Överskottet från 2020, 329 tkr, står redan bland intäkterna och täcker det inte.",
    "2022: underskott 255 tkr (intäkter − kostnader; resultatraden säger annat). Överskottet från 2021, 143 tkr, står redan bland intäkterna och täcker det inte.",
  ]);
  expect(within(card).getByText("Ej kontrollerad")).toBeInTheDocument();
});

describe("the eget kapital chart with a year below zero", () => {
  const series: EquitySeries = {
    unit: "kr",
    unchecked: [],
    years: [
      {
        year: 2024,
        value: "275154",
        valueText: "275 154 kr",
        shortText: "275 154",
        deficit: true,
        negative: false,
        resultText: "-1 828 456 kr",
        uncovered: false,
      },
      {
        year: 2025,
        value: "-1553302",
        valueText: "-1 553 302 kr",
        shortText: "-1 553 302",
        deficit: true,
        negative: true,
        resultText: "-1 828 456 kr",
        uncovered: true,
      },
    ],
  };

  test("the negative bar hangs below the zero line, solid, its label under it and above the year labels", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <EquityChart series={series} />
      </FluentProvider>
    );
    const svg = screen.getByTestId("equity-chart");
    const [, below] = [...svg.querySelectorAll("g")];
    const axis = Number(svg.querySelector("line")?.getAttribute("y1"));
    const bar = below.querySelector("rect")!;
    expect(Number(bar.getAttribute("y"))).toBeCloseTo(axis);
    expect(below.getAttribute("data-negative")).toBe("true");
    const value = below.querySelector('[data-role="value"]')!;
    const year = below.querySelector('[data-role="year"]')!;
    expect(value.textContent).toBe("\u22121 553 302");
    const barBottom = Number(bar.getAttribute("y")) + Number(bar.getAttribute("height"));
    expect(Number(value.getAttribute("y"))).toBeGreaterThan(barBottom);
    // The value label's baseline and the year label's top (its baseline minus the font size) do not meet.
    expect(Number(value.getAttribute("y"))).toBeLessThan(Number(year.getAttribute("y")) - 10);
  });
});
