// A compact, readable picture of recognised tables for exact assertions.
import { columnLetter, type Cell, type Grid } from "../../src/domain/grid";
import type { BudgetTable } from "../../src/domain/table";

export interface TableSummary {
  sheet: string;
  range: string;
  labelColumn: string;
  kind: string;
  unit: string;
  periods: string[];
  /** "row role" for every row, with "/side" and ":member" where set. */
  rows: string[];
  /** Sum row → the rows it sums. */
  parts: Record<number, number[]>;
  /** Sum row → its parts' signs, for the sums that subtract a part (a result of income minus costs). */
  signs?: Record<number, number[]>;
}

export function summarize(t: BudgetTable): TableSummary {
  const parts: Record<number, number[]> = {};
  const signs: Record<number, number[]> = {};
  for (const r of t.rows) if (r.parts) parts[r.row] = r.parts;
  for (const r of t.rows) if (r.signs) signs[r.row] = r.signs;
  return {
    sheet: t.sheet,
    range: t.range,
    labelColumn: columnLetter(t.labelColumn),
    kind: t.kind,
    unit: t.unit,
    periods: t.periods.map((p) => `${columnLetter(p.column)}:${p.year}:${p.kind}`),
    rows: t.rows.map((r) => `${r.row} ${r.role}${r.side ? "/" + r.side : ""}${r.member ? ":" + r.member : ""}`),
    parts,
    ...(Object.keys(signs).length ? { signs } : {}),
  };
}

/** A Grid from rows of plain values: numbers stay numbers, "=…" formulas keep the value after "|" ("=SUM(B2:B3)|30"). */
export function gridOf(name: string, rows: (string | number | null)[][], extra: Partial<Grid> = {}): Grid {
  const toCell = (v: string | number | null): Cell | undefined => {
    if (v === null || v === "") return undefined;
    if (typeof v === "number") return { value: { type: "number", value: v } };
    if (v.startsWith("**") && v.endsWith("**")) return { ...toCell(v.slice(2, -2))!, bold: true };
    if (v.startsWith("#")) return { value: { type: "error", value: v } };
    if (v.startsWith("=")) {
      const [formula, value] = v.split("|");
      return { value: { type: "number", value: Number(value) }, formula };
    }
    return { value: { type: "string", value: v } };
  };
  return { name, rows: rows.map((r) => r.map(toCell)), merges: [], ...extra };
}
