// formula.inconsistent, formula.ref-error, formula.range-includes-blank: the formulas of every
// sheet of the workbook, budget table or not, as an auditor reads them.
//
// Decisions:
// - inconsistent: a formula whose R1C1 shape is a near miss of the shape its line (a row of
//   period totals, a column of line items) shares, where that shape holds at least twice as many
//   cells, and the copy would make sense at the odd cell (formulaFix.ts). A formula that agrees
//   with its perpendicular line is left alone: it is one of a block, not a slip.
// - Outside a recognised table a finding is a warning; inside one it is an error when the fix
//   changes the figure, a warning when it changes nothing today.
// - ref-error: every formula holding an error literal (#REF! …), once; range-includes-blank: info.
import type Decimal from "decimal.js";
import { formatAmount, toDecimal } from "../amount";
import type { CheckModule, Finding, Severity } from "../finding";
import { address, cellAt, type Grid } from "../grid";
import { formulaStrings } from "../strings";
import { decimalString } from "./common";
import { extensionCells, extensionHoldsData, judgeFix, readsFigures, type FixVerdict } from "./formulaFix";
import { candidates, sheetFormulas, type Candidate, type ShapedCell, type SheetFormulas } from "./formulaLines";
import { errorLiterals, isLink } from "./formulaShape";
import { swedishFormula } from "./formulaText";
import { blankFindings } from "./formulaBlanks";
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
      fixable: false,
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
      findings.push(...refErrorFindings(sheet, place));
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
  const best = new Map<string, { odd: Candidate; fix: FixVerdict; strength: number }>();
  for (const odd of candidates(sheet)) {
    const fix = verdictFor(sheet, odd, grids);
    if (!fix) continue;
    const strength = (fix.addsFigures ? 1000 : 0) + odd.agreeing.length;
    const key = `${odd.cell.row}|${odd.cell.column}`;
    const seen = best.get(key);
    if (!seen || strength > seen.strength) best.set(key, { odd, fix, strength });
  }
  return [...best.values()].map(({ odd, fix }) =>
    inconsistentFinding(sheet.grid, odd, fix, place(odd.cell.row, odd.cell.column))
  );
}

/**
 * The fix for a candidate, when the evidence holds: the model's shape is the line's clear
 * majority (or a majority and the odd formula leaves out figures), or the model's range reads
 * rows of typed figures that the odd formula's range stops short of. Never a fix that stops
 * reading a figure, and never for a link (=B5) unless it sits alone inside a block of links.
 */
function verdictFor(
  sheet: SheetFormulas,
  odd: Candidate,
  grids: (name?: string) => Grid | undefined
): FixVerdict | undefined {
  if (odd.ownBlock) return undefined;
  if (odd.near.kind === "refs" && isLink(odd.cell.shape) && !(odd.sandwiched && odd.ownCount === 1)) return undefined;
  const { row, column } = odd.cell;
  const term = odd.near.kind === "term" ? odd.near.term : undefined;
  const fix = judgeFix(odd.cell.shape.tokens, odd.model.shape.tokens, row, column, grids, term);
  if (!fix || fix.sameCells || fix.dropsFigures) return undefined;
  if (odd.near.kind === "sandwich" && !changesValue(sheet.grid, odd.cell, fix)) return undefined;
  // A term the odd formula has and its neighbours lack matters only where it reads a figure today.
  if (odd.near.kind === "term" && odd.near.term.side === "odd" && !fix.changesFigure) return undefined;
  const models = odd.agreeing.length;
  const byMajority = odd.dominant && (odd.ownCount * 2 <= models || (fix.addsFigures && odd.ownCount < models));
  const byData = fix.extension && grownRangeHoldsData(odd, grids);
  if (!byMajority && !byData) return undefined;
  return agreesAcross(sheet, odd) ? undefined : fix;
}

/** Whether a fix gives a different figure than the cell shows (known only for plain sums). */
function changesValue(grid: Grid, cell: ShapedCell, fix: FixVerdict): boolean {
  const shown = cellAt(grid, cell.row, cell.column)?.value;
  return fix.value !== undefined && shown?.type === "number" && !fix.value.eq(toDecimal(shown.value));
}

/**
 * Whether the model's grown range takes in rows of typed figures at the model's cells, while the
 * odd formula already sums figures and the rows it would take in hold no formulas where it stands.
 */
function grownRangeHoldsData(odd: Candidate, grids: (name?: string) => Grid | undefined): boolean {
  const { row, column } = odd.cell;
  const [now, model] = [odd.cell.shape.tokens, odd.model.shape.tokens];
  if (!readsFigures(now, row, column, grids)) return false;
  if (extensionCells(now, model, row, column, grids).some((c) => c?.formula)) return false;
  return extensionHoldsData(now, model, odd.agreeing, grids);
}

/** Whether the odd cell's own shape is shared by its neighbours in the perpendicular line. */
function agreesAcross(sheet: SheetFormulas, odd: Candidate): boolean {
  const { row, column } = odd.cell;
  const across = odd.direction === "row" ? sheet.byColumn.get(column) : sheet.byRow.get(row);
  const at = (c: ShapedCell) => (odd.direction === "row" ? c.row : c.column);
  const here = odd.direction === "row" ? row : column;
  const same = (across ?? []).filter((c) => Math.abs(at(c) - here) <= 3 && c.shape.key === odd.cell.shape.key);
  return same.length >= 3;
}

function inconsistentFinding(grid: Grid, odd: Candidate, fix: FixVerdict, place: Placement): Finding {
  const { row, column } = odd.cell;
  const here = address(row, column);
  const cached = grid.rows[row - 1]?.[column - 1]?.value;
  const actual = cached?.type === "number" ? cached.value : undefined;
  const unit = place.table?.unit;
  let effect: string = formulaStrings.harmless;
  if (fix.changesFigure)
    effect =
      fix.value && actual !== undefined
        ? formulaStrings.changesTo(formatAmount(fix.value, unit), formatAmount(toDecimal(actual), unit))
        : formulaStrings.changes;
  const shown = swedishFormula(odd.cell.shape.tokens, row, column) ?? odd.cell.formula;
  const fixShown = swedishFormula(odd.model.shape.tokens, row, column) ?? fix.formula;
  const neighbours = formulaStrings.cellList(cellRuns(odd.agreeing, odd.direction));
  const message = formulaStrings.inconsistent(shown, here, odd.direction, neighbours, fixShown) + effect;
  const severity: Severity = place.table && fix.changesFigure ? "error" : "warning";
  const extra: Partial<Finding> = {
    related: odd.agreeing.map((c) => address(c.row, c.column)),
    fix: { sheet: grid.name, cell: here, newValue: fix.formula, oldValue: odd.cell.formula },
  };
  if (fix.value) extra.expected = decimalString(fix.value);
  if (actual !== undefined) extra.actual = decimalString(toDecimal(actual));
  return sheetFinding("formula.inconsistent", severity, grid, odd.cell, place, message, extra);
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

function refErrorFindings(sheet: SheetFormulas, place: Placer): Finding[] {
  const findings: Finding[] = [];
  for (const cell of sheet.cells) {
    const errors = errorLiterals(cell.shape);
    if (errors.length === 0) continue;
    const where = place(cell.row, cell.column);
    const shown = swedishFormula(cell.shape.tokens, cell.row, cell.column) ?? cell.formula;
    const errorShown = swedishFormula([{ kind: "error", text: errors[0] }], 1, 1)?.slice(1) ?? errors[0];
    const message = formulaStrings.refError(shown, address(cell.row, cell.column), errorShown);
    const severity: Severity = where.table ? "error" : "warning";
    findings.push(sheetFinding("formula.ref-error", severity, sheet.grid, cell, where, message));
  }
  return findings;
}
