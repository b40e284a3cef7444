// The seed fixtures: what each sheet holds, taken figure by figure from the seed documents,
// and the promise that the pasted and built variants share one layout.
import ExcelJS from "exceljs";
import { address, cellAt, type Cell, type Grid } from "../src/domain/grid";
import { loadFixtureGrids, writeFixtureXlsxToTemp } from "./helpers/fixture";
import { SEED_CELLS, SEED_SHEETS, type Expected } from "./fixtures/expected";

const SEEDS = Object.keys(SEED_SHEETS);

/** A figure as the documents write it ("2.059 000 kr", "- 618", "+ 329", "4516 tkr", "-"), for layout checks only. */
function documentNumber(text: string): number | undefined {
  const t = text
    .replace(/[\u00a0\u202f]/g, " ")
    .trim()
    .replace(/\s*(tkr|kr|ärenden)$/, "");
  if (t === "-") return 0;
  const m = /^([+\-–−]?)\s*(\d{1,3}(?:[ .]\d{3})+|\d+)$/.exec(t);
  if (!m) return undefined;
  const n = Number(m[2].replace(/[ .]/g, ""));
  return m[1] === "" || m[1] === "+" ? n : -n;
}

function figure(cell: Cell | undefined): number | undefined {
  if (!cell) return undefined;
  if (cell.value.type === "number") return cell.value.value;
  if (cell.value.type === "string") return documentNumber(cell.value.value);
  return undefined;
}

function eachCell(grid: Grid, visit: (row: number, column: number, cell: Cell) => void): void {
  grid.rows.forEach((line, r) => line?.forEach((cell, c) => cell && visit(r + 1, c + 1, cell)));
}

function sheet(grids: Grid[], name: string): Grid {
  const g = grids.find((x) => x.name === name);
  if (!g) throw new Error(`no sheet "${name}"`);
  return g;
}

describe.each(SEEDS)("seed %s", (seed) => {
  const pasted = loadFixtureGrids(`seed${seed}.pasted`);
  const built = loadFixtureGrids(`seed${seed}.built`);

  it("has the sheets of the document, in both variants", () => {
    expect(pasted.map((g) => g.name)).toEqual(SEED_SHEETS[seed]);
    expect(built.map((g) => g.name)).toEqual(SEED_SHEETS[seed]);
  });

  it.each(["pasted", "built"] as const)(
    "holds the document's figures and labels at the listed cells (%s)",
    (variant) => {
      const grids = variant === "pasted" ? pasted : built;
      const actual: Record<string, Expected> = {};
      const wanted = SEED_CELLS[seed][variant];
      for (const key of Object.keys(wanted)) {
        const [sheetName, a1] = key.split("!");
        const g = sheet(grids, sheetName);
        const m = /^([A-Z]+)(\d+)$/.exec(a1);
        if (!m) throw new Error(`bad address ${key}`);
        const col = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
        const cell = cellAt(g, Number(m[2]), col);
        const v = cell?.value;
        const value = v && v.type !== "empty" ? v.value : null;
        actual[key] = cell?.formula ? { value: value as number, formula: cell.formula } : (value as Expected);
      }
      expect(actual).toEqual(wanted);
    }
  );

  it("has the same layout in both variants: labels, bold, and every figure at the same address", () => {
    const mismatches: string[] = [];
    for (const g of built) {
      const p = sheet(pasted, g.name);
      expect(p.rows.length).toBe(g.rows.length);
      expect(p.merges).toEqual(g.merges);
      const width = Math.max(...g.rows.map((l) => l.length), ...p.rows.map((l) => l.length));
      for (let r = 1; r <= g.rows.length; r++) {
        for (let c = 1; c <= width; c++) {
          const b = cellAt(g, r, c);
          const q = cellAt(p, r, c);
          const at = `${g.name}!${address(r, c)}`;
          if ((b?.bold ?? false) !== (q?.bold ?? false)) mismatches.push(`${at}: bold`);
          if (q?.formula) mismatches.push(`${at}: a formula in the pasted variant`);
          const fb = b?.value.type === "number" ? b.value.value : undefined;
          if (fb !== undefined || figure(q) !== undefined) {
            if (figure(q) !== fb) mismatches.push(`${at}: pasted ${JSON.stringify(q?.value)} vs built ${fb}`);
          } else if (JSON.stringify(b?.value ?? null) !== JSON.stringify(q?.value ?? null)) {
            mismatches.push(`${at}: label ${JSON.stringify(q?.value)} vs ${JSON.stringify(b?.value)}`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("computes every formula of the built variant to a number", () => {
    const bad: string[] = [];
    let formulas = 0;
    for (const g of built) {
      eachCell(g, (r, c, cell) => {
        if (!cell.formula) return;
        formulas++;
        if (cell.value.type !== "number") bad.push(`${g.name}!${address(r, c)} ${cell.formula}`);
      });
    }
    expect(bad).toEqual([]);
    expect(formulas).toBeGreaterThan(0);
  });

  it.each(["pasted", "built"] as const)(
    "writes an .xlsx that ExcelJS reads back cell for cell (%s)",
    async (variant) => {
      const grids = variant === "pasted" ? pasted : built;
      const file = await writeFixtureXlsxToTemp(`seed${seed}.${variant}`);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      expect(wb.worksheets.map((w) => w.name)).toEqual(SEED_SHEETS[seed]);
      const differences: string[] = [];
      for (const g of grids) {
        const ws = wb.getWorksheet(g.name);
        if (!ws) throw new Error(`missing ${g.name}`);
        eachCell(g, (r, c, cell) => {
          const x = ws.getCell(r, c);
          const v = cell.value.type === "empty" ? null : cell.value.value;
          // ExcelJS drops a cached 0 from `value` ({ formula } alone); `result` keeps it.
          const read = cell.formula ? { formula: `=${x.formula}`, value: x.result } : { value: x.value };
          const want = cell.formula ? { formula: cell.formula, value: v } : { value: v };
          if (JSON.stringify(read) !== JSON.stringify(want) || (x.font?.bold ?? false) !== (cell.bold ?? false)) {
            differences.push(`${g.name}!${address(r, c)}: ${JSON.stringify(read)} vs ${JSON.stringify(want)}`);
          }
        });
        expect(ws.model.merges ?? []).toHaveLength(g.merges.length);
      }
      expect(differences).toEqual([]);
    }
  );
});
