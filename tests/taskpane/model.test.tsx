/**
 * @jest-environment jsdom
 */
// The pane's plain-data model: the order and merging of findings, and the sheet view's window.
import * as React from "react";
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Finding } from "../../src/domain/finding";
import type { Cell, Grid } from "../../src/domain/grid";
import { findingLines, yearsText } from "../../src/taskpane/model/findingLines";
import { SheetView, sheetWindow } from "../../src/taskpane/components/SheetView";
import { installBrowserStubs } from "./jsdomStubs";

installBrowserStubs();

const finding = (
  severity: Finding["severity"],
  cell: string,
  period: number,
  message: string,
  rule = "equity.ratio"
): Finding => ({
  rule,
  severity,
  sheet: "Plan",
  cell,
  related: [],
  period,
  message,
});

test("errors first, then warnings, then information, whatever the checks' order", () => {
  const lines = findingLines(
    [
      finding("info", "B3", 2024, "Upplysning 2024."),
      finding("warning", "B5", 2024, "Varning 2024.", "formula.hardcoded-total"),
      finding("error", "B9", 2024, "Fel 2024.", "sum.mismatch"),
    ],
    [],
    []
  );
  expect(lines.map((l) => l.severity)).toEqual(["error", "warning", "info"]);
});

test("one note on one row, repeated only by year, is one line; another amount is another line", () => {
  const ratio = (cell: string, year: number, percent: string) =>
    finding("info", cell, year, `Prel. eget kapital ${year} är 275 154 kr, ${percent} av årets medlemsbidrag.`);
  const lines = findingLines(
    [
      ratio("B16", 2024, "6,9 %"),
      ratio("C16", 2025, "6,9 %"),
      ratio("D16", 2026, "6,9 %"),
      ratio("E16", 2027, "7,1 %"),
    ],
    [],
    []
  );
  expect(lines.map((l) => [l.cell, l.message, l.findings.length])).toEqual([
    ["B16", "2024–2026: Prel. eget kapital är 275 154 kr, 6,9 % av årets medlemsbidrag.", 3],
    ["E16", "Prel. eget kapital 2027 är 275 154 kr, 7,1 % av årets medlemsbidrag.", 1],
  ]);
  expect(yearsText([2026, 2024])).toBe("2024, 2026");
  const prognos = (cell: string, year: number) =>
    finding("info", cell, year, `Periodens acku resultat prognos ${year} är 500 000 kr.`);
  expect(findingLines([prognos("C63", 2020), prognos("D63", 2021)], [], []).map((l) => l.message)).toEqual([
    "Prognos 2020–2021: Periodens acku resultat är 500 000 kr.",
  ]);
  expect(yearsText([2020, 2021], "prognos")).toBe("prognos 2020–2021");
});

describe("the sheet view draws a window, never the used range", () => {
  /** A budget in A1:C20 and one stray cell at XFD1048576, as a careless paste leaves it. */
  function strayGrid(): Grid {
    const rows: (Cell | undefined)[][] = [];
    for (let r = 0; r < 20; r++)
      rows[r] = [
        { value: { type: "string", value: `Rad ${r + 1}` } },
        { value: { type: "number", value: 1000 * r }, numberFormat: "#,##0" },
      ];
    rows[1048575] = [];
    rows[1048575][16383] = { value: { type: "string", value: "x" } };
    return { name: "Budget", rows, merges: [] };
  }

  test("around the finding's cell: a bounded number of rows and columns", () => {
    const grid = strayGrid();
    const near = sheetWindow(grid, "B10")!;
    expect([
      near.rows[0],
      near.rows[near.rows.length - 1],
      near.columns[0],
      near.columns[near.columns.length - 1],
    ]).toEqual([1, 22, 1, 7]);
    const far = sheetWindow(grid, "XFD1048576")!;
    expect(far.rows.length).toBeLessThanOrEqual(25);
    expect(far.columns.length).toBeLessThanOrEqual(10);
    expect(far.rows[far.rows.length - 1]).toBe(1048576);
  });

  test("rendered: a few hundred cells at most, numbers in their format, and what it shows said", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <SheetView
          grid={strayGrid()}
          selected="B10"
          about="Summa 2024 är 9 000 kr men posterna summerar till 8 000 kr."
        />
      </FluentProvider>
    );
    const cells = screen.getByTestId("sheet-view").querySelectorAll("td");
    expect(cells.length).toBeLessThan(300);
    expect(screen.getByTestId("sheet-view").querySelector('[aria-selected="true"]')?.textContent).toBe("9\u00a0000");
    expect(screen.getByTestId("sheet-view-about").textContent).toBe(
      "B10: Summa 2024 är 9 000 kr men posterna summerar till 8 000 kr."
    );
  });
});
