/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// Node export conditions: ExcelJS (behind the fake port) needs uuid's CommonJS build, not its browser ESM.
// Inside the fix dialog, roles are queried with hidden: true: Tabster's modalizer marks the dialog
// accessible once it sees focus arrive, which under jsdom can come late (the e2e tests check the
// real browser, with axe and the keyboard).
// The findings list, the fix dialog, the prognosis form and live re-analysis, on the seed workbooks.
import * as React from "react";
import "@testing-library/jest-dom";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { CHANGE_DEBOUNCE_MS } from "../../src/taskpane/hooks/useWorkbookAnalysis";
import { installBrowserStubs } from "./jsdomStubs";
import { recordingPort, recordingPortOfGrids, type RecordingPort } from "./fakePort";
import { loadFixtureGrids } from "../helpers/fixture";
import { analyzeWorkbook, countBySeverity } from "../../src/domain/analyze";

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

const plain = (text: string | null | undefined) => (text ?? "").replace(/\u00a0/g, " ");

/** Amounts hold no-break spaces; the sentences here are written with plain ones. */
function findingButton(text: RegExp): HTMLElement {
  return screen.getByRole("button", { name: (name) => text.test(plain(name)) });
}

/** A button by its exact text; role queries walk the whole accessibility tree, slow in jsdom on a full pane. */
function button(text: string): HTMLElement {
  const found = screen
    .getAllByText(text)
    .map((el) => el.closest("button"))
    .filter((b) => b !== null);
  if (found.length !== 1) throw new Error(`${found.length} buttons "${text}"`);
  return found[0] as HTMLElement;
}

function severities(): string[] {
  return screen.getAllByTestId("finding").map((li) => li.getAttribute("data-severity") ?? "");
}

test("seed 004: errors first across tables, then information; a click selects the exact sheet and cell", async () => {
  const port = await recordingPort("seed004.built");
  await renderPane(port);
  const section = screen.getByRole("region", { name: "Anmärkningar" });
  expect(
    within(section)
      .getAllByRole("heading", { level: 3 })
      .map((h) => h.textContent)
  ).toEqual(["Fel (4)", "Upplysningar (4)"]);
  const order = severities();
  expect(order.slice(0, 4)).toEqual(["error", "error", "error", "error"]);
  expect(order.slice(4).every((s) => s === "info")).toBe(true);
  fireEvent.click(findingButton(/Total summa 2022 är 9 320 tkr men posterna summerar till 9 620 tkr/));
  expect(port.selects).toEqual([["Finansiell ram 2020-2022", "D37"]]);
  fireEvent.click(findingButton(/Över-\/underskott 2021 är 143 tkr/));
  expect(port.selects).toEqual([
    ["Finansiell ram 2020-2022", "D37"],
    ["Finansiell ram 2020-2022", "C38"],
  ]);
  expect(port.writes).toEqual([]);
});

test("seed 001: one note repeated year by year is one line, '2024–2026: …'", async () => {
  await renderPane(await recordingPort("seed001.built"));
  const lines = screen.getAllByTestId("finding").map((li) => plain(li.querySelector("button")?.textContent));
  expect(lines).toContain(
    "B16 Budgetplan 2024–2026 " +
      "2024–2026: Prel. eget kapital är 275 154 kr, 6,9 % av årets medlemsbidrag 4 000 000 kr. Trappan för eget kapital är inte ifylld, så andelen bedöms inte."
  );
  expect(lines.filter((l) => l.includes("Prel. eget kapital"))).toHaveLength(1);
  // The heading counts the findings, as the summary does.
  expect(screen.getByRole("heading", { level: 3, name: "Upplysningar (5)" })).toBeInTheDocument();
});

test("seed 002: a fix shows old and new value, writes exactly one cell on confirmation, re-analyses, and gives focus back", async () => {
  const port = await recordingPort("seed002.built");
  await renderPane(port);
  expect(
    screen.getByText(/Årets resultat prognos 2016 är 278 tkr men verksamhetens nettokostnader/)
  ).toBeInTheDocument();
  fireEvent.click(screen.getByLabelText("Rätta B27"));
  const dialog = await screen.findByRole("alertdialog");
  expect(within(dialog).getByText("Rätta Balans- och resultatbudget!B27")).toBeInTheDocument();
  expect(within(dialog).getByTestId("fix-old")).toHaveTextContent("278");
  expect(within(dialog).getByTestId("fix-new")).toHaveTextContent("257");
  expect(port.writes).toEqual([]); // nothing before confirmation

  fireEvent.click(within(dialog).getByRole("button", { name: "Skriv det nya värdet", hidden: true }));
  await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
  expect(port.writes).toEqual([["Balans- och resultatbudget", "B27", "257"]]);
  // The result and the crosscheck at B27 are both gone after the re-analysis.
  await waitFor(() => expect(screen.queryByText(/är 278 tkr/)).not.toBeInTheDocument());
  expect(screen.getByTestId("finding-counts")).toHaveTextContent(/^0 fel/);
  // The line is gone: focus goes to the findings' heading, not to <body>.
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Anmärkningar" })));
});

test("a cancelled fix writes nothing, and focus returns to the button that opened it", async () => {
  const port = await recordingPort("seed002.built");
  await renderPane(port);
  const opener = screen.getByLabelText("Rätta B27");
  fireEvent.click(opener);
  const dialog = await screen.findByRole("alertdialog");
  fireEvent.click(within(dialog).getByRole("button", { name: "Avbryt", hidden: true }));
  await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
  expect(port.writes).toEqual([]);
  await waitFor(() => expect(document.activeElement).toBe(opener));
});

/** The sample with Coachingteamet Lekeberg (B12) typed 564 000 instead of 546 000 under a typed, correct subtotal. */
function mistypedPart() {
  const grids = loadFixtureGrids("seed001.built");
  const budget = grids.find((g) => g.name === "Budget 2024")!;
  budget.rows[11][1] = { value: { type: "number", value: 564000 } }; // B12
  budget.rows[12][1] = { value: { type: "number", value: 3784500 }, bold: true }; // B13, was =SUM(B11:B12)
  return recordingPortOfGrids(grids);
}

test("a mistyped part under a correct subtotal: the dialog names the parts and the suspect, and fixing the part writes the part", async () => {
  const port = await mistypedPart();
  await renderPane(port);
  fireEvent.click(screen.getByLabelText("Rätta B13"));
  const dialog = await screen.findByRole("alertdialog");
  expect(plain(within(dialog).getByText(/^Summa individeriktade insatser är/).textContent)).toBe(
    "Summa individeriktade insatser är 3 784 500 kr, men delarna summerar till 3 802 500 kr (skillnad 18 000 kr)."
  );
  const parts = within(within(dialog).getByTestId("fix-parts"))
    .getAllByRole("row", { hidden: true })
    .map((r) => plain(r.textContent));
  expect(parts).toEqual([
    "Coachingteamet Örebro (B11)3 238 500 kr",
    "Coachingteamet Lekeberg (B12)564 000 kr",
    "Summa av delarna3 802 500 kr",
  ]);
  expect(plain(within(dialog).getByTestId("fix-suspect").textContent)).toBe(
    "Coachingteamet Lekeberg (B12) är 564 000 kr men kan vara 546 000 kr: två siffror har bytt plats. Med 546 000 kr stämmer summan."
  );
  // The formula is shown as Swedish Excel shows it; it is not the first choice here.
  expect(within(dialog).getByTestId("fix-new")).toHaveTextContent("=SUMMA(B11:B12)");
  const formula = within(dialog).getByRole("button", { name: "Skriv formeln =SUMMA(B11:B12)", hidden: true });
  const part = within(dialog).getByRole("button", { name: (n) => plain(n) === "Skriv 546 000 kr i B12", hidden: true });
  expect(formula.className).not.toMatch(/primary/);
  fireEvent.click(part);
  await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
  expect(port.writes).toEqual([["Budget 2024", "B12", "546000"]]);
  await waitFor(() => expect(screen.getByTestId("finding-counts")).toHaveTextContent(/^0 fel/));
});

test("a wrong typed subtotal is fixed with its SUM formula in one step: English through the port, no second warning", async () => {
  const grids = loadFixtureGrids("seed001.built");
  grids.find((g) => g.name === "Budget 2024")!.rows[12][1] = { value: { type: "number", value: 3748500 } }; // B13
  const port = await recordingPortOfGrids(grids);
  await renderPane(port);
  fireEvent.click(screen.getByLabelText("Rätta B13"));
  const dialog = await screen.findByRole("alertdialog");
  expect(plain(within(dialog).getByTestId("fix-suspect").textContent)).toBe(
    "Summan själv, 3 748 500 kr, ser ut att vara fel: två siffror har bytt plats. Delarna ger 3 784 500 kr."
  );
  fireEvent.click(within(dialog).getByRole("button", { name: "Skriv formeln =SUMMA(B11:B12)", hidden: true }));
  await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
  expect(port.writes).toEqual([["Budget 2024", "B13", "=SUM(B11:B12)"]]);
  await waitFor(() => expect(screen.getByTestId("finding-counts")).toHaveTextContent(/^0 fel, 0 varningar/));
});

test("seed 001: the form states the eget kapital the sheet starts from, and how; the new sheet's years are shown beside it", async () => {
  const port = await recordingPort("seed001.built");
  await renderPane(port);
  fireEvent.click(button("Prognos"));
  expect(plain(screen.getByText(/^Lämna tomt för att använda/).textContent)).toBe(
    'Lämna tomt för att använda 275 154 kr: "Prel. eget kapital ingående 2024" (Budgetplan 2024–2026!B15) 2 103 610 kr + resultat 2024 -1 828 456 kr.'
  );
  fireEvent.change(screen.getByLabelText("Löneökning per år (%)"), { target: { value: "2,5" } });
  fireEvent.click(button("Skapa prognosblad"));
  const summary = await screen.findByTestId("prognosis-summary", undefined, { timeout: 10000 });
  expect(
    within(summary.closest(".fui-MessageBar") as HTMLElement).getByText('Bladet "Prognos 2025–2027" har lagts till.')
  ).toBeInTheDocument();
  expect(port.added).toHaveLength(1);
  expect(port.selects).toEqual([[port.added[0], "A1"]]);
  const years = within(summary)
    .getAllByRole("row")
    .slice(1)
    .map((r) => plain(r.textContent));
  expect(years.map((y) => y.slice(0, 4))).toEqual(["2025", "2026", "2027"]);
  expect(screen.getByText("Från 2025 räcker det egna kapitalet inte till underskotten.")).toBeInTheDocument();
  // The new sheet is the add-in's: not a budget, not offered for a prognosis of the prognosis.
  await waitFor(() => expect(screen.getByText("2 budgettabeller hittades:")).toBeInTheDocument());
  const read = await port.readSheets();
  expect(read.ok && read.grids.map((g) => g.name)).toEqual(["Budgetplan 2024–2026", "Budget 2024", port.added[0]]);
  const options = within(screen.getByRole("combobox", { name: "Tabell" }))
    .getAllByRole("option")
    .map((o) => o.textContent);
  expect(options).toEqual(["Budget 2024!A3:B56", "Budgetplan 2024–2026!A3:D16"]);
  await waitFor(() =>
    expect(screen.getByTestId("announcer")).toHaveTextContent(/Bladet "Prognos 2025–2027" har lagts till\./)
  );
  expect(port.writes).toEqual([]);
});

test("a prognosis growth that is not a number builds nothing and says so", async () => {
  const port = await recordingPort("seed001.built");
  await renderPane(port);
  fireEvent.click(button("Prognos"));
  fireEvent.change(screen.getByLabelText("Prisökning per år (%)"), { target: { value: "två" } });
  fireEvent.click(button("Skapa prognosblad"));
  await screen.findByText("Skriv ett tal, t.ex. 2,5.");
  expect(port.added).toEqual([]);
});

test("the kommun key: inputs named in the kommun's words; saved, it is announced, and its split errors turn the card to 'Fel'", async () => {
  const port = await recordingPort("seed000.built");
  // The kommuner named, their weights not yet written: nothing to check yet.
  await port.workbook.saveSettings({ kommunKey: { Lindesberg: "", Nora: "", Hällefors: "", Ljusnarsberg: "" } });
  await renderPane(port);
  expect(screen.getByTestId("shares-badge")).toHaveTextContent("Rätt");
  fireEvent.click(button("Fördelningsnyckel för kommunerna"));
  expect(screen.getByLabelText("Kommun nr 2, namn")).toHaveValue("Nora");
  expect(screen.queryByLabelText(/steg/)).toBeNull();
  // The 2018 figures, but Nora's and Hällefors' swapped: those two amounts disagree with the key.
  const weights = { Lindesberg: "525045", Nora: "154425", Hällefors: "236785", Ljusnarsberg: "113245" };
  for (const [name, weight] of Object.entries(weights))
    fireEvent.change(screen.getByLabelText(`Invånare i ${name}`), { target: { value: weight } });
  fireEvent.click(button("Spara"));
  const expected = countBySeverity(analyzeWorkbook(loadFixtureGrids("seed000.built"), { kommunKey: weights }).findings);
  expect(expected.error).toBeGreaterThan(3);
  await waitFor(() =>
    expect(screen.getByTestId("finding-counts")).toHaveTextContent(new RegExp(`^${expected.error} fel`))
  );
  await waitFor(() => expect(screen.getByTestId("announcer")).toHaveTextContent("Sparat i arbetsboken."));
  expect(screen.getByTestId("shares-badge")).toHaveTextContent("Fel");
  const card = screen.getByRole("region", { name: "Medlemsandelar" });
  const kommuner = within(card)
    .getAllByRole("row")
    .filter((r) => r.getAttribute("data-kind") === "member")
    .map((r) => [...r.querySelectorAll("th, td")].map((c) => plain(c.textContent)));
  expect(kommuner).toEqual([
    ["Lindesbergs kommun525 045 kr", "12,8 %", "12,8 %", "Rätt"],
    ["Nora kommun236 785 kr", "5,8 %", "3,8 %", "Fel"],
    ["Hällefors kommun154 425 kr", "3,8 %", "5,8 %", "Fel"],
    ["Ljusnarsbergs kommun113 245 kr", "2,8 %", "2,8 %", "Rätt"],
  ]);
  // The same key does not fit 2017's figures either: said under the table.
  expect(within(card).getByText("Andelarna är fel även 2017; se anmärkningarna.")).toBeInTheDocument();
});

test("live: a change in the workbook is analysed again after the debounce, and the counts are announced", async () => {
  const port = await recordingPort("seed002.built", { live: true });
  await renderPane(port);
  expect(screen.getByTestId("finding-counts")).toHaveTextContent(/^2 fel/);
  expect(screen.getByTestId("announcer")).toHaveTextContent(/^2 fel, 0 varningar, \d+ upplysningar/);
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
  fireEvent.click(button("Rätta igenkänningen"));
  fireEvent.change(screen.getByLabelText("Enhet"), { target: { value: "tkr" } });
  fireEvent.click(screen.getAllByRole("button", { name: "Spara" })[2]);
  await screen.findByText("Budgetplan 2024–2026!A3:D16: 2024, 2025, 2026, i tkr");
  expect(port.saved).toEqual([{ overrides: { units: [{ sheet: "Budgetplan 2024–2026", unit: "tkr" }] } }]);
  expect(await port.workbook.loadSettings()).toEqual(port.saved[0]);
});
