// Grid → BudgetTable[]: find the tables of a sheet, their periods and unit, the role of each
// row and the rows each sum sums, and how sure we are that each one is a budget.
import { budgetGrids } from "./addinSheets";
import { cellText, columnLetter, rangeAddress, type Grid } from "./grid";
import type { BudgetTable, Overrides, Period, TableKind } from "./table";
import type { SheetAggregation } from "./tables";
import { columnBands, findBlocks, type Block } from "./recognize/blocks";
import { judge, RECOGNITION_THRESHOLD } from "./recognize/confidence";
import { layoutOf, type Layout } from "./recognize/periods";
import { assignRoles, assignSigns, readRows, type WorkRow } from "./recognize/rows";
import { makeSheetView, type SheetView } from "./recognize/sheet";
import { membersSayKronor, printedDecimals, sheetUnit } from "./recognize/units";
import { assignStructure } from "./recognize/structure";
import { recognizeStrings } from "./strings";

export { RECOGNITION_THRESHOLD } from "./recognize/confidence";

/** Every budget table of a workbook: the tables above the recognition threshold, sheet by sheet; the add-in's own sheets left out. */
export function recognizeWorkbook(grids: Grid[], overrides?: Overrides): BudgetTable[] {
  return budgetGrids(grids).flatMap((g) => recognizeSheet(g, overrides));
}

/** The budget tables of one sheet. */
export function recognizeSheet(grid: Grid, overrides?: Overrides): BudgetTable[] {
  return recognizeCandidates(grid, overrides).filter((t) => t.confidence > RECOGNITION_THRESHOLD);
}

/** Every block that could be a table, budget or not, with its confidence and reasons. */
export function recognizeCandidates(grid: Grid, overrides?: Overrides): BudgetTable[] {
  const view = makeSheetView(grid);
  const drafts: Draft[] = [];
  for (const band of columnBands(view)) {
    for (const block of findBlocks(view, band.left, band.right)) {
      const draft = draftOf(view, block, overrides);
      if (draft) drafts.push(draft);
    }
  }
  completeUnits(view, drafts);
  return drafts.map((d) => tableOf(view, d, overrides));
}

/** A table before its sums and confidence: its columns, its rows with their roles, its unit so far. */
interface Draft {
  block: Block;
  layout: Layout;
  rows: WorkRow[];
  overridden: boolean;
}

function draftOf(view: SheetView, block: Block, overrides: Overrides | undefined): Draft | undefined {
  const sheet = view.grid.name;
  const unitOverride = overrides?.units?.find((u) => u.sheet === sheet)?.unit;
  const layout = layoutOf(view, block, unitOverride);
  const overridden = applyPeriodOverrides(view, block, layout, overrides);
  const rows = readRows(view, block, layout);
  if (rows.length === 0) return undefined;
  assignRoles(rows);
  applyRoleOverrides(sheet, rows, overrides);
  return { block, layout, rows, overridden };
}

/**
 * Units the tables do not state: kronor where the members' figures say so; else the unit the
 * sheet's other tables agree on; else unknown.
 */
function completeUnits(view: SheetView, drafts: Draft[]): void {
  for (const { layout, rows } of drafts) {
    if (layout.unitSource !== "none") continue;
    if (membersSayKronor(rows.filter((w) => w.row.role === "member").map((w) => w.row))) {
      layout.unit = "kr";
      layout.unitSource = "members";
    }
  }
  const shared = sheetUnit(drafts.map((d) => ({ unit: d.layout.unit, unitSource: d.layout.unitSource })));
  for (const { layout } of drafts) {
    if (layout.unitSource !== "none" || !shared) continue;
    layout.unit = shared;
    layout.unitSource = "sheet";
  }
  for (const d of drafts)
    d.layout.decimals = printedDecimals(
      view,
      d.rows.map((w) => w.row),
      columnsOf(d.layout)
    );
}

function columnsOf(layout: Layout): number[] {
  return layout.periods.map((p) => p.column);
}

function tableOf(view: SheetView, draft: Draft, overrides: Overrides | undefined): BudgetTable {
  const { block, layout, rows, overridden } = draft;
  const sheet = view.grid.name;
  // Exact in kronor only where kronor is stated or read from the figures (members, the sheet).
  const kronor = layout.unit === "kr" && layout.unitSource !== "none";
  const { aggregations, otherColumns } = assignStructure(rows, view, layout, kronor);
  assignSigns(rows);
  applySumOverrides(sheet, rows, overrides);
  const titles = [...block.titleRows, ...block.headerRows].map((r) => rowLabel(view, r)).filter((t) => t !== "");
  const verdict = judge(rows, layout, titles, layout.unit);
  if (overridden) verdict.reasons.push(recognizeStrings.overridden);
  const table: BudgetTable = {
    sheet,
    range: rangeOf(block, layout, rows),
    kind: kindOf(rows, layout, titles),
    labelColumn: layout.labelColumn,
    periods: layout.periods,
    unit: layout.unit,
    unitSource: layout.unitSource,
    rows: rows.map((w) => w.row),
    confidence: overridden ? Math.max(verdict.confidence, RECOGNITION_THRESHOLD + 0.01) : verdict.confidence,
    reasons: verdict.reasons,
  };
  if (layout.title) table.title = layout.title.replace(/<\/?[biu]>|\*\*/gi, "").trim();
  if (layout.totalColumn !== undefined) table.totalColumn = layout.totalColumn;
  if (layout.varianceColumns.length) table.varianceColumns = layout.varianceColumns;
  if (layout.noteColumn !== undefined) table.noteColumn = layout.noteColumn;
  if (layout.decimals !== undefined) table.decimals = layout.decimals;
  table.aggregations = withOverrides(sheet, aggregations, overrides);
  if (otherColumns.length) table.otherColumns = otherColumns;
  return table;
}

function rowLabel(view: SheetView, row: number): string {
  for (const c of view.cellsOf(row)) if (view.kind(row, c) === "text") return view.text(row, c);
  return "";
}

/** Smallest and largest of a list, in one pass (no spread: a table may have 150 000 rows). */
function bounds(values: Iterable<number>): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}

function rangeOf(block: Block, layout: Layout, rows: WorkRow[]): string {
  const sheetRows = bounds(rows.map((w) => w.row.row));
  const top = Math.min(bounds(block.headerRows).min, sheetRows.min);
  const columns = [
    ...layout.periods.map((p) => p.column),
    ...(layout.totalColumn ? [layout.totalColumn] : []),
    ...(layout.periods.length ? layout.varianceColumns.map((v) => v.column) : []),
  ];
  const right = columns.length ? bounds(columns).max : layout.labelColumn;
  return rangeAddress({ top, bottom: sheetRows.max, left: bounds(layout.labelColumns).min, right });
}

function kindOf(rows: WorkRow[], layout: Layout, titles: string[]): TableKind {
  const text = [...titles, layout.title ?? ""].join(" ").toLowerCase();
  const roles = rows.map((w) => w.row.role);
  if (/balansbudget|balansräkning/.test(text) || rows.some((w) => w.row.side === "assets")) return "balance";
  if (/resultatbudget|resultaträkning/.test(text) || rows.some((w) => /^verksamhetens nettokostnader/.test(w.name.key)))
    return "result";
  const members = roles.filter((r) => r === "member").length;
  if (members >= 2 && !rows.some((w) => w.row.side === "cost")) return "members";
  if (new Set(layout.periods.map((p) => p.year)).size >= 2) return "plan";
  return "budget";
}

function applyPeriodOverrides(
  view: SheetView,
  block: Block,
  layout: Layout,
  overrides: Overrides | undefined
): boolean {
  const mine = (overrides?.periods ?? []).filter(
    (p) => p.sheet === view.grid.name && p.column > layout.labelColumn && p.column <= block.right
  );
  for (const o of mine) {
    const header = block.headerRows
      .map((r) => cellText(view.cell(r, o.column)))
      .filter((t) => t)
      .join(" ");
    const existing = layout.periods.find((p) => p.column === o.column);
    const period: Period = {
      column: o.column,
      header: header || columnLetter(o.column),
      year: o.year,
      kind: o.kind ?? existing?.kind ?? "budget",
    };
    layout.periods = [...layout.periods.filter((p) => p.column !== o.column), period].sort(
      (a, b) => a.column - b.column
    );
    layout.ignoredColumns = layout.ignoredColumns.filter((c) => c !== o.column);
    if (layout.totalColumn === o.column) delete layout.totalColumn;
    layout.yearSource = "header";
  }
  return mine.length > 0;
}

function applyRoleOverrides(sheet: string, rows: WorkRow[], overrides: Overrides | undefined): void {
  for (const o of overrides?.roles ?? []) {
    if (o.sheet !== sheet) continue;
    const w = rows.find((x) => x.row.row === o.row);
    if (!w) continue;
    w.row.role = o.role;
    if (o.member) w.row.member = o.member;
    else delete w.row.member;
    if (o.role === "member") w.row.side = "income";
    const summing = o.role === "subtotal" || o.role === "total-income" || o.role === "total-cost";
    if (summing && !w.meaning.sum) w.meaning = { ...w.meaning, sum: { target: "" } };
    if (!summing && w.meaning.sum && o.role !== "balance" && o.role !== "equity-out") {
      const { sum: _dropped, ...rest } = w.meaning;
      w.meaning = rest;
    }
    if (o.role !== "member" && o.role !== "balance")
      w.meaning = { ...w.meaning, role: summing ? o.role : w.meaning.role };
  }
}

/** The accepted aggregations, with the user's sums in place of the first sum of the rows they correct. */
function withOverrides(
  sheet: string,
  aggregations: SheetAggregation[],
  overrides: Overrides | undefined
): SheetAggregation[] {
  const mine = new Map((overrides?.sums ?? []).filter((o) => o.sheet === sheet).map((o) => [o.row, o.parts]));
  const done = new Set<number>();
  const out: SheetAggregation[] = [];
  for (const a of aggregations) {
    const corrected = a.axis === "rows" && a.kind === "sum" && mine.has(a.total);
    if (!corrected) {
      out.push(a);
      continue;
    }
    if (done.has(a.total)) continue;
    done.add(a.total);
    const parts = mine.get(a.total);
    if (parts) out.push({ ...a, parts: [...parts], signs: parts.map(() => 1), basis: "given" });
  }
  for (const [row, parts] of mine) {
    if (!done.has(row) && parts)
      out.push({ axis: "rows", total: row, parts: [...parts], signs: parts.map(() => 1), kind: "sum", basis: "given" });
  }
  return out;
}

function applySumOverrides(sheet: string, rows: WorkRow[], overrides: Overrides | undefined): void {
  for (const o of overrides?.sums ?? []) {
    if (o.sheet !== sheet) continue;
    const w = rows.find((x) => x.row.row === o.row);
    if (!w) continue;
    delete w.row.signs;
    delete w.row.basis;
    if (o.parts === null) {
      delete w.row.parts;
      if (w.row.role === "subtotal" || w.row.role === "total-income" || w.row.role === "total-cost")
        w.row.role = "item";
    } else {
      w.row.parts = [...o.parts];
      if (w.row.role === "item" || w.row.role === "section") w.row.role = "subtotal";
    }
  }
}
