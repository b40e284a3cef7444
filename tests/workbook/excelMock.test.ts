// The fake Excel itself: it must refuse what Excel refuses, or the adapter's tests prove nothing.
import { fakeExcel, WEB_PAYLOAD_LIMIT, type FakeExcel } from "./excelMock";

type Context = Excel.RequestContext;

function run<T>(fake: FakeExcel, batch: (context: Context) => Promise<T>, options: Excel.RunOptions = {}): Promise<T> {
  return fake.run(options, batch);
}

const sheet = {
  name: "Budget",
  used: {
    address: "Budget!A1:B2",
    values: [
      ["Intäkter", 100],
      ["Kostnader", 80],
    ],
  },
};

test("a property read before load, or before sync, throws PropertyNotLoaded", async () => {
  const fake = fakeExcel([sheet]);
  await run(fake, async (context) => {
    const range = context.workbook.worksheets.getItem("Budget").getRange("A1:B2");
    expect(() => range.values).toThrow("The property 'values' is not available");
    range.load("values");
    expect(() => range.values).toThrow("The property 'values' is not available");
    await context.sync();
    expect(range.values).toEqual([
      ["Intäkter", 100],
      ["Kostnader", 80],
    ]);
  });
});

test("operations apply at sync in order; a failing one keeps those before it and drops the rest", async () => {
  const fake = fakeExcel([sheet]);
  fake.failOn((op) => op.kind === "freezePanes");
  await expect(
    run(fake, async (context) => {
      const added = context.workbook.worksheets.add("Ny");
      added.getRange("A1").values = [["före"]];
      added.freezePanes.freezeRows(1);
      added.getRange("A2").values = [["efter"]];
      expect(fake.sheetNames()).toEqual(["Budget"]);
      await context.sync();
    })
  ).rejects.toMatchObject({ code: "GeneralException" });
  expect(fake.sheetNames()).toEqual(["Budget", "Ny"]);
  expect(fake.cell("Ny", "A1")?.value).toBe("före");
  expect(fake.cell("Ny", "A2")).toBeUndefined();
});

test("a Text-formatted cell keeps a number or formula written into it as text; General makes them figures", async () => {
  const fake = fakeExcel([sheet]);
  await run(fake, async (context) => {
    const ws = context.workbook.worksheets.getItem("Budget");
    ws.getRange("C1:C2").numberFormat = [["@"], ["@"]];
    ws.getRange("C1:C2").formulas = [[123], ["=SUM(B1:B2)"]];
    ws.getRange("D1").numberFormat = [["@"]];
    ws.getRange("D1").numberFormat = [["General"]];
    ws.getRange("D1").formulas = [["=SUM(B1:B2)"]];
    ws.getRange("E1").values = [["'=A1"]];
    await context.sync();
  });
  expect(fake.cell("Budget", "C1")).toMatchObject({ value: "123", type: "String" });
  expect(fake.cell("Budget", "C2")).toMatchObject({ value: "=SUM(B1:B2)", type: "String" });
  expect(fake.cell("Budget", "D1")).toMatchObject({ formula: "=SUM(B1:B2)", type: "Double" });
  expect(fake.cell("Budget", "E1")).toMatchObject({ value: "=A1", type: "String" });
});

test("in cell edit mode a batch fails, unless Excel.run was told to wait with delayForCellEdit", async () => {
  const fake = fakeExcel([sheet]);
  fake.beginCellEdit();
  await expect(run(fake, (context) => context.sync())).rejects.toMatchObject({
    code: "InvalidOperationInCellEditMode",
  });
  const waiting = run(fake, (context) => context.sync(), { delayForCellEdit: true });
  let done = false;
  void waiting.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(done).toBe(false);
  fake.endCellEdit();
  await waiting;
});

test("Excel on the web refuses a response over 5 MB; the desktop does not", async () => {
  const rows = 40_000;
  const big = {
    name: "Huvudbok",
    used: {
      address: `Huvudbok!A1:E${rows}`,
      values: Array.from({ length: rows }, (_, r) => Array.from({ length: 5 }, (_, c) => `konto ${r}-${c}`)),
    },
  };
  const load = (context: Context) => {
    const range = context.workbook.worksheets.getItem("Huvudbok").getRange(`A1:E${rows}`);
    range.load("values,formulas");
    return context.sync();
  };
  const web = fakeExcel([big]);
  await expect(run(web, load)).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  expect(web.responses[0]).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
  const desktop = fakeExcel([big], { platform: "desktop" });
  await run(desktop, load);
});

test("getMergedAreasOrNullObject fails above 512 merged areas", async () => {
  const merges = Array.from({ length: 513 }, (_, i) => `M!A${i * 2 + 1}:B${i * 2 + 1}`).join(", ");
  const fake = fakeExcel([{ name: "M", used: { address: "M!A1:B1026", values: [["x"]], merges } }]);
  await expect(
    run(fake, async (context) => {
      context.workbook.worksheets.getItem("M").getRange("A1:B1026").getMergedAreasOrNullObject().load("address");
      await context.sync();
    })
  ).rejects.toMatchObject({ code: "GeneralException" });
});

test("a write raises a change event from ThisLocalAddin; the user's edit one from Unknown", async () => {
  const fake = fakeExcel([sheet]);
  const seen: string[] = [];
  await run(fake, async (context) => {
    context.workbook.worksheets.onChanged.add(
      async (event) => void seen.push(`${event.triggerSource} ${event.address}`)
    );
    await context.sync();
  });
  await run(fake, async (context) => {
    context.workbook.worksheets.getItem("Budget").getRange("B2").values = [[90]];
    await context.sync();
  });
  await fake.userEdit("Budget", "B1", 110);
  await fake.settle();
  expect(seen).toEqual(["ThisLocalAddin B2", "Unknown B1"]);
});

test("getItem of a missing sheet fails at sync with ItemNotFound; getItemOrNullObject gives a null object", async () => {
  const fake = fakeExcel([sheet]);
  await expect(
    run(fake, async (context) => {
      context.workbook.worksheets.getItem("Borta").activate();
      await context.sync();
    })
  ).rejects.toMatchObject({ code: "ItemNotFound" });
  await run(fake, async (context) => {
    const missing = context.workbook.worksheets.getItemOrNullObject("Borta");
    expect(() => missing.isNullObject).toThrow();
    await context.sync();
    expect(missing.isNullObject).toBe(true);
  });
});
