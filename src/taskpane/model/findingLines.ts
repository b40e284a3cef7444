// The findings as the pane lists them: errors, then warnings, then information, across tables;
// the same note repeated year by year ("Prel. eget kapital 2024 är …", 2025, 2026) as one line.
import type { Finding, Severity } from "../../domain/finding";
import type { Grid } from "../../domain/grid";
import { parseAddress } from "../../domain/grid";
import type { BudgetTable } from "../../domain/table";
import { bySeverity } from "../../domain/report/order";
import { fixPlan } from "./fixPlan";
import type { FindingLine } from "./types";

const KIND_WORD = "(?:(plan|prognos|utfall|bokslut) )?";

/** The message with its year (and the kind word before it) taken out, and the kind word found. */
function yearless(f: Finding): { template: string; kind: string } | undefined {
  if (f.period === undefined) return undefined;
  let kind = "";
  const pattern = new RegExp(`${KIND_WORD}(?<!\\d)${f.period}(?!\\d)`, "g");
  const template = f.message.replace(pattern, (_, k: string | undefined) => {
    kind = k ?? "";
    return "{år}";
  });
  return template === f.message ? undefined : { template, kind };
}

/** "2024–2026" for consecutive years, else "2024, 2026"; the kind word in front when there is one. */
export function yearsText(years: number[], kind = ""): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const consecutive = sorted.every((y, i) => i === 0 || y === sorted[i - 1] + 1);
  const list = consecutive && sorted.length > 1 ? `${sorted[0]}–${sorted[sorted.length - 1]}` : sorted.join(", ");
  return kind ? `${kind} ${list}` : list;
}

function rowOf(cell: string): number | undefined {
  return parseAddress(cell)?.row;
}

/** Where a line is, beside its cell: the sheet (a table's long title would crowd a 350 px pane). */
function place(f: Finding): string {
  return f.sheet;
}

/** The merged message: "2024–2026: Prel. eget kapital är 275 154 kr, …". */
function mergedMessage(template: string, years: string): string {
  const body = template.replace(/ ?\{år\}/g, "").replace(/^\s+/, "");
  const capital = (t: string) => `${t.charAt(0).toUpperCase()}${t.slice(1)}`;
  return `${capital(years)}: ${capital(body)}`;
}

/** Lines in severity order; repeats of one note on one row, differing only by year, merged. Fixes are never merged. */
export function findingLines(
  findings: Finding[],
  tables: readonly BudgetTable[],
  grids: readonly Grid[]
): FindingLine[] {
  const lines: FindingLine[] = [];
  const merged = new Map<string, { line: FindingLine; template: string; kind: string }>();
  for (const f of bySeverity(findings)) {
    const plan = fixPlan(f, tables, grids);
    const shape = plan ? undefined : yearless(f);
    const key = shape && `${f.severity}|${f.rule}|${f.sheet}|${rowOf(f.cell)}|${shape.kind}|${shape.template}`;
    const earlier = key ? merged.get(key) : undefined;
    if (earlier && shape) {
      earlier.line.findings.push(f);
      const years = earlier.line.findings.map((x) => x.period as number);
      earlier.line.years = yearsText(years, shape.kind);
      earlier.line.message = mergedMessage(earlier.template, earlier.line.years);
      continue;
    }
    const line: FindingLine = {
      key: `${f.rule}|${f.sheet}!${f.cell}|${f.period ?? ""}|${lines.length}`,
      severity: f.severity as Severity,
      rule: f.rule,
      sheet: f.sheet,
      cell: f.cell,
      place: place(f),
      message: f.message,
      findings: [f],
      ...(plan ? { fix: plan } : {}),
    };
    lines.push(line);
    if (key && shape) merged.set(key, { line, template: shape.template, kind: shape.kind });
  }
  return lines;
}
