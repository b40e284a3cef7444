// One call from sheets to verdicts: the pipeline the CLI and the task pane share.
import type { Grid } from "./grid";
import { parseRange, rangeContains } from "./grid";
import type { BudgetTable, Overrides } from "./table";
import type { Finding, UserSettings } from "./finding";
import { budgetGrids } from "./addinSheets";
import { recognizeWorkbook } from "./recognize";
import { runChecks } from "./checks";
import { generalArithmetic } from "./checks/generalFindings";
import { findTables, type FigureTable } from "./tables";

export interface Analysis {
  tables: BudgetTable[];
  findings: Finding[];
  /** The workbook's other tables (no budget) where the general layer accepted an aggregation. */
  others: FigureTable[];
}

/** Overrides default to the corrections the ekonom keeps in the workbook's settings. */
export function analyzeWorkbook(
  grids: Grid[],
  settings: UserSettings = {},
  overrides: Overrides | undefined = settings.overrides
): Analysis {
  // The add-in's own sheets (recorded in the settings, or marked) are no budgets, nor tables at all.
  const sheets = budgetGrids(grids, settings);
  const tables = recognizeWorkbook(sheets, overrides);
  const others = otherTables(sheets, tables);
  const findings = runChecks(tables, { tables, grids, settings, otherTables: others });
  return { tables, findings, others };
}

/** Tables outside the budget tables (statistics, notes, anything with sums) that hold an aggregation. */
export function otherTables(grids: Grid[], tables: BudgetTable[]): FigureTable[] {
  const out: FigureTable[] = [];
  for (const grid of grids) {
    if (grid.hidden) continue;
    const taken = tables
      .filter((t) => t.sheet === grid.name)
      .map((t) => parseRange(t.range))
      .filter((r) => r !== undefined);
    const exclude = (row: number, column: number) => taken.some((r) => rangeContains(r, row, column));
    for (const t of findTables(grid, { exclude })) {
      if (generalArithmetic(t).aggregations.length > 0) out.push(t);
    }
  }
  return out;
}

export function countBySeverity(findings: Finding[]): { error: number; warning: number; info: number } {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
