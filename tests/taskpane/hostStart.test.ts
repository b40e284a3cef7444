// Start-up with office.js loaded asynchronously: file mode at once outside Office, a spinner and
// then file mode when Office is slow, and Excel mode whenever Office.onReady reports Excel.
import {
  officeHostHinted,
  officeScript,
  watchPaneHost,
  type OfficeStartup,
  type PaneHost,
} from "../../src/taskpane/host";

const EXCEL = "Excel" as unknown as Office.HostType; // office.js is absent under jest

function lateOffice(): { office: OfficeStartup; answer(host: Office.HostType | null): void } {
  let answer: (host: Office.HostType | null) => void = () => undefined;
  const ready = new Promise<{ host: Office.HostType | null }>((resolve) => (answer = (host) => resolve({ host })));
  return { office: { onReady: () => ready, HostType: { Excel: EXCEL } }, answer: (host) => answer(host) };
}

function watch(office: OfficeStartup | undefined, hinted: boolean, timeoutMs = 3000): PaneHost[] {
  const shown: PaneHost[] = [];
  watchPaneHost({ loaded: async () => office }, hinted, (host) => shown.push(host), timeoutMs);
  return shown;
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

afterEach(() => jest.useRealTimers());

test("opened in a browser: file mode at once, without waiting for office.js", () => {
  const { office } = lateOffice();
  expect(watch(office, false)).toEqual([{ mode: "file", dark: false }]);
});

test("a slow start: file mode after the timeout, then Excel mode when Office.onReady reports Excel", async () => {
  jest.useFakeTimers();
  const { office, answer } = lateOffice();
  const shown = watch(office, true);
  jest.advanceTimersByTime(2999);
  expect(shown).toEqual([]);
  jest.advanceTimersByTime(1);
  expect(shown).toEqual([{ mode: "file", dark: false }]);
  answer(EXCEL);
  jest.useRealTimers();
  await flush();
  expect(shown).toEqual([
    { mode: "file", dark: false },
    { mode: "excel", dark: false },
  ]);
});

test("office.js that arrives after file mode in a browser still switches to Excel mode", async () => {
  const { office, answer } = lateOffice();
  const shown = watch(office, false);
  answer(EXCEL);
  await flush();
  expect(shown.map((h) => h.mode)).toEqual(["file", "excel"]);
});

test("Office answering in time: Excel mode only; answering 'no host': file mode only, once", async () => {
  const excel = lateOffice();
  const inExcel = watch(excel.office, true);
  excel.answer(EXCEL);
  await flush();
  expect(inExcel.map((h) => h.mode)).toEqual(["excel"]);
  const browser = lateOffice();
  const outside = watch(browser.office, false);
  browser.answer(null);
  await flush();
  expect(outside.map((h) => h.mode)).toEqual(["file"]);
});

test("the signs office.js reads say whether Office opened the pane", () => {
  const none = { search: "", windowName: "", storedHostInfo: false, framed: false };
  expect(officeHostHinted(none)).toBe(false);
  expect(officeHostHinted({ ...none, search: "?_host_Info=Excel$Win32$16.01$sv-SE$$$$0" })).toBe(true);
  expect(officeHostHinted({ ...none, windowName: '{"hostInfo":"Excel|Web|16.00|sv-SE"}' })).toBe(true);
  expect(officeHostHinted({ ...none, storedHostInfo: true })).toBe(true);
  expect(officeHostHinted({ ...none, framed: true })).toBe(true);
});

test("the office.js script: loaded, failed, or awaited until it loads", async () => {
  const { office } = lateOffice();
  const script = (state?: string) =>
    Object.assign(new EventTarget(), {
      getAttribute: (name: string) => (name === "data-state" ? (state ?? null) : null),
    });
  await expect(officeScript({ Office: office }, null).loaded()).resolves.toBe(office);
  await expect(officeScript({}, script("failed") as unknown as HTMLElement).loaded()).resolves.toBeUndefined();
  const win: { Office?: OfficeStartup } = {};
  const pending = script();
  const loaded = officeScript(win, pending as unknown as HTMLElement).loaded();
  win.Office = office;
  pending.dispatchEvent(new Event("load"));
  await expect(loaded).resolves.toBe(office);
});
