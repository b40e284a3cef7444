/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// Node export conditions: ExcelJS (behind the fake port) needs uuid's CommonJS build, not its browser ESM.
// The summary and the three cards, on the seed workbooks read through a real XlsxWorkbook.
import * as React from "react";
import "@testing-library/jest-dom";
import { render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { installBrowserStubs } from "./jsdomStubs";
import { recordingPort } from "./fakePort";
import { analyzeWorkbook, countBySeverity } from "../../src/domain/analyze";
import { loadFixtureGrids } from "../helpers/fixture";

installBrowserStubs();
jest.setTimeout(30000);

async function renderPane(fixture: string) {
  const port = await recordingPort(fixture);
  render(
    <FluentProvider theme={webLightTheme}>
      <App mode="excel" port={port} />
    </FluentProvider>
  );
  await screen.findByRole("heading", { name: "Översikt" }, { timeout: 10000 });
  return port;
}

const NBSP = "\u00a0";

/** Info findings come and go as the checks grow; errors and warnings are the seeds' facts. */
function infoCount(fixture: string): number {
  return countBySeverity(analyzeWorkbook(loadFixtureGrids(fixture)).findings).info;
}
const kr = (text: string) => text.replace(/ /g, NBSP);

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

test("seed 000: the members' shares are exactly 1/2, 1/4 and the kommuner's 1/4 in four rows", async () => {
  await renderPane("seed000.built");
  const card = screen.getByRole("region", { name: "Medlemsandelar" });
  const table = within(card).getByRole("table");
  expect(within(table).getByText("Budget 2018, 2018: medlemsbidrag 4 118 000 kr")).toBeInTheDocument();
  const rows = within(table).getAllByRole("row").slice(1);
  const cells = rows.map((r) =>
    within(r)
      .getAllByRole("cell")
      .map((c) => c.textContent)
  );
  expect(cells[0]).toEqual(["Försäkringskassan/Arbetsförmedlingen", kr("2 059 000 kr"), `50${NBSP}%`, "50 %", "Rätt"]);
  expect(cells[1]).toEqual(["Region Örebro län", kr("1 029 500 kr"), `25${NBSP}%`, "25 %", "Rätt"]);
  expect(cells).toHaveLength(6);
  expect(cells.slice(2).every((c) => c[3] === "25 %" && c[4] === "Rätt")).toBe(true);
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

test("seed 001: a single Medlemsbidrag line gives the 50/25/25 breakdown, not a verdict", async () => {
  await renderPane("seed001.built");
  expect(screen.getByTestId("finding-counts")).toHaveTextContent(
    `0 fel, 0 varningar, ${infoCount("seed001.built")} upplysningar`
  );
  expect(screen.getByTestId("sums-status")).toHaveTextContent(/^Alla \d+ summor stämmer med sina poster\.$/);
  const card = screen.getByRole("region", { name: "Medlemsandelar" });
  const rows = within(within(card).getByRole("table")).getAllByRole("row").slice(1);
  expect(
    rows.map((r) =>
      within(r)
        .getAllByRole("cell")
        .map((c) => c.textContent)
    )
  ).toEqual([
    ["Staten", kr("2 000 000 kr"), `50 %`, "50 %", "Ej kontrollerad"],
    ["Regionen", kr("1 000 000 kr"), `25 %`, "25 %", "Ej kontrollerad"],
    ["Kommunerna", kr("1 000 000 kr"), `25 %`, "25 %", "Ej kontrollerad"],
  ]);
});

test("seed 003 (statistics): no table, nothing reported", async () => {
  await renderPane("seed003.built");
  expect(screen.getByText("Ingen budgettabell hittades i arbetsboken. Inget har kontrollerats.")).toBeInTheDocument();
  expect(screen.getByText("Inga anmärkningar: alla kontroller stämmer.")).toBeInTheDocument();
});
