// Where everything goes on the prognosis sheet: which source rows it repeats, at which of its
// own rows, what each Summa adds up, and the rows of the assumptions and summary blocks.
import type { BudgetRow, BudgetTable } from "../table";
import { LINE_ROLES, rateClassOf, type Assumptions, type RateClass, type RowAssumption } from "./assumptions";

/** A source row as the prognosis repeats it. */
export interface BodyRow {
  source: BudgetRow;
  /** Row on the prognosis sheet. */
  row: number;
  kind: "heading" | "line" | "sum";
  /** For sums: prognosis-sheet rows added up. */
  parts: number[];
  side: "income" | "cost" | "other";
  /** For lines: how the line grows and the user's overrides. */
  assumption?: RowAssumption;
}

export interface Layout {
  /** Columns: labels, base period, one per prognosis year, then the per-row override columns. */
  col: { label: number; base: number; years: number[]; rate: number; fixed: number; end: number; last: number };
  titleRow: number;
  hintRow: number;
  /** The add-in's marker line (src/domain/addinSheets.ts). */
  markerRow: number;
  assumptionsHeadingRow: number;
  rateRows: Record<Exclude<RateClass, "flat">, number>;
  equityStartRow: number;
  noteRows: number[];
  headerRow: number;
  body: BodyRow[];
  summaryHeadingRow: number;
  incomeRow: number;
  costRow: number;
  resultRow: number;
  equityInRow: number;
  equityOutRow: number;
  /** Absent when the table names no medlemsbidrag to relate the eget kapital to. */
  shareRow?: number;
  deficitRow: number;
  lastRow: number;
  /** Prognosis-sheet rows whose sum is the total income / total cost (sign -1 where costs are negative). */
  incomeTerms: number[];
  costTerms: number[];
  costSign: 1 | -1;
  /** Lines that are medlemsbidrag, for the eget kapital share. */
  contributionRows: number[];
}

/** Roles the summary block recomputes, and notes: not repeated in the body. */
const SKIPPED_ROLES: ReadonlySet<BudgetRow["role"]> = new Set([
  "result",
  "equity-in",
  "equity-out",
  "equity-use",
  "balance",
  "note",
  "column-total",
]);
const SUM_ROLES: ReadonlySet<BudgetRow["role"]> = new Set(["subtotal", "total-income", "total-cost"]);

function sideOf(row: BudgetRow): BodyRow["side"] {
  if (row.side === "income" || row.role === "member" || row.role === "total-income") return "income";
  if (row.side === "cost" || row.role === "total-cost") return "cost";
  if (row.side) return "other";
  return rateClassOf(row) === "income" || rateClassOf(row) === "flat" ? "income" : "cost";
}

/** The body: every source row the prognosis repeats, numbered from `firstRow`. */
function planBody(table: BudgetTable, assumptions: Assumptions, firstRow: number): BodyRow[] {
  const kept = table.rows.filter((r) => !SKIPPED_ROLES.has(r.role));
  const rowOf = new Map<number, number>();
  kept.forEach((r, i) => rowOf.set(r.row, firstRow + i));
  const byRow = new Map(assumptions.rows.map((a) => [a.row, a]));
  const body: BodyRow[] = kept.map((source, i) => {
    const parts = (source.parts ?? []).map((p) => rowOf.get(p)).filter((p): p is number => p !== undefined);
    const isSum = SUM_ROLES.has(source.role) && parts.length > 0;
    const isLine = LINE_ROLES.has(source.role) || (source.role === "subtotal" && !isSum);
    const kind: BodyRow["kind"] = isSum ? "sum" : isLine ? "line" : "heading";
    const row: BodyRow = { source, row: firstRow + i, kind, parts: isSum ? parts : [], side: sideOf(source) };
    if (kind === "line") row.assumption = byRow.get(source.row) ?? { row: source.row, rateClass: rateClassOf(source) };
    return row;
  });
  deriveTotalParts(body);
  return body;
}

/** A total without parts adds up the top-level rows of its side above it. */
function deriveTotalParts(body: BodyRow[]): void {
  body.forEach((b, i) => {
    if (b.kind !== "heading" || (b.source.role !== "total-income" && b.source.role !== "total-cost")) return;
    const above = topLevel(body.slice(0, i)).filter((t) => t.side === b.side);
    if (above.length === 0) return;
    b.kind = "sum";
    b.parts = above.map((t) => t.row);
  });
}

/** Rows with figures that no Summa includes. */
function topLevel(body: BodyRow[]): BodyRow[] {
  const counted = new Set(body.flatMap((b) => b.parts));
  return body.filter((b) => b.kind !== "heading" && !counted.has(b.row));
}

/** The terms of a side's total: its total row if it has one, else its top-level rows. */
function totalTerms(body: BodyRow[], side: "income" | "cost"): number[] {
  const role = side === "income" ? "total-income" : "total-cost";
  const total = body.filter((b) => b.kind === "sum" && b.source.role === role);
  if (total.length > 0) return [total[total.length - 1].row];
  return topLevel(body)
    .filter((b) => b.side === side)
    .map((b) => b.row);
}

export function planLayout(table: BudgetTable, assumptions: Assumptions, notes: number): Layout {
  const n = assumptions.years.length;
  const years = Array.from({ length: n }, (_, i) => 3 + i);
  const col = { label: 1, base: 2, years, rate: 3 + n, fixed: 4 + n, end: 5 + n, last: 5 + n };
  const noteRows = Array.from({ length: notes }, (_, i) => 9 + i);
  const headerRow = 9 + notes + 1;
  const body = planBody(table, assumptions, headerRow + 1);
  const afterBody = headerRow + body.length + 2;
  const contributionRows = body.filter((b) => b.assumption?.rateClass === "income").map((b) => b.row);
  const costRows = body.filter((b) => b.side === "cost" && b.kind !== "heading");
  const costSign: 1 | -1 = costRows.length > 0 && costRows.every((b) => b.source.sign === -1) ? -1 : 1;
  const rows = {
    summaryHeadingRow: afterBody,
    incomeRow: afterBody + 1,
    costRow: afterBody + 2,
    resultRow: afterBody + 3,
    equityInRow: afterBody + 4,
    equityOutRow: afterBody + 5,
  };
  const shareRow = contributionRows.length > 0 ? afterBody + 6 : undefined;
  const deficitRow = afterBody + (shareRow ? 7 : 6);
  return {
    col,
    titleRow: 1,
    hintRow: 2,
    markerRow: 3,
    assumptionsHeadingRow: 4,
    rateRows: { income: 5, wage: 6, price: 7 },
    equityStartRow: 8,
    noteRows,
    headerRow,
    body,
    ...rows,
    ...(shareRow ? { shareRow } : {}),
    deficitRow,
    lastRow: deficitRow,
    incomeTerms: totalTerms(body, "income"),
    costTerms: totalTerms(body, "cost"),
    costSign,
    contributionRows,
  };
}
