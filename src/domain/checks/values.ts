// value.error, number.unreadable-text: figure cells the other checks cannot use, said out loud.
//
// Decisions:
// - value.error: a figure cell of a table (a period column, a row of the table) that shows an
//   Excel error (#REF!, #DIV/0!, #NAME?, #VALUE!, #N/A …) is an error finding: the figure is
//   wrong as shown, and every check that needs it is silent. Rows right below the table whose
//   figure cells show errors are included: such cells end a table early in recognition, and a
//   budget whose Resultat shows #VALUE! must not read "alla kontroller stämmer".
// - number.unreadable-text: a text in a figure cell that looks like a number but is no amount
//   the engine reads ("1,234.5", "1e308", "NaN") is a warning: Excel's SUM skips it and so do
//   the checks. Texts amount.ts reads ("1 234,5") are number.as-text's; words are left alone.
import { parseAmount, splitLabelAmount } from "../amount";
import type { CheckModule, Finding } from "../finding";
import { address, cellAt, parseRange, type Grid } from "../grid";
import { findingStrings } from "../strings";
import type { BudgetTable, Period } from "../table";
import { gridOf, makeFinding, periodLabel } from "./common";

export const values: CheckModule = {
  rules: [
    {
      id: "value.error",
      description:
        "Ett belopp visar ett felvärde (#REF!, #DIV/0!, #NAMN?, #VÄRDEFEL!, #SAKNAS! …) och kan inte kontrolleras.",
      fixable: false,
    },
    {
      id: "number.unreadable-text",
      description: "En text i en beloppscell ser ut som ett tal men kan inte läsas som belopp, så den räknas inte.",
      fixable: false,
    },
  ],
  check(tables, context) {
    const findings: Finding[] = [];
    for (const table of tables) {
      const grid = gridOf(context, table.sheet);
      if (grid) findings.push(...tableFindings(table, grid));
    }
    return findings;
  },
};

const SIGN = "(?:[-+\u2212\u2013] ?)?";
const NUMERIC_TEXT = [
  // 1,234.5 · 1.234,5 · 1'234 · 12 345.6: digit groups with any separator, a decimal part.
  new RegExp(`^${SIGN}\\d{1,3}([,.'\u2019 \u00a0\u202f]\\d{3})+([.,]\\d+)?$`),
  new RegExp(`^${SIGN}(\\d+([.,]\\d*)?|[.,]\\d+)$`),
  // 1e308, 2,5E-3
  new RegExp(`^${SIGN}(\\d+([.,]\\d*)?|[.,]\\d+)e[-+]?\\d+$`, "i"),
  new RegExp(`^${SIGN}(nan|inf|infinity)$`, "i"),
];

/** Whether a text reads as a number to a person: digits with separators, an exponent, NaN or Infinity. */
export function looksNumeric(text: string): boolean {
  const core = text
    .trim()
    .replace(/\s*(kr|tkr|mkr|sek|:-)\.?$/i, "")
    .replace(/^\((.*)\)$/, "$1")
    .trim();
  return core !== "" && NUMERIC_TEXT.some((pattern) => pattern.test(core));
}

/** The rows of the table, and the rows right below it whose figure cells hold errors or numeric text. */
function rowsToSee(table: BudgetTable, grid: Grid): number[] {
  const range = parseRange(table.range);
  if (!range) return [];
  const rows = table.rows.map((r) => r.row);
  for (let r = range.bottom + 1; r <= grid.rows.length; r++) {
    const unusable = table.periods.some((p) => isUnusable(grid, r, p.column));
    if (!unusable) break;
    rows.push(r);
  }
  return rows;
}

/** A text that looks like a number but that recognition does not read as an amount ("1 234,5" it reads). */
function unreadableNumber(text: string): boolean {
  return looksNumeric(text) && parseAmount(text) === undefined && splitLabelAmount(text) === undefined;
}

function isUnusable(grid: Grid, row: number, column: number): boolean {
  const v = cellAt(grid, row, column)?.value;
  return v?.type === "error" || (v?.type === "string" && unreadableNumber(v.value));
}

function labelOf(table: BudgetTable, grid: Grid, row: number): string {
  const known = table.rows.find((r) => r.row === row);
  if (known) return known.label;
  const v = cellAt(grid, row, table.labelColumn)?.value;
  return v?.type === "string" ? v.value.trim() : `rad ${row}`;
}

function tableFindings(table: BudgetTable, grid: Grid): Finding[] {
  const findings: Finding[] = [];
  for (const row of rowsToSee(table, grid)) {
    table.periods.forEach((period: Period) => {
      const cell = cellAt(grid, row, period.column);
      const at = address(row, period.column);
      const label = labelOf(table, grid, row);
      if (cell?.value.type === "error") {
        const message = findingStrings.valueError(label, periodLabel(period), cell.value.value);
        findings.push(
          makeFinding({ rule: "value.error", severity: "error", table, cell: at, period, related: [], message })
        );
      } else if (cell?.value.type === "string" && unreadableNumber(cell.value.value)) {
        const message = findingStrings.unreadableText(cell.value.value.trim(), label, periodLabel(period));
        findings.push(
          makeFinding({
            rule: "number.unreadable-text",
            severity: "warning",
            table,
            cell: at,
            period,
            related: [],
            message,
          })
        );
      }
    });
  }
  return findings;
}
