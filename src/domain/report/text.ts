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

// Characters a terminal acts on instead of showing: C0 and C1 controls (ESC starts the sequences
// that clear the screen or hide text) and the bidirectional controls that reorder what is shown.
// eslint-disable-next-line no-control-regex -- the control characters are what this finds
const TERMINAL_CONTROLS = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

function marker(ch: string): string {
  const code = ch.charCodeAt(0);
  if (ch === "\t" || ch === "\n" || ch === "\r") return " ";
  // Control Pictures: ␛ for ESC, ␀ for NUL …, ␡ for DEL.
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return "\u2421";
  return `<U+${code.toString(16).toUpperCase().padStart(4, "0")}>`;
}

/**
 * One line for a terminal: every control or bidi character shown as a visible marker, so a cell's
 * "ESC[2J" cannot clear the screen and an RLO cannot reorder the line ("Summa: 1 fel" stays seen).
 */
export function terminalSafe(line: string): string {
  return line.replace(TERMINAL_CONTROLS, marker);
}

function yearsOf(table: BudgetTable): string {
  return table.periods.map((p) => `${p.year} (${p.kind})`).join(", ");
}

export function fileToText(file: FileText): string {
  const lines = [cliStrings.fileHeader(file.file)];
  if (file.error) {
    lines.push(`   ${file.error}`);
    return lines.map(terminalSafe).join("\n");
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
  return lines.map(terminalSafe).join("\n");
}
