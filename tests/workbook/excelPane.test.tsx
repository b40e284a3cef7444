/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// The pane over the Excel adapter and the fake Excel: a fix is read once, and a re-read that fails
// after a change (Excel busy, the user in a cell) keeps the last good analysis with a notice and
// everything the user typed into the pane.
import * as React from "react";
import "@testing-library/jest-dom";
import { act, fireEvent, render, renderHook, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { CHANGE_DEBOUNCE_MS, useWorkbookAnalysis } from "../../src/taskpane/hooks/useWorkbookAnalysis";
import { paneTextStrings } from "../../src/domain/strings";
import { ExcelWorkbook } from "../../src/workbook/excel";
import { fakeExcel, type FakeExcel } from "./excelMock";
import { gridToFakeSheet } from "./excelFixtureSheets";
import { loadFixtureGrids } from "../helpers/fixture";
import { installBrowserStubs } from "../taskpane/jsdomStubs";

installBrowserStubs();
jest.setTimeout(120000);

/** The adapter over seed 002 in the fake Excel, counting its full reads. */
function excelOverSeed002(): { fake: FakeExcel; workbook: ExcelWorkbook; reads: () => number } {
  const fake = fakeExcel(loadFixtureGrids("seed002.built").map(gridToFakeSheet));
  const workbook = new ExcelWorkbook(fake.run, fake.office);
  let reads = 0;
  const read = workbook.readSheets.bind(workbook);
  workbook.readSheets = () => (reads++, read());
  return { fake, workbook, reads: () => reads };
}

/** Lets the change debounce run out and the re-read it starts finish. */
async function afterDebounce(fake: FakeExcel): Promise<void> {
  await act(async () => {
    await fake.settle();
    await new Promise((resolve) => setTimeout(resolve, CHANGE_DEBOUNCE_MS + 200));
  });
}

test("a fix costs one read: the add-in's own write does not start a second one", async () => {
  const { fake, workbook, reads } = excelOverSeed002();
  const { result } = renderHook(() => useWorkbookAnalysis(workbook));
  await waitFor(() => expect(result.current.state.status).toBe("ready"), { timeout: 10000 });
  expect(reads()).toBe(1);
  await act(async () => {
    await workbook.writeCell("Balans- och resultatbudget", "B27", "257");
    await result.current.reanalyze(); // what the pane does after each change it makes
  });
  await afterDebounce(fake);
  expect(fake.events.map((e) => e.triggerSource)).toEqual(["ThisLocalAddin"]);
  expect(reads()).toBe(2);
});

test("a re-read that fails after the user's edit keeps the last good analysis, marked stale", async () => {
  const { fake, workbook, reads } = excelOverSeed002();
  const { result } = renderHook(() => useWorkbookAnalysis(workbook));
  await waitFor(() => expect(result.current.state.status).toBe("ready"), { timeout: 10000 });
  const before = result.current.state.status === "ready" ? result.current.state.analysis : undefined;
  fake.failOn((op) => op.kind === "sync", "GeneralException");
  await act(async () => fake.userEdit("Balans- och resultatbudget", "B27", 257));
  await afterDebounce(fake);
  expect(reads()).toBe(2);
  const state = result.current.state;
  expect(state.status).toBe("ready");
  expect(state.status === "ready" && state.analysis).toBe(before);
  expect(state.status === "ready" && state.stale).toBe(
    "Arbetsboken kunde inte läsas i Excel. Excel kunde inte slutföra åtgärden, troligen för att en annan arbetsbok eller ett dialogfönster hade fokus. Klicka i arbetsboken och försök igen."
  );
  await act(() => result.current.reanalyze());
  expect(result.current.state.status === "ready" && result.current.state.stale).toBeUndefined();
});

test("in the pane: the notice appears, the findings stay, and what the user typed in a form is kept", async () => {
  const { fake, workbook } = excelOverSeed002();
  render(
    <FluentProvider theme={webLightTheme}>
      <App mode="excel" port={workbook} />
    </FluentProvider>
  );
  const header = await screen.findByRole("button", { name: paneTextStrings.kommunKeyTitle }, { timeout: 10000 });
  fireEvent.click(header);
  const form = header.closest(".fui-AccordionItem") as HTMLElement;
  const input = within(form).getAllByRole("textbox")[0];
  fireEvent.change(input, { target: { value: "Lindesberg" } });
  const findingsBefore = screen.getAllByRole("button", { name: /^Rätta / }).length;
  fake.failOn((op) => op.kind === "sync", "GeneralException");
  await act(async () => fake.userEdit("Balans- och resultatbudget", "B27", 257));
  await afterDebounce(fake);
  expect(
    await screen.findByText(/^Ändringen kunde inte läsas in än, så det som visas gäller arbetsboken före den\./)
  ).toBeInTheDocument();
  expect(screen.getAllByRole("button", { name: /^Rätta / })).toHaveLength(findingsBefore);
  expect(within(form).getAllByRole("textbox")[0]).toHaveValue("Lindesberg");
});
