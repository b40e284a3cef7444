// Start-up with office.js loaded asynchronously (issue 13, issue 14): outside Office the pane does
// not wait for the CDN, not even when the request hangs; inside Office a slow Office.onReady first
// gives file mode and then Excel mode when it answers.
import { launchPane, type PaneBrowser } from "./browser";

let pane: PaneBrowser;

beforeAll(async () => {
  pane = await launchPane({ viewport: { width: 350, height: 800 } });
}, 60000);

afterAll(async () => {
  await pane?.close();
});

test("in a browser, with office.js hanging on the CDN, file mode comes at once", async () => {
  const page = await pane.openPane({ officeJs: "hang", label: "hang" });
  const started = Date.now();
  await page.getByText("Filläge: öppna en arbetsbok").waitFor({ state: "visible", timeout: 10000 });
  const seconds = (Date.now() - started) / 1000;
  expect(seconds).toBeLessThan(2.5); // not the 3 s of waiting for Office, nor the hanging request
  expect(await page.evaluate(() => typeof (window as { Office?: unknown }).Office)).toBe("undefined");
  expect(await page.locator("[data-host-too-old]").count()).toBe(0);
  process.stdout.write(`file mode after ${seconds.toFixed(1)} s with office.js hanging\n`);
  await page.close();
});

test("opened by Office with a slow Office.onReady: file mode after about 3 s, then Excel mode when it answers", async () => {
  const page = await pane.openPane({
    officeJs:
      "window.Office = { HostType: { Excel: 'Excel' }, context: {}," +
      " onReady: () => new Promise((resolve) => setTimeout(() => resolve({ host: 'Excel' }), 5000)) };",
    query: "?_host_Info=Excel$Win32$16.01$sv-SE$$$$0",
    label: "late",
  });
  await page.getByText("Startar…").waitFor({ state: "visible", timeout: 2000 });
  await page.getByText("Filläge: öppna en arbetsbok").waitFor({ state: "visible", timeout: 6000 });
  await page.getByText("Ansluten till Excel").waitFor({ state: "visible", timeout: 10000 });
  expect(await page.getByText("Filläge: öppna en arbetsbok").count()).toBe(0);
  await page.close();
});

test("no page errors", () => {
  expect(pane.pageErrors).toEqual([]);
});
