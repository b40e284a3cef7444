// Plain-text output for the CLI: one block per file, one line per table and finding.
import type { Finding } from "../finding";
import type { BudgetTable } from "../table";
import { cliStrings } from "../strings";
import { countBySeverity } from "../analyze";
import { bySeverity } from "./order";

export interface FileText {
  file: string;
  error?: string;
  sheets: { name: string; range: string | null; hidden: boolean }[];
  tables: BudgetTable[];
  findings: Finding[];
}

function yearsOf(table: BudgetTable): string {
  return table.periods.map((p) => `${p.year} (${p.kind})`).join(", ");
}

export function fileToText(file: FileText): string {
  const lines = [cliStrings.fileHeader(file.file)];
  if (file.error) {
    lines.push(`   ${file.error}`);
    return lines.join("\n");
  }
  for (const s of file.sheets) lines.push(cliStrings.sheetLine(s.name, s.range, s.hidden));
  if (file.tables.length === 0) lines.push(cliStrings.noTables);
  for (const t of file.tables) {
    const sums = t.rows.filter((r) => r.parts && r.parts.length > 0).length;
    lines.push(cliStrings.tableLine(t.sheet, t.range, yearsOf(t), t.unit, sums));
  }
  if (file.tables.length > 0 && file.findings.length === 0) lines.push(cliStrings.noFindings);
  for (const f of bySeverity(file.findings)) {
    lines.push(cliStrings.findingLine(cliStrings.severity[f.severity], f.sheet, f.cell, f.message));
  }
  const c = countBySeverity(file.findings);
  if (file.tables.length > 0) lines.push(cliStrings.fileSummary(c.error, c.warning, c.info));
  return lines.join("\n");
}
