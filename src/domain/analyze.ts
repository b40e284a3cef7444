// One call from sheets to verdicts: the pipeline the CLI and the task pane share.
import type { Grid } from "./grid";
import { parseRange, rangeContains } from "./grid";
import type { BudgetTable, Overrides } from "./table";
import type { Finding, UserSettings } from "./finding";
import { recognizeWorkbook } from "./recognize";
import { runChecks } from "./checks";
import { generalArithmetic } from "./checks/generalFindings";
import { findTables, type FigureTable } from "./tables";
import { prognosisStrings, reportStrings } from "./strings";

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
  const tables = recognizeWorkbook(grids, overrides);
  const others = otherTables(grids, tables);
  const findings = runChecks(tables, { tables, grids, settings, otherTables: others });
  return { tables, findings, others };
}

/** Tables outside the budget tables (statistics, notes, anything with sums) that hold an aggregation. */
export function otherTables(grids: Grid[], tables: BudgetTable[]): FigureTable[] {
  const out: FigureTable[] = [];
  for (const grid of grids) {
    if (grid.hidden || writtenByUs(grid.name)) continue;
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

/** The Kontrollrapport and prognosis sheets the add-in writes: their figures are ours, not the user's. */
function writtenByUs(sheet: string): boolean {
  const prognosis = prognosisStrings.sheetName(2000, 2001).replace(/\d{4}.*$/, "");
  return sheet.startsWith(reportStrings.title) || (sheet.startsWith(prognosis) && /\d{4}\s*[–-]\s*\d{4}/.test(sheet));
}

export function countBySeverity(findings: Finding[]): { error: number; warning: number; info: number } {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
