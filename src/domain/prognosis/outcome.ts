// The prognosis sheet computed: each formula's result as its cached value (so a viewer that does
// not recalculate shows figures, not empty cells), and per year the resultat, the eget kapital at
// the end and whether a deficit is covered, for the pane to state beside the form.
import Decimal from "decimal.js";
import { evaluateSheet, excelNumber } from "../formulaEval";
import { address, parseAddress, type Cell, type CellValue, type Grid } from "../grid";
import type { SheetSpec, SpecCell } from "../sheetspec";
import type { BudgetTable } from "../table";
import type { Assumptions } from "./assumptions";
import { buildPrognosisSheet, prognosisLayout, type PrognosisOptions } from "./sheet";

export interface PrognosisYear {
  year: number;
  /** Decimal strings in the table's unit, as the sheet computes them. */
  result?: string;
  equityOut?: string;
  /** A deficit the eget kapital does not cover (the sheet's red line). */
  uncovered: boolean;
}

export interface PrognosisOutcome {
  /** The sheet, every formula cell with its computed result. */
  spec: SheetSpec;
  /** The eget kapital the first prognosis year starts from, as the sheet computes it. */
  equityStart?: string;
  years: PrognosisYear[];
  firstUncovered?: number;
}

/** The cells a SheetSpec writes, as a Grid: literals as values, formulas not yet computed. */
export function specGrid(spec: SheetSpec): Grid {
  const rows: (Cell | undefined)[][] = [];
  for (const c of spec.cells) {
    const at = parseAddress(c.address);
    if (!at || (!c.formula && !c.value)) continue;
    const value: CellValue =
      c.value === undefined
        ? { type: "empty" }
        : c.value.type === "number"
          ? { type: "number", value: Number(c.value.value) }
          : c.value;
    while (rows.length < at.row) rows.push([]);
    rows[at.row - 1][at.column - 1] = { value, ...(c.formula ? { formula: c.formula } : {}) };
  }
  return { name: spec.name, rows, merges: [] };
}

function literal(value: CellValue): SpecCell["value"] {
  if (value.type === "number") return { type: "number", value: excelNumber(value.value) };
  if (value.type === "string" || value.type === "boolean") return value;
  return undefined; // an error or nothing: Excel computes it on opening
}

/** The spec with the computed result of each formula cell beside its formula. */
export function withCachedValues(spec: SheetSpec, grids: readonly Grid[]): SheetSpec {
  const computed = evaluateSheet(specGrid(spec), grids);
  const cells = spec.cells.map((c) => {
    const at = c.formula ? parseAddress(c.address) : undefined;
    const value = at && computed.get(`${at.row},${at.column}`);
    const cached = value ? literal(value) : undefined;
    return cached ? { ...c, value: cached } : c;
  });
  return { ...spec, cells };
}

function numberAt(spec: SheetSpec, row: number, column: number): string | undefined {
  const a1 = address(row, column);
  const v = spec.cells.find((c) => c.address === a1)?.value;
  return v?.type === "number" ? v.value : undefined;
}

/** The prognosis sheet with its cached results, and what it says year by year. */
export function evaluatedPrognosis(
  table: BudgetTable,
  assumptions: Assumptions,
  options: PrognosisOptions,
  grids: readonly Grid[]
): PrognosisOutcome {
  const spec = withCachedValues(buildPrognosisSheet(table, assumptions, options), grids);
  const layout = prognosisLayout(table, assumptions);
  const years = assumptions.years.map((year, i) => {
    const column = layout.col.years[i];
    const result = numberAt(spec, layout.resultRow, column);
    const equityOut = numberAt(spec, layout.equityOutRow, column);
    const uncovered =
      result !== undefined && equityOut !== undefined && new Decimal(result).lt(0) && new Decimal(equityOut).lt(0);
    return { year, result, equityOut, uncovered };
  });
  const equityStart = numberAt(spec, layout.equityStartRow, layout.col.years[0]);
  const firstUncovered = years.find((y) => y.uncovered)?.year;
  return {
    spec,
    ...(equityStart !== undefined ? { equityStart } : {}),
    years,
    ...(firstUncovered !== undefined ? { firstUncovered } : {}),
  };
}

/** The eget kapital the sheet starts its first year from, computing only what that cell reads. */
export function prognosisEquityStart(
  table: BudgetTable,
  assumptions: Assumptions,
  grids: readonly Grid[]
): string | undefined {
  const spec = buildPrognosisSheet(table, assumptions, { sourceSheet: table.sheet, date: "", existingNames: [] });
  const layout = prognosisLayout(table, assumptions);
  const at = { row: layout.equityStartRow, column: layout.col.years[0] };
  const value = evaluateSheet(specGrid(spec), grids, [at]).get(`${at.row},${at.column}`);
  return value?.type === "number" ? excelNumber(value.value) : undefined;
}
