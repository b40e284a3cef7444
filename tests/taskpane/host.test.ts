// How the pane decides between Excel mode and file mode, and light or dark theme.
import { detectPaneHost, isDarkBackground, type OfficeStartup } from "../../src/taskpane/host";

const EXCEL = "Excel" as unknown as Office.HostType; // office.js is absent under jest
const WORD = "Word" as unknown as Office.HostType;

function fakeOffice(ready: Promise<{ host: Office.HostType | null }>, background?: string): OfficeStartup {
  return {
    onReady: () => ready,
    HostType: { Excel: EXCEL },
    context: { officeTheme: { bodyBackgroundColor: background } },
  };
}

describe("detectPaneHost", () => {
  test("no office.js: file mode at once", async () => {
    await expect(detectPaneHost(undefined)).resolves.toEqual({ mode: "file", dark: false });
  });

  test("host Excel: Excel mode, light theme on a white body", async () => {
    const office = fakeOffice(Promise.resolve({ host: EXCEL }), "#FFFFFF");
    await expect(detectPaneHost(office)).resolves.toEqual({ mode: "excel", dark: false });
  });

  test("host Excel with Office's dark grey theme: dark", async () => {
    const office = fakeOffice(Promise.resolve({ host: EXCEL }), "#262626");
    await expect(detectPaneHost(office)).resolves.toEqual({ mode: "excel", dark: true });
  });

  test("host null (office.js in a plain browser): file mode", async () => {
    const office = fakeOffice(Promise.resolve({ host: null }), "#262626");
    await expect(detectPaneHost(office)).resolves.toEqual({ mode: "file", dark: false });
  });

  test("another Office host: file mode", async () => {
    await expect(detectPaneHost(fakeOffice(Promise.resolve({ host: WORD })))).resolves.toEqual({
      mode: "file",
      dark: false,
    });
  });

  test("Office.onReady that never settles: file mode after the timeout", async () => {
    const started = Date.now();
    const host = await detectPaneHost(fakeOffice(new Promise(() => undefined)), 50);
    expect(host).toEqual({ mode: "file", dark: false });
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });

  test("Office.onReady that rejects: file mode", async () => {
    const office = fakeOffice(Promise.reject(new Error("no host")));
    await expect(detectPaneHost(office)).resolves.toEqual({ mode: "file", dark: false });
  });
});

describe("isDarkBackground", () => {
  test.each([
    ["#FFFFFF", false],
    ["#E6E6E6", false],
    ["#808080", false],
    ["#6E6E6E", true],
    ["#444444", true],
    ["#262626", true],
    ["000000", true],
    ["not a colour", false],
    [undefined, false],
  ])("%s → %s", (colour, dark) => {
    expect(isDarkBackground(colour)).toBe(dark);
  });
});
