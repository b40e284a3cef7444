// Hostile and oversized workbooks, each built here in a few lines: every one gets its Swedish message
// naming the limit (and the sheet), or is read without building what it does not hold.
import * as zlib from "zlib";
import { readStrings } from "../../src/domain/strings";
import { zlibInflater } from "../../src/workbook/inflateNode";
import { DEFAULT_LIMITS, type ReadLimits } from "../../src/workbook/xlsxLimits";
import { readXlsx } from "../../src/workbook/xlsxRead";
import {
  bytesOfPackage,
  packageOf,
  setDeclaredSize,
  workbookEntries,
  worksheetXml,
  zipOf,
} from "../helpers/xlsxPackage";

const limits = (changes: Partial<ReadLimits>): ReadLimits => ({ ...DEFAULT_LIMITS, ...changes });

async function oneSheet(body: string, name = "Budget"): Promise<Uint8Array> {
  return bytesOfPackage(packageOf([{ name, body }]));
}

function failure(kind: string, message: string) {
  return { ok: false, error: { kind, message } };
}

/** A one-sheet workbook whose sheet XML is given deflated (for sheets too large to build as text). */
function withDeflatedSheet(deflated: Uint8Array, size: number): Uint8Array {
  return zipOf([...workbookEntries(), { name: "xl/worksheets/sheet1.xml", bytes: deflated, deflated: true, size }]);
}

/** The sheet XML made of `head`, `count` copies of `row`, and the closing tags, deflated as it streams. */
async function deflatedSheet(row: string, count: number): Promise<{ bytes: Uint8Array; size: number }> {
  const deflater = zlib.createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflater.on("data", (chunk: Buffer) => out.push(chunk));
  const done = new Promise((resolve) => deflater.on("end", resolve));
  const [head, tail] = worksheetXml({ body: "\u0000" }).split("\u0000");
  const block = Buffer.from(row.repeat(100_000));
  let size = head.length + tail.length;
  deflater.write(head);
  for (let i = 0; i < count / 100_000; i++) {
    if (!deflater.write(block)) await new Promise((resolve) => deflater.once("drain", resolve));
    size += block.length;
  }
  deflater.end(tail);
  await done;
  return { bytes: new Uint8Array(Buffer.concat(out)), size };
}

describe("limits checked before parsing", () => {
  it("a file larger than the limit", async () => {
    const bytes = await oneSheet('<row r="1"><c r="A1"><v>1</v></c></row>');
    expect(await readXlsx(bytes, { limits: limits({ fileBytes: 1000 }) })).toEqual(
      failure("too-large", readStrings.fileTooLarge(bytes.length, 1000))
    );
  });

  it("a zip directory with more entries than the limit", async () => {
    const zip = packageOf([{ name: "Budget", body: "" }]);
    for (let i = 0; i < 20; i++) zip.file(`xl/media/image${i}.png`, "x");
    const bytes = await bytesOfPackage(zip);
    const entries = Object.keys(zip.files).length; // JSZip lists the folders too
    expect(entries).toBeGreaterThan(25);
    expect(await readXlsx(bytes, { limits: limits({ zipEntries: 10 }) })).toEqual(
      failure("too-large", readStrings.tooManyEntries(entries, 10))
    );
  });

  it("a zip bomb: a directory stating more than the limit uncompressed", async () => {
    const bytes = setDeclaredSize(await oneSheet(""), "xl/worksheets/sheet1.xml", 0xfffffff0);
    expect(await readXlsx(bytes)).toEqual(
      failure("too-large", readStrings.unpacksTooLarge(DEFAULT_LIMITS.uncompressedBytes))
    );
  });

  it("an entry that inflates to more than its directory states", async () => {
    const bytes = setDeclaredSize(
      await oneSheet('<row r="1"><c r="A1"><v>1</v></c></row>'),
      "xl/worksheets/sheet1.xml",
      100
    );
    expect(await readXlsx(bytes)).toEqual(failure("too-large", readStrings.partOverrun("xl/worksheets/sheet1.xml")));
  });
});

describe("limits while reading", () => {
  const rows = (count: number) =>
    Array.from({ length: count }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join("");

  it("more cells in a sheet than the limit, named with the sheet", async () => {
    expect(await readXlsx(await oneSheet(rows(101)), { limits: limits({ cellsPerSheet: 100 }) })).toEqual(
      failure("too-large", readStrings.tooManyCells("Budget", 100))
    );
  });

  it("more cells in the workbook than the limit", async () => {
    const bytes = await bytesOfPackage(
      packageOf([
        { name: "A", body: rows(60) },
        { name: "B", body: rows(60) },
      ])
    );
    expect(await readXlsx(bytes, { limits: limits({ cells: 100 }) })).toEqual(
      failure("too-large", readStrings.tooManyCellsTotal(100))
    );
  });

  it("more merged areas than the limit", async () => {
    const merges = Array.from({ length: 11 }, (_, i) => `<mergeCell ref="A${i + 1}:B${i + 1}"/>`).join("");
    const body = `</sheetData><mergeCells>${merges}</mergeCells><sheetData>`;
    expect(await readXlsx(await oneSheet(body), { limits: limits({ mergesPerSheet: 10 }) })).toEqual(
      failure("too-large", readStrings.tooManyMerges("Budget", 10))
    );
  });

  it("a cell beyond XFD1048576", async () => {
    expect(await readXlsx(await oneSheet('<row r="1"><c r="XFE1"><v>1</v></c></row>'))).toEqual(
      failure("too-large", readStrings.beyondLastCell("Budget"))
    );
  });

  it("a text of more than 8 MB without a tag", async () => {
    const body = `<row r="1"><c r="A1" t="str"><v>${"x".repeat(9 * 1024 * 1024)}</v></c></row>`;
    expect(await readXlsx(await oneSheet(body), { inflate: zlibInflater })).toEqual(
      failure("too-large", readStrings.tokenTooLong("Budget"))
    );
  });

  it("a sheet of 30 million empty rows stops at Excel's last row, streamed", async () => {
    const sheet = await deflatedSheet("<row/>", 30_000_000);
    expect(sheet.bytes.length).toBeLessThan(1024 * 1024);
    expect(await readXlsx(withDeflatedSheet(sheet.bytes, sheet.size), { inflate: zlibInflater })).toEqual(
      failure("too-large", readStrings.beyondLastRow("Blad1"))
    );
  }, 60_000);
});

describe("hostile shapes read without building what they do not hold", () => {
  it("a merge over the whole sheet lists the area and leaves the one cell", async () => {
    const body =
      '<row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells><sheetData>';
    expect(await readXlsx(await oneSheet(body))).toEqual({
      ok: true,
      grids: [
        {
          name: "Budget",
          rows: [[{ value: { type: "number", value: 1 } }]],
          merges: [{ top: 1, left: 1, bottom: 1_048_576, right: 16_384 }],
        },
      ],
    });
  });

  it("a merge drops the cells it covers, but its top-left one", async () => {
    const body =
      '<row r="2"><c r="B2"><v>1</v></c><c r="C2"><v>2</v></c></row><row r="3"><c r="B3"><v>3</v></c><c r="D3"><v>4</v></c></row>' +
      '</sheetData><mergeCells><mergeCell ref="B2:C3"/></mergeCells><sheetData>';
    const result = await readXlsx(await oneSheet(body));
    expect(result.ok && result.grids[0].rows).toEqual([
      [],
      [undefined, { value: { type: "number", value: 1 } }],
      [undefined, undefined, undefined, { value: { type: "number", value: 4 } }],
    ]);
  });

  it("a stray cell in XFD1048576 keeps the Grid sparse", async () => {
    const body = '<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row>';
    const result = await readXlsx(await oneSheet(body));
    if (!result.ok) throw new Error(result.error.message);
    const rows = result.grids[0].rows;
    expect(rows).toHaveLength(1_048_576);
    expect(rows[1_048_575][16_383]).toEqual({ value: { type: "number", value: 2 } });
    // Every row between is one shared empty row, and the last row holds one entry, not 16 384.
    expect(new Set(rows.slice(1, -1)).size).toBe(1);
    expect(rows[500_000]).toEqual([]);
    expect(Object.keys(rows[1_048_575])).toEqual(["16383"]);
  });

  it("a million empty rows, each written out, stream to an empty sheet", async () => {
    const sheet = await deflatedSheet('<row r="1" spans="1:1"/>', 1_000_000);
    const result = await readXlsx(withDeflatedSheet(sheet.bytes, sheet.size), { inflate: zlibInflater });
    expect(result).toEqual({ ok: true, grids: [{ name: "Blad1", rows: [], merges: [] }] });
  }, 60_000);
});

describe("damaged bytes", () => {
  it("never make the reader throw: every damaged copy of a workbook reads or gets a message", async () => {
    const fc = await import("fast-check");
    const body = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><f>SUM(B2:B3)</f><v>3</v></c></row>';
    const bytes = await bytesOfPackage(packageOf([{ name: "Budget", body }], { sharedStrings: ["<t>Summa</t>"] }));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.nat(bytes.length),
        async (flips, cut) => {
          const damaged = bytes.slice(0, Math.max(cut, 4));
          for (const [at, value] of flips) if (at < damaged.length) damaged[at] = value;
          const result = await readXlsx(damaged, { inflate: zlibInflater });
          return result.ok ? Array.isArray(result.grids) : typeof result.error.message === "string";
        }
      ),
      { numRuns: 200 }
    );
  });
});
