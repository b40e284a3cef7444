/** @jest-environment jsdom */
// The pane shell renders its header and the message for its mode, in Swedish.
import * as React from "react";
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";

function renderPane(mode: "excel" | "file"): void {
  render(
    <FluentProvider theme={webLightTheme}>
      <App mode={mode} />
    </FluentProvider>
  );
}

test("file mode: header and 'Filläge: öppna en arbetsbok'", () => {
  renderPane("file");
  expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Finsam Budgetkontroll");
  expect(screen.getByText("Filläge: öppna en arbetsbok")).toBeTruthy();
  expect(screen.queryByText("Ansluten till Excel")).toBeNull();
});

test("Excel mode: 'Ansluten till Excel'", () => {
  renderPane("excel");
  expect(screen.getByText("Ansluten till Excel")).toBeTruthy();
  expect(screen.queryByText("Filläge: öppna en arbetsbok")).toBeNull();
});
