// The CLI's JSON contract (DESIGN.md): files[] with tables and findings. Change it only by adding.
import type { BudgetTable } from "../table";
import type { Finding } from "../finding";
import { columnLetter } from "../grid";

export interface TableJson {
  sheet: string;
  range: string;
  unit: string;
  confidence: number;
  kind: string;
  title?: string;
  periods: { column: string; header: string; year: number; kind: string }[];
  rows: { row: number; label: string; role: string; member?: string; parts?: number[] }[];
  reasons: string[];
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

export function tableToJson(table: BudgetTable): TableJson {
  return {
    sheet: table.sheet,
    range: table.range,
    unit: table.unit,
    confidence: Math.round(table.confidence * 100) / 100,
    kind: table.kind,
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
  };
}

/** Findings as the contract has them: no undefined keys, fix and data kept when present. */
export function findingToJson(finding: Finding): Finding {
  return JSON.parse(JSON.stringify(finding)) as Finding;
}

export function filesToJson(files: FileJson[]): string {
  return JSON.stringify({ files }, null, 2);
}
