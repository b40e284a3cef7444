// One cell the user asked to change, changed in the user's own sheet part: the rest of the part and
// of the package as it was; a shared formula's group keeps its formula when its master is replaced.
import { writeOneCell } from "../../src/workbook/xlsxWriteCell";
import { slideFormula } from "../../src/workbook/xlsxWriteFormula";
import { XlsxPackageEditor } from "../../src/workbook/xlsxWrite";
import { buildPackage, entriesOf } from "./packages";

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

describe("writeOneCell", () => {
  const sheet = (rows: string) =>
    `<?xml version="1.0"?><worksheet xmlns="m"><sheetData>${rows}</sheetData><dataValidations count="0"/></worksheet>`;

  it("replaces the cell and keeps its style", () => {
    const xml = sheet('<row r="3" spans="1:2"><c r="A3" t="s"><v>2</v></c><c r="B3" s="2" t="s"><v>7</v></c></row>');
    expect(writeOneCell(xml, "Budget", "B3", { number: "1855250" })).toBe(
      sheet('<row r="3" spans="1:2"><c r="A3" t="s"><v>2</v></c><c r="B3" s="2"><v>1855250</v></c></row>')
    );
  });

  it("inserts a cell in column order and a row in row order, dropping the row's spans hint", () => {
    const xml = sheet('<row r="2" spans="1:1"><c r="A2"><v>1</v></c><c r="D2"><v>4</v></c></row><row r="9"/>');
    expect(writeOneCell(xml, "B", "C2", { formula: "=A2*2" })).toBe(
      sheet('<row r="2"><c r="A2"><v>1</v></c><c r="C2"><f>A2*2</f></c><c r="D2"><v>4</v></c></row><row r="9"/>')
    );
    expect(writeOneCell(xml, "B", "B5", { text: "Not" })).toBe(
      sheet(
        '<row r="2" spans="1:1"><c r="A2"><v>1</v></c><c r="D2"><v>4</v></c></row><row r="5"><c r="B5" t="inlineStr"><is><t>Not</t></is></c></row><row r="9"/>'
      )
    );
    expect(writeOneCell(xml, "B", "A9", { number: "3" })).toBe(
      sheet(
        '<row r="2" spans="1:1"><c r="A2"><v>1</v></c><c r="D2"><v>4</v></c></row><row r="9"><c r="A9"><v>3</v></c></row>'
      )
    );
  });

  it("numbers rows and cells written without r as Excel does", () => {
    const xml = sheet("<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>");
    expect(writeOneCell(xml, "B", "B2", { number: "5" })).toBe(
      sheet('<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c><c r="B2"><v>5</v></c></row>')
    );
  });

  it("hands a shared formula's master to the next cell of its group, moved there", () => {
    const xml = sheet(
      '<row r="2"><c r="C2"><f t="shared" ref="C2:C4" si="0">B2/2+$A$1</f><v>5</v></c></row>' +
        '<row r="3"><c r="C3"><f t="shared" si="0"/><v>6</v></c></row><row r="4"><c r="C4"><f t="shared" si="0"/><v>7</v></c></row>'
    );
    expect(writeOneCell(xml, "B", "C2", { number: "1" })).toBe(
      sheet(
        '<row r="2"><c r="C2"><v>1</v></c></row>' +
          '<row r="3"><c r="C3"><f t="shared" ref="C3:C4" si="0">B3/2+$A$1</f><v>6</v></c></row><row r="4"><c r="C4"><f t="shared" si="0"/><v>7</v></c></row>'
      )
    );
  });

  it("refuses a cell inside an array formula over several cells", () => {
    const xml = sheet('<row r="1"><c r="A1"><f t="array" ref="A1:A3">B1:B3*2</f><v>2</v></c></row>');
    expect(() => writeOneCell(xml, "Budget", "A2", { number: "1" })).toThrow(
      'A2 på bladet "Budget" ingår i en matrisformel över flera celler och kan inte ändras här. Ändra den i Excel.'
    );
  });
});

describe("slideFormula", () => {
  it.each([
    ["B2/2", 1, 0, "B3/2"],
    ["SUM(B2:B9)-$A$1+A$1+$A1", 2, 1, "SUM(C4:C11)-$A$1+B$1+$A3"],
    ["'Budget 2024'!B12+Blad2!C3", 1, 1, "'Budget 2024'!C13+Blad2!D4"],
    ['IF(A1>0,"A1 B2",LOG10(A1))', 1, 0, 'IF(A2>0,"A1 B2",LOG10(A2))'],
    ["SUM(A:A)+SUM(2:3)", 1, 1, "SUM(B:B)+SUM(3:4)"],
    ["A1-1", -1, 0, "#REF!-1"],
    ["Tabell1[Belopp]+1E5", 1, 0, "Tabell1[Belopp]+1E5"],
  ])("%s moved %i rows and %i columns is %s", (formula, rows, columns, expected) => {
    expect(slideFormula(formula, rows, columns)).toBe(expected);
  });
});

test("in a package: only the sheet part changes (and the calculation chain Excel rebuilds goes)", async () => {
  const original = await buildPackage();
  const book = await XlsxPackageEditor.open(original);
  await book.writeCell("Budget 2024", "C2", "=B2/4");
  const before = await entriesOf(original);
  const after = await entriesOf(await book.toBytes());
  const changed = [...before.keys()].filter(
    (n) => !Buffer.from(after.get(n) ?? []).equals(Buffer.from(before.get(n) as Uint8Array))
  );
  expect(changed).toEqual([
    "[Content_Types].xml",
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
    "xl/worksheets/sheet1.xml",
    "xl/calcChain.xml",
  ]);
  expect(after.has("xl/calcChain.xml")).toBe(false);
  expect(text(after.get("[Content_Types].xml"))).not.toContain("calcChain");
  expect(text(after.get("xl/_rels/workbook.xml.rels"))).not.toContain("calcChain");
  expect(text(after.get("xl/workbook.xml"))).toContain('<calcPr calcId="191029" fullCalcOnLoad="1"/>');
  const expected = text(before.get("xl/worksheets/sheet1.xml"))
    .replace('<c r="C2"><f t="shared" ref="C2:C4" si="0">B2/2</f><v>2000000</v></c>', '<c r="C2"><f>B2/4</f></c>')
    .replace('<c r="C3"><f t="shared" si="0"/>', '<c r="C3"><f t="shared" ref="C3:C4" si="0">B3/2</f>');
  expect(text(after.get("xl/worksheets/sheet1.xml"))).toBe(expected);
  await expect(book.writeCell("Finns inte", "A1", "1")).rejects.toThrow(
    'Bladet "Finns inte" finns inte i arbetsboken.'
  );
});
