/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// Node export conditions: ExcelJS (behind the fake port) needs uuid's CommonJS build, not its browser ESM.
// The findings list, the fix dialog, the prognosis button and live re-analysis, on the seed workbooks.
import * as React from "react";
import "@testing-library/jest-dom";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { CHANGE_DEBOUNCE_MS } from "../../src/taskpane/hooks/useWorkbookAnalysis";
import { installBrowserStubs } from "./jsdomStubs";
import { recordingPort, type RecordingPort } from "./fakePort";

installBrowserStubs();
jest.setTimeout(30000);

async function renderPane(port: RecordingPort) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App mode="excel" port={port} />
    </FluentProvider>
  );
  await screen.findByRole("heading", { name: "Anmärkningar" }, { timeout: 10000 });
}

/** Amounts hold no-break spaces; the sentences here are written with plain ones. */
function findingButton(text: RegExp): HTMLElement {
  return screen.getByRole("button", { name: (name) => text.test(name.replace(/\u00a0/g, " ")) });
}

test("seed 004: findings are grouped by table and severity; a click selects the exact sheet and cell", async () => {
  const port = await recordingPort("seed004.built");
  await renderPane(port);
  const section = screen.getByRole("region", { name: "Anmärkningar" });
  const tables = within(section)
    .getAllByRole("heading", { level: 3 })
    .map((h) => h.textContent);
  expect(tables).toEqual(["Finansiell ram 2020-2022!A3:D38 – PRELIMINÄR FINANSIELL RAM FÖR 2020 - 2022"]);
  expect(within(section).getByRole("heading", { level: 4, name: "Fel (4)" })).toBeInTheDocument();
  fireEvent.click(findingButton(/Total summa 2022 är 9 320 tkr men posterna summerar till 9 620 tkr/));
  expect(port.selects).toEqual([["Finansiell ram 2020-2022", "D37"]]);
  fireEvent.click(findingButton(/Över-\/underskott 2021 är 143 tkr/));
  expect(port.selects).toEqual([
    ["Finansiell ram 2020-2022", "D37"],
    ["Finansiell ram 2020-2022", "C38"],
  ]);
  expect(port.writes).toEqual([]);
});

test("seed 002: a fix shows old and new value, writes exactly one cell on confirmation, then re-analyses", async () => {
  const port = await recordingPort("seed002.built");
  await renderPane(port);
  expect(
    screen.getByText(/Årets resultat prognos 2016 är 278 tkr men verksamhetens nettokostnader/)
  ).toBeInTheDocument();
  fireEvent.click(screen.getByRole("button", { name: "Rätta B27" }));
  const dialog = await screen.findByRole("alertdialog");
  expect(within(dialog).getByText("Rätta Balans- och resultatbudget!B27")).toBeInTheDocument();
  expect(within(dialog).getByTestId("fix-old")).toHaveTextContent("278");
  expect(within(dialog).getByTestId("fix-new")).toHaveTextContent("257");
  expect(port.writes).toEqual([]); // nothing before confirmation

  fireEvent.click(within(dialog).getByRole("button", { name: "Skriv det nya värdet" }));
  await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
  expect(port.writes).toEqual([["Balans- och resultatbudget", "B27", "257"]]);
  // The result and the crosscheck at B27 are both gone after the re-analysis.
  await waitFor(() => expect(screen.queryByText(/är 278 tkr/)).not.toBeInTheDocument());
  expect(screen.getByTestId("finding-counts")).toHaveTextContent(/^0 fel/);
});

test("a cancelled fix writes nothing", async () => {
  const port = await recordingPort("seed002.built");
  await renderPane(port);
  fireEvent.click(screen.getByRole("button", { name: "Rätta B27" }));
  const dialog = await screen.findByRole("alertdialog");
  fireEvent.click(within(dialog).getByRole("button", { name: "Avbryt" }));
  await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
  expect(port.writes).toEqual([]);
});

test("seed 001: the prognosis button adds one sheet and selects its A1", async () => {
  const port = await recordingPort("seed001.built");
  await renderPane(port);
  fireEvent.click(screen.getByRole("button", { name: "Prognos" }));
  fireEvent.change(screen.getByLabelText("Löneökning per år (%)"), { target: { value: "2,5" } });
  fireEvent.click(screen.getByRole("button", { name: "Skapa prognosblad" }));
  await screen.findByText(/^Bladet "Prognos \d{4}–\d{4}" har lagts till\.$/, undefined, { timeout: 10000 });
  expect(port.added).toHaveLength(1);
  expect(port.selects).toEqual([[port.added[0], "A1"]]);
  const read = await port.readSheets();
  expect(read.ok && read.grids.map((g) => g.name)).toEqual(["Budgetplan 2024–2026", "Budget 2024", port.added[0]]);
  expect(port.writes).toEqual([]);
});

test("a prognosis growth that is not a number builds nothing and says so", async () => {
  const port = await recordingPort("seed001.built");
  await renderPane(port);
  fireEvent.click(screen.getByRole("button", { name: "Prognos" }));
  fireEvent.change(screen.getByLabelText("Prisökning per år (%)"), { target: { value: "två" } });
  fireEvent.click(screen.getByRole("button", { name: "Skapa prognosblad" }));
  await screen.findByText("Skriv ett tal, t.ex. 2,5.");
  expect(port.added).toEqual([]);
});

test("live: a change in the workbook is analysed again after the debounce", async () => {
  const port = await recordingPort("seed002.built", { live: true });
  await renderPane(port);
  expect(screen.getByTestId("finding-counts")).toHaveTextContent(/^2 fel/);
  await port.workbook.writeCell("Balans- och resultatbudget", "B27", "257"); // the user types in Excel
  jest.useFakeTimers();
  act(() => port.fireChanged());
  act(() => port.fireChanged()); // a burst of events: one re-analysis
  act(() => jest.advanceTimersByTime(CHANGE_DEBOUNCE_MS - 50));
  expect(screen.getByTestId("finding-counts")).toHaveTextContent(/^2 fel/);
  act(() => jest.advanceTimersByTime(100));
  jest.useRealTimers();
  await waitFor(() => expect(screen.getByTestId("finding-counts")).toHaveTextContent(/^0 fel/));
});

test("a correction (unit tkr) is saved in the workbook's settings and used by the analysis", async () => {
  const port = await recordingPort("seed001.built");
  await renderPane(port);
  fireEvent.click(screen.getByRole("button", { name: "Rätta igenkänningen" }));
  fireEvent.change(screen.getByLabelText("Enhet"), { target: { value: "tkr" } });
  fireEvent.click(screen.getAllByRole("button", { name: "Spara" })[2]);
  await screen.findByText("Budgetplan 2024–2026!A3:D16: 2024, 2025, 2026, i tkr");
  expect(port.saved).toEqual([{ overrides: { units: [{ sheet: "Budgetplan 2024–2026", unit: "tkr" }] } }]);
  expect(await port.workbook.loadSettings()).toEqual(port.saved[0]);
});
