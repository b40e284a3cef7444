// One call from sheets to verdicts: the pipeline the CLI and the task pane share.
import type { Grid } from "./grid";
import type { BudgetTable, Overrides } from "./table";
import type { Finding, UserSettings } from "./finding";
import { budgetGrids } from "./addinSheets";
import { recognizeWorkbook } from "./recognize";
import { runChecks } from "./checks";

export interface Analysis {
  tables: BudgetTable[];
  findings: Finding[];
}

/** Overrides default to the corrections the ekonom keeps in the workbook's settings. */
export function analyzeWorkbook(
  grids: Grid[],
  settings: UserSettings = {},
  overrides: Overrides | undefined = settings.overrides
): Analysis {
  // The add-in's own sheets (recorded in the settings, or marked) are no budgets.
  const tables = recognizeWorkbook(budgetGrids(grids, settings), overrides);
  const findings = runChecks(tables, { tables, grids, settings });
  return { tables, findings };
}

export function countBySeverity(findings: Finding[]): { error: number; warning: number; info: number } {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
