// Compares the Grids of the reader (src/workbook/xlsxRead.ts) with those of the former ExcelJS path
// (tests/helpers/exceljsReader.ts), cell by cell, and names each difference.
import type { Cell, Grid } from "../../src/domain/grid";

export interface GridDifference {
  sheet: string;
  where: string;
  kind: string;
  reader: unknown;
  exceljs: unknown;
}

/** ExcelJS drops the backslash escapes of a custom number format ("\(#,##0\)" → "(#,##0)"). */
function withoutEscapes(format: string | undefined): string | undefined {
  return format?.replace(/\\(.)/g, "$1");
}

/** Why two cells differ; undefined when they are the same. */
export function cellDifference(reader: Cell | undefined, exceljs: Cell | undefined): string | undefined {
  const a = JSON.stringify(reader ?? null);
  const b = JSON.stringify(exceljs ?? null);
  if (a === b) return undefined;
  if (reader && exceljs) {
    const unescaped = { ...reader, numberFormat: withoutEscapes(reader.numberFormat) };
    if (reader.numberFormat === undefined) delete unescaped.numberFormat;
    if (JSON.stringify(unescaped) === b) return "number format escapes (ExcelJS strips the backslashes)";
    const v = exceljs.value;
    if (v.type === "number" && Number.isNaN(v.value) && reader.value.type !== "number") {
      return "text or error cached in a date-formatted cell (ExcelJS makes it NaN)";
    }
  }
  return "other";
}

export function gridDifferences(reader: Grid[], exceljs: Grid[]): GridDifference[] {
  const out: GridDifference[] = [];
  const names = (grids: Grid[]) => grids.map((g) => g.name);
  if (JSON.stringify(names(reader)) !== JSON.stringify(names(exceljs))) {
    out.push({ sheet: "", where: "sheets", kind: "sheet list", reader: names(reader), exceljs: names(exceljs) });
  }
  for (const grid of reader) {
    const other = exceljs.find((g) => g.name === grid.name);
    if (!other) continue;
    for (const key of ["hidden", "protected", "hiddenRows", "hiddenColumns", "merges"] as const) {
      if (JSON.stringify(grid[key]) !== JSON.stringify(other[key])) {
        out.push({ sheet: grid.name, where: key, kind: key, reader: grid[key], exceljs: other[key] });
      }
    }
    const rows = Math.max(grid.rows.length, other.rows.length);
    for (let r = 0; r < rows; r++) {
      const columns = Math.max(grid.rows[r]?.length ?? 0, other.rows[r]?.length ?? 0);
      for (let c = 0; c < columns; c++) {
        const kind = cellDifference(grid.rows[r]?.[c], other.rows[r]?.[c]);
        if (kind) {
          const where = `R${r + 1}C${c + 1}`;
          out.push({ sheet: grid.name, where, kind, reader: grid.rows[r]?.[c], exceljs: other.rows[r]?.[c] });
        }
      }
    }
    if (grid.rows.length !== other.rows.length) {
      out.push({
        sheet: grid.name,
        where: "rows",
        kind: "row count",
        reader: grid.rows.length,
        exceljs: other.rows.length,
      });
    }
  }
  return out;
}
