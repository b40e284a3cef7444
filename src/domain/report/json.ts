// The CLI's JSON contract (DESIGN.md): files[] with tables and findings. Change it only by adding.
// Each table says whether it is a budget ("kind": "budget", with the Finsam kind in "budgetKind")
// or another table of the workbook ("kind": "table"), and lists every aggregation it accepted, one
// entry per total cell, in A1 on its sheet.
import type { BudgetTable } from "../table";
import type { Finding } from "../finding";
import { columnLetter, rangeAddress } from "../grid";
import { arithmeticOf } from "../checks/arithmetic";
import { generalArithmetic } from "../checks/generalFindings";
import type { AggregationCells, FigureTable } from "../tables";
import { cellsAt } from "../tables/cells";
import { listed, type Arithmetic } from "../tables/judge";

export interface TableJson {
  sheet: string;
  range: string;
  unit: string;
  confidence: number;
  /** "budget" for a recognised budget table, "table" for any other table with an aggregation. */
  kind: string;
  /** A budget's kind: budget, members, balance, result or plan (what "kind" held before "table" came). */
  budgetKind?: string;
  title?: string;
  periods: { column: string; header: string; year: number; kind: string }[];
  rows: { row: number; label: string; role: string; member?: string; parts?: number[] }[];
  reasons: string[];
  aggregations: AggregationCells[];
}

export interface FileJson {
  file: string;
  error?: string;
  /** False when no budget table was found: nothing was checked (which is not a pass). Absent when unreadable. */
  checked?: boolean;
  /** The Kontrollrapport's fingerprint of the checked figures (README, "Fingeravtryck"). */
  fingerprint?: { algorithm: "SHA-256"; digest: string; figures: number };
  sheets?: { name: string; range: string | null; hidden: boolean }[];
  tables: TableJson[];
  findings: Finding[];
}

/** Every aggregation at every cell where it holds, or where its mismatch is reported. */
function aggregationsOf(arithmetic: Arithmetic): AggregationCells[] {
  return listed(arithmetic).map((i) => cellsAt(arithmetic.table, i.aggregation, i.series));
}

export function tableToJson(table: BudgetTable): TableJson {
  return {
    sheet: table.sheet,
    range: table.range,
    unit: table.unit,
    confidence: Math.round(table.confidence * 100) / 100,
    kind: "budget",
    budgetKind: table.kind,
    ...(table.title ? { title: table.title } : {}),
    periods: table.periods.map((p) => ({
      column: columnLetter(p.column),
      header: p.header,
      year: p.year,
      kind: p.kind,
    })),
    rows: table.rows.map((r) => ({
      row: r.row,
      label: r.label,
      role: r.role,
      ...(r.member ? { member: r.member } : {}),
      ...(r.parts ? { parts: r.parts } : {}),
    })),
    reasons: table.reasons,
    aggregations: aggregationsOf(arithmeticOf(table)),
  };
}

/** A table that is no budget, with the aggregations the general layer accepted in it. */
export function otherTableToJson(table: FigureTable): TableJson {
  const arithmetic = generalArithmetic(table);
  const totals = new Map<number, number[]>();
  for (const a of arithmetic.aggregations) {
    if (a.axis === "rows" && a.kind === "sum" && !totals.has(a.total))
      totals.set(
        a.total,
        a.parts.map((p) => table.lines[p].row)
      );
  }
  const rows = table.lines.map((l) => l.row);
  const columns = table.columns.map((c) => c.column);
  return {
    sheet: table.sheet,
    range: rangeAddress({
      top: rows[0] ?? 1,
      bottom: rows[rows.length - 1] ?? 1,
      left: columns[0] ?? 1,
      right: columns[columns.length - 1] ?? 1,
    }),
    unit: "",
    confidence: 0,
    kind: "table",
    periods: [],
    rows: table.lines.map((l, i) => ({
      row: l.row,
      label: l.label,
      role: totals.has(i) ? "subtotal" : l.marks.heading ? "section" : "item",
      ...(totals.has(i) ? { parts: totals.get(i) } : {}),
    })),
    reasons: [],
    aggregations: aggregationsOf(arithmetic),
  };
}

/** Findings as the contract has them: no undefined keys, fix and data kept when present. */
export function findingToJson(finding: Finding): Finding {
  return JSON.parse(JSON.stringify(finding)) as Finding;
}

export function filesToJson(files: FileJson[]): string {
  return JSON.stringify({ files }, null, 2);
}
