// Grid → BudgetTable[]: find the tables of a sheet, their periods and unit, the role of each
// row and the rows each sum sums, and how sure we are that each one is a budget.
import { userGrids } from "./addinSheets";
import { cellText, columnLetter, rangeAddress, type Grid } from "./grid";
import type { BudgetTable, Overrides, Period, TableKind } from "./table";
import { columnBands, findBlocks, type Block } from "./recognize/blocks";
import { judge, RECOGNITION_THRESHOLD } from "./recognize/confidence";
import { layoutOf, type Layout } from "./recognize/periods";
import { assignRoles, assignSigns, readRows, type WorkRow } from "./recognize/rows";
import { makeSheetView, type SheetView } from "./recognize/sheet";
import { assignStructure } from "./recognize/structure";
import { recognizeStrings } from "./strings";

export { RECOGNITION_THRESHOLD } from "./recognize/confidence";

/** Every budget table of a workbook: the tables above the recognition threshold, sheet by sheet; the add-in's own sheets left out. */
export function recognizeWorkbook(grids: Grid[], overrides?: Overrides): BudgetTable[] {
  return userGrids(grids).flatMap((g) => recognizeSheet(g, overrides));
}

/** The budget tables of one sheet. */
export function recognizeSheet(grid: Grid, overrides?: Overrides): BudgetTable[] {
  return recognizeCandidates(grid, overrides).filter((t) => t.confidence > RECOGNITION_THRESHOLD);
}

/** Every block that could be a table, budget or not, with its confidence and reasons. */
export function recognizeCandidates(grid: Grid, overrides?: Overrides): BudgetTable[] {
  const view = makeSheetView(grid);
  const tables: BudgetTable[] = [];
  for (const band of columnBands(view)) {
    for (const block of findBlocks(view, band.left, band.right)) {
      const table = tableOf(view, block, overrides);
      if (table) tables.push(table);
    }
  }
  return tables;
}

function tableOf(view: SheetView, block: Block, overrides: Overrides | undefined): BudgetTable | undefined {
  const sheet = view.grid.name;
  const unitOverride = overrides?.units?.find((u) => u.sheet === sheet)?.unit;
  const layout = layoutOf(view, block, unitOverride);
  const overridden = applyPeriodOverrides(view, block, layout, overrides);
  const rows = readRows(view, block, layout);
  if (rows.length === 0) return undefined;
  assignRoles(rows);
  applyRoleOverrides(sheet, rows, overrides);
  assignStructure(rows, layout.unit);
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
    rows: rows.map((w) => w.row),
    confidence: overridden ? Math.max(verdict.confidence, RECOGNITION_THRESHOLD + 0.01) : verdict.confidence,
    reasons: verdict.reasons,
  };
  if (layout.title) table.title = layout.title.replace(/<\/?[biu]>|\*\*/gi, "").trim();
  if (layout.totalColumn !== undefined) table.totalColumn = layout.totalColumn;
  return table;
}

function rowLabel(view: SheetView, row: number): string {
  for (let c = 1; c <= view.columns; c++) if (view.kind(row, c) === "text") return view.text(row, c);
  return "";
}

function rangeOf(block: Block, layout: Layout, rows: WorkRow[]): string {
  const top = Math.min(...block.headerRows, ...rows.map((w) => w.row.row));
  const bottom = Math.max(...rows.map((w) => w.row.row));
  const columns = [...layout.periods.map((p) => p.column), ...(layout.totalColumn ? [layout.totalColumn] : [])];
  const right = columns.length ? Math.max(...columns) : layout.labelColumn;
  return rangeAddress({ top, bottom, left: Math.min(...layout.labelColumns), right });
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

function applySumOverrides(sheet: string, rows: WorkRow[], overrides: Overrides | undefined): void {
  for (const o of overrides?.sums ?? []) {
    if (o.sheet !== sheet) continue;
    const w = rows.find((x) => x.row.row === o.row);
    if (!w) continue;
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
