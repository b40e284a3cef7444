// Worksheet change events: the user's edits reach the pane, the add-in's own writes do not
// (triggerSource "ThisLocalAddin"), so that a fix or a new sheet is read once, not twice.
import { ExcelWorkbook } from "../../src/workbook/excel";
import { fakeExcel, type FakeSheet } from "./excelMock";

const budget: FakeSheet = {
  name: "Budget 2024",
  used: {
    address: "'Budget 2024'!A1:B2",
    values: [
      ["Medlemsbidrag", 4000000],
      ["Summa", 3999000],
    ],
  },
};

describe("ExcelWorkbook.onChanged", () => {
  it("registers one worksheets.onChanged handler in one sync and removes it again", async () => {
    const fake = fakeExcel([budget]);
    const changes: string[] = [];
    const stop = await new ExcelWorkbook(fake.run, fake.office).onChanged(() => changes.push("changed"));
    expect(fake.handlers()).toBe(1);
    expect(fake.syncs()).toBe(1);
    await fake.userEdit("Budget 2024", "B2", 4000000);
    expect(changes).toEqual(["changed"]);
    await (stop as () => Promise<void>)();
    expect(fake.handlers()).toBe(0);
    expect(fake.syncs()).toBe(2);
  });

  it("passes on the user's edits but not the add-in's own fix, new sheet or settings", async () => {
    const fake = fakeExcel([budget]);
    const workbook = new ExcelWorkbook(fake.run, fake.office);
    let changes = 0;
    await workbook.onChanged(() => changes++);
    await workbook.writeCell("Budget 2024", "B2", "=SUM(B1:B1)");
    await workbook.addSheet({
      name: "Prognos",
      cells: [{ address: "A1", value: { type: "string", value: "Prognos" } }],
    });
    await workbook.saveSettings({ kommunKey: { Nora: "10580" } });
    await fake.settle();
    expect(fake.events.map((e) => e.triggerSource)).toEqual(expect.arrayContaining(["ThisLocalAddin"]));
    expect(changes).toBe(0);
    await fake.userEdit("Budget 2024", "B1", 4100000);
    expect(changes).toBe(1);
  });
});
