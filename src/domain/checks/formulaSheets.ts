// formula.inconsistent, formula.ref-error, formula.range-includes-blank: the formulas of every
// sheet of the workbook, budget table or not, as an auditor reads them.
//
// Decisions:
// - inconsistent: a formula whose R1C1 shape is a near miss of a shape its line (a row of period
//   totals, a column of line items) shares, where the evidence holds (formulaVerdict.ts: a clear
//   majority, or typed figures the odd range stops short of) and the copy makes sense at the odd
//   cell (formulaFix.ts); also a total typed between copies of a column SUM (formulaTyped.ts).
// - Outside a recognised table a finding is a warning; inside one it is an error when the fix
//   changes the figure, a warning when it changes nothing today.
// - ref-error: every formula holding an error literal (#REF! …), once; double-minus: "=C14--C15";
//   range-includes-blank: info.
import { formatAmount } from "../amount";
import type { CheckModule, Finding, Severity } from "../finding";
import { address, columnLetter, type Grid } from "../grid";
import { formulaStrings } from "../strings";
import { decimalString } from "./common";
import { candidates, sheetFormulas, type Candidate, type ShapedCell, type SheetFormulas } from "./formulaLines";
import { swedishFormula } from "./formulaText";
import { blankFindings } from "./formulaBlanks";
import { doubleMinusFindings } from "./formulaDoubleMinus";
import { refErrorFindings } from "./formulaRefErrors";
import { typedTotalFindings } from "./formulaTyped";
import { shownDecimal } from "./formulaValue";
import { verdictFor, type Verdict } from "./formulaVerdict";
import { placer, sheetFinding, type Placement, type Placer } from "./formulaPlace";

export const formulaSheets: CheckModule = {
  rules: [
    {
      id: "formula.inconsistent",
      description: "En formel följer inte formlerna bredvid i raden eller kolumnen, som är kopior av varandra.",
      fixable: true,
    },
    {
      id: "formula.ref-error",
      description: "En formel innehåller #REFERENS! eller ett annat felvärde: den läser en cell som inte finns.",
      fixable: true,
    },
    {
      id: "formula.double-minus",
      description: "En formel drar ifrån en cell med två minustecken, vilket lägger till den.",
      fixable: true,
    },
    {
      id: "formula.range-includes-blank",
      description: "En SUMMA-formel tar med en tom rad mellan sina poster och något annat.",
      fixable: false,
    },
  ],
  check(tables, context) {
    const byName = new Map(context.grids.map((g) => [g.name.toLowerCase(), g]));
    const findings: Finding[] = [];
    for (const grid of context.grids) {
      const sheet = sheetFormulas(grid);
      if (sheet.cells.length === 0) continue;
      const grids = (name?: string) => (name === undefined ? grid : byName.get(name.toLowerCase()));
      const place = placer(tables, grid.name);
      findings.push(...inconsistentFindings(sheet, grids, place));
      findings.push(...typedTotalFindings(sheet, grids, place));
      findings.push(...refErrorFindings(sheet, place));
      findings.push(...doubleMinusFindings(sheet, place));
      findings.push(...blankFindings(sheet, place));
    }
    return findings;
  },
};

function inconsistentFindings(
  sheet: SheetFormulas,
  grids: (name?: string) => Grid | undefined,
  place: Placer
): Finding[] {
  const best = new Map<string, { odd: Candidate; fix: Verdict; strength: number }>();
  for (const odd of candidates(sheet)) {
    const fix = verdictFor(sheet, odd, grids);
    if (!fix) continue;
    const strength = (fix.addsFigures ? 1000 : 0) + odd.agreeing.length;
    const key = `${odd.cell.row}|${odd.cell.column}`;
    const seen = best.get(key);
    if (!seen || strength > seen.strength) best.set(key, { odd, fix, strength });
  }
  // Never tell one cell to copy a second and the second to copy the first: the stronger advice stands.
  const advice = new Map<string, number>();
  for (const { odd, strength } of best.values()) {
    const pair = `${odd.cell.shape.key}→${odd.model.shape.key}`;
    advice.set(pair, Math.max(advice.get(pair) ?? 0, strength));
  }
  return [...best.values()]
    .filter(({ odd, strength }) => (advice.get(`${odd.model.shape.key}→${odd.cell.shape.key}`) ?? -1) < strength)
    .filter(({ odd }) => !(ownTerm(odd) && place(odd.cell.row, odd.cell.column).table))
    .map(({ odd, fix }) => inconsistentFinding(sheet.grid, odd, fix, place(odd.cell.row, odd.cell.column)));
}

/**
 * A term the odd formula adds on its own may be meant (a one-off in one year): inside a budget
 * table the table's own arithmetic judges that figure, and this rule says nothing.
 */
function ownTerm(odd: Candidate): boolean {
  return odd.near.kind === "term" && odd.near.term.side === "odd";
}

function inconsistentFinding(grid: Grid, odd: Candidate, fix: Verdict, place: Placement): Finding {
  const { row, column } = odd.cell;
  const here = address(row, column);
  const cached = grid.rows[row - 1]?.[column - 1]?.value;
  const actual = cached?.type === "number" ? cached.value : undefined;
  const unit = place.table?.unit;
  let effect: string = formulaStrings.harmless;
  if (fix.changesFigure)
    effect =
      fix.value && actual !== undefined
        ? formulaStrings.changesTo(formatAmount(fix.value, unit), formatAmount(shownDecimal(actual), unit))
        : formulaStrings.changes;
  const shown = swedishFormula(odd.cell.shape.tokens, row, column) ?? odd.cell.formula;
  const fixShown = swedishFormula(odd.model.shape.tokens, row, column) ?? fix.formula;
  const neighbours = formulaStrings.cellList(cellRuns(odd.agreeing, odd.direction));
  const message = fix.padding
    ? formulaStrings.padding(shown, here, paddingText(fix.padding), neighbours, fixShown)
    : fix.sameCells
      ? formulaStrings.anchored(shown, here, odd.direction, neighbours, fixShown)
      : formulaStrings.inconsistent(shown, here, odd.direction, neighbours, fixShown) + effect;
  const severity: Severity = place.table && fix.changesFigure ? "error" : "warning";
  const extra: Partial<Finding> = {
    related: odd.agreeing.map((c) => address(c.row, c.column)),
    fix: { sheet: grid.name, cell: here, newValue: fix.formula, oldValue: odd.cell.formula },
  };
  if (fix.value) extra.expected = decimalString(fix.value);
  if (actual !== undefined) extra.actual = decimalString(shownDecimal(actual));
  return sheetFinding("formula.inconsistent", severity, grid, odd.cell, place, message, extra);
}

/** "raden 20", "raderna 19 och 20", "kolumnen C". */
function paddingText(padding: { rows: number[]; columns: number[] }): string {
  if (padding.rows.length > 0) return formulaStrings.rows(padding.rows.map(String));
  return formulaStrings.columns(padding.columns.map(columnLetter));
}

/** Consecutive cells of a line as ranges: ["B17", "D17:I17"]. */
function cellRuns(cells: readonly ShapedCell[], direction: "row" | "column"): string[] {
  const at = (c: ShapedCell) => (direction === "row" ? c.column : c.row);
  const sorted = [...cells].sort((a, b) => at(a) - at(b));
  const runs: ShapedCell[][] = [];
  for (const c of sorted) {
    const run = runs[runs.length - 1];
    if (run && at(c) === at(run[run.length - 1]) + 1) run.push(c);
    else runs.push([c]);
  }
  return runs.map((run) => {
    const a = address(run[0].row, run[0].column);
    const b = address(run[run.length - 1].row, run[run.length - 1].column);
    return a === b ? a : `${a}:${b}`;
  });
}
