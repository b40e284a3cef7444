// The Office.js adapter writing into the fake Excel: a new sheet (content first, cosmetics apart,
// nothing half-written left behind), one cell (a Text-formatted cell included), and selecting a
// cell on a hidden sheet.
import { ExcelWorkbook } from "../../src/workbook/excel";
import type { SheetSpec } from "../../src/domain/sheetspec";
import { settingsFromColumn } from "../../src/domain/settings";
import { fakeExcel, writtenCells, type FakeExcel, type FakeSheet } from "./excelMock";
import { cellsIn, rectOf } from "./excelMockStore";

const prognosis: SheetSpec = {
  name: "Prognos 2025–2027",
  cells: [
    { address: "A1", value: { type: "string", value: "Prognos 2025–2027" }, style: { bold: true } },
    { address: "B2", value: { type: "string", value: "2025" }, style: { bold: true, horizontalAlignment: "right" } },
    { address: "C2", value: { type: "string", value: "2026" }, style: { bold: true, horizontalAlignment: "right" } },
    { address: "A3", value: { type: "string", value: "Medlemsbidrag" } },
    { address: "B3", value: { type: "number", value: "4000000" }, numberFormat: "#,##0" },
    { address: "C3", formula: "=B3*(1+$F$1)", numberFormat: "#,##0" },
    { address: "A4", value: { type: "string", value: "Resultat" }, style: { bold: true, borderTop: true } },
    { address: "B4", formula: "=B3-1828456", numberFormat: "#,##0", style: { bold: true, borderTop: true } },
    { address: "C4", formula: "=C3-1828456", numberFormat: "#,##0", style: { bold: true, borderTop: true } },
    { address: "E1", value: { type: "string", value: "Ökning" } },
    { address: "F1", value: { type: "number", value: "0.025" }, numberFormat: "0.0%", style: { fill: "FFF2CC" } },
  ],
  columnWidths: { 1: 30, 2: 12 },
  conditionalFormats: [{ range: "B4:C4", formula: "=B4<0", style: { color: "C00000", bold: true } }],
  freeze: { rows: 2, columns: 1 },
  print: { area: "A1:F4", landscape: true, fitToWidth: true, paperSize: "A4", repeatRows: "$1:$2" },
};

const budget: FakeSheet = {
  name: "Budget 2024",
  used: {
    address: "'Budget 2024'!A1:C3",
    values: [
      ["Budget 2024", "", ""],
      ["Medlemsbidrag", 4000000, "4000000"],
      ["Summa", 3999000, ""],
    ],
    numberFormat: [
      ["General", "General", "General"],
      ["General", "#,##0", "@"],
      ["General", "#,##0", "@"],
    ],
  },
};

/** The content of a sheet in the fake: A1 → value, or formula when there is one. */
function contentOf(fake: FakeExcel, sheet: string): Record<string, unknown> {
  const stored = fake.sheet(sheet);
  if (!stored) return {};
  const out: Record<string, unknown> = {};
  for (const [r, c, cell] of cellsIn(stored, rectOf("A1:Z100")))
    if (cell.type !== "Empty" || cell.formula)
      out[`${String.fromCharCode(65 + c)}${r + 1}`] = cell.formula ?? cell.value;
  return out;
}

const content = {
  A1: "Prognos 2025–2027",
  B2: "2025",
  C2: "2026",
  A3: "Medlemsbidrag",
  B3: 4000000,
  C3: "=B3*(1+$F$1)",
  A4: "Resultat",
  B4: "=B3-1828456",
  C4: "=C3-1828456",
  E1: "Ökning",
  F1: 0.025,
};

describe("ExcelWorkbook.addSheet", () => {
  it("adds the content, records the sheet as the add-in's own, then styles, panes and print setup, in four syncs", async () => {
    const fake = fakeExcel([{ name: "Budget 2024" }, { name: "Prognos 2025–2027" }]);
    const name = await new ExcelWorkbook(fake.run, fake.office).addSheet(prognosis);
    expect(name).toBe("Prognos 2025–2027 (2)");
    expect(contentOf(fake, name)).toEqual(content);
    expect(fake.cell(name, "B2")).toMatchObject({ type: "String" }); // "2025" written as text stays text
    expect(fake.cell(name, "F1")).toMatchObject({ numberFormat: "0.0%" });
    const sheet = fake.sheet(name)!;
    expect(sheet.frozen).toBe("at A1:A2");
    expect(sheet.layout).toEqual({
      printArea: "A1:F4",
      titleRows: "$1:$2",
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    expect(fake.cell(name, "C4")).toMatchObject({ bold: true });
    expect(sheet.formatLog).toEqual(
      expect.arrayContaining([
        "B2:C2 horizontalAlignment=Right",
        "F1 fill.color=#FFF2CC",
        "A4:C4 borders.EdgeTop.style=Continuous",
      ])
    );
    expect(fake.conditionalFormats.map((f) => [f.range, f.type, f.format.custom.rule.formula])).toEqual([
      ["B4:C4", "Custom", "=B4<0"],
    ]);
    const settings = fake.sheet("FinsamKontroll_inställningar")!;
    expect(settings.visibility).toBe("VeryHidden");
    const column = [...cellsIn(settings, rectOf("A1:A10"))].map(([, , cell]) => cell.value);
    expect(settingsFromColumn(column)).toEqual({ addinSheets: ["Prognos 2025–2027 (2)"] });
    expect(fake.calls.filter((c) => /^(add|activate)/.test(c))).toEqual([
      "add Prognos 2025–2027 (2)",
      "add FinsamKontroll_inställningar",
      "activate Prognos 2025–2027 (2)",
    ]);
    expect(fake.syncs()).toBe(4);
  });

  it("keeps the sheet and its figures when the cosmetics fail (another workbook took focus)", async () => {
    const fake = fakeExcel([{ name: "Budget 2024" }]);
    fake.failOn((op) => op.kind === "freezePanes", "GeneralException");
    const name = await new ExcelWorkbook(fake.run, fake.office).addSheet(prognosis);
    expect(name).toBe("Prognos 2025–2027");
    expect(contentOf(fake, name)).toEqual(content);
  });

  it("removes a half-written sheet when its content fails, so that trying again gives the same name, not '… (2)'", async () => {
    const fake = fakeExcel([{ name: "Budget 2024" }]);
    fake.failOn((op) => op.kind === "write" && op.sheet === "Prognos 2025–2027", "GeneralException");
    const workbook = new ExcelWorkbook(fake.run, fake.office);
    await expect(workbook.addSheet(prognosis)).rejects.toThrow(
      'Bladet "Prognos 2025–2027" kunde inte läggas till. Excel kunde inte slutföra åtgärden, troligen för att en annan arbetsbok eller ett dialogfönster hade fokus. Klicka i arbetsboken och försök igen.'
    );
    expect(fake.sheetNames()).toEqual(["Budget 2024"]);
    expect(await workbook.addSheet(prognosis)).toBe("Prognos 2025–2027");
    expect(fake.sheetNames()).toEqual(["Budget 2024", "Prognos 2025–2027", "FinsamKontroll_inställningar"]);
  });

  it("removes at the next add what a failed add could not remove at once", async () => {
    const fake = fakeExcel([{ name: "Budget 2024" }]);
    fake.failOn((op) => op.kind === "write" && op.sheet === "Prognos 2025–2027");
    fake.failOn((op) => op.kind === "delete");
    const workbook = new ExcelWorkbook(fake.run, fake.office);
    await expect(workbook.addSheet(prognosis)).rejects.toThrow();
    expect(fake.sheetNames()).toEqual(["Budget 2024", "Prognos 2025–2027"]);
    expect(await workbook.addSheet(prognosis)).toBe("Prognos 2025–2027");
    expect(contentOf(fake, "Prognos 2025–2027")).toEqual(content);
  });

  it("writes the same cells and number formats the spec holds (the prognosis sheet test's view)", async () => {
    const fake = fakeExcel([{ name: "Budget 2024" }]);
    const name = await new ExcelWorkbook(fake.run, fake.office).addSheet(prognosis);
    expect(writtenCells(fake, name, "formulas").get("B2")).toBe("'2025");
    expect(writtenCells(fake, name, "numberFormat").get("F1")).toBe("0.0%");
  });
});

describe("ExcelWorkbook.writeCell", () => {
  it("writes a decimal as a number and a formula as a formula, in two syncs each", async () => {
    const fake = fakeExcel([budget]);
    const workbook = new ExcelWorkbook(fake.run, fake.office);
    await workbook.writeCell("Budget 2024", "B3", "=SUM(B2:B2)");
    expect(fake.syncs()).toBe(2);
    await workbook.writeCell("Budget 2024", "B2", "-1828456.50");
    expect(fake.cell("Budget 2024", "B3")).toMatchObject({ formula: "=SUM(B2:B2)", numberFormat: "#,##0" });
    expect(fake.cell("Budget 2024", "B2")).toMatchObject({ value: -1828456.5, type: "Double", numberFormat: "#,##0" });
  });

  it("makes a Text-formatted cell General before it writes a number or formula there, so that it counts", async () => {
    const fake = fakeExcel([budget]);
    const workbook = new ExcelWorkbook(fake.run, fake.office);
    await workbook.writeCell("Budget 2024", "C2", "4000000");
    await workbook.writeCell("Budget 2024", "C3", "=SUM(C2:C2)");
    expect(fake.cell("Budget 2024", "C2")).toMatchObject({ value: 4000000, type: "Double", numberFormat: "General" });
    expect(fake.cell("Budget 2024", "C3")).toMatchObject({ formula: "=SUM(C2:C2)", numberFormat: "General" });
  });

  it("writes text as text and leaves a Text cell's format alone", async () => {
    const fake = fakeExcel([budget]);
    await new ExcelWorkbook(fake.run, fake.office).writeCell("Budget 2024", "C2", "ej budgeterat");
    expect(fake.cell("Budget 2024", "C2")).toMatchObject({ value: "ej budgeterat", type: "String", numberFormat: "@" });
  });

  it("says in Swedish what to do when the sheet is gone", async () => {
    const fake = fakeExcel([budget]);
    await expect(new ExcelWorkbook(fake.run, fake.office).writeCell("Borttaget", "C3", "1")).rejects.toThrow(
      'C3 på bladet "Borttaget" kunde inte ändras. Bladet eller cellen finns inte längre (borttaget eller omdöpt?). Klicka på Försök igen så läses arbetsboken om.'
    );
  });
});

describe("ExcelWorkbook.select", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    const fake = fakeExcel([budget]);
    await new ExcelWorkbook(fake.run, fake.office).select("Budget 2024", "B3");
    expect(fake.calls).toEqual(["activate Budget 2024", "select Budget 2024!B3"]);
    expect(fake.syncs()).toBe(1);
  });

  it("says that a finding's sheet is hidden, and how to show it, instead of Office's error", async () => {
    const fake = fakeExcel([budget, { ...budget, name: "Gammal", visibility: "Hidden" }]);
    const workbook = new ExcelWorkbook(fake.run, fake.office);
    const hidden =
      'B3 ligger på bladet "Gammal", som är dolt. Visa bladet (högerklicka på en bladflik och välj Ta fram) och välj fyndet igen.';
    await expect(workbook.select("Gammal", "B3")).rejects.toThrow(hidden);
    await workbook.readSheets();
    await expect(workbook.select("Gammal", "B3")).rejects.toThrow(hidden);
    expect(fake.calls.filter((c) => c.startsWith("activate") || c.startsWith("select"))).toEqual([]);
  });

  it("selects on a sheet that was hidden at the last read and has been shown since", async () => {
    const fake = fakeExcel([budget, { ...budget, name: "Gammal", visibility: "Hidden" }]);
    const workbook = new ExcelWorkbook(fake.run, fake.office);
    await workbook.readSheets();
    fake.sheet("Gammal")!.visibility = "Visible";
    await workbook.select("Gammal", "B3");
    expect(fake.calls.slice(-2)).toEqual(["activate Gammal", "select Gammal!B3"]);
  });
});
