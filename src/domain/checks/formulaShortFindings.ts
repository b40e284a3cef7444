// formula.range-omits-row outside the recognised tables: an aggregate whose range stops short of
// its run (formulaShortRanges.ts), or a SUM that counts a subtotal and its items twice
// (formulaDoubleCount.ts); a warning with the formula it should be.
import type { CheckContext, Finding } from "../finding";
import { address, columnLetter, rangeAddress } from "../grid";
import { findingStrings, formulaStrings } from "../strings";
import type { BudgetTable } from "../table";
import { sheetFormulas } from "./formulaLines";
import { placer, sheetFinding } from "./formulaPlace";
import type { FormulaToken } from "./formulaShape";
import { doubleCounts, type DoubleCount } from "./formulaDoubleCount";
import { readIndex, shortRanges, type ShortRange } from "./formulaShortRanges";
import { formulaAt } from "./formulaText";

export function shortRangeFindings(tables: readonly BudgetTable[], context: CheckContext): Finding[] {
  const sheets = context.grids.map(sheetFormulas).filter((s) => s.cells.length > 0);
  if (sheets.length === 0) return [];
  const readers = readIndex(sheets);
  const findings: Finding[] = [];
  for (const sheet of sheets) {
    const place = placer(tables, sheet.grid.name);
    const flagged = new Set<string>();
    for (const short of shortRanges(sheet, readers(sheet.grid.name))) {
      const where = place(short.cell.row, short.cell.column);
      if (where.table) continue;
      flagged.add(address(short.cell.row, short.cell.column));
      findings.push(shortFinding(sheet.grid.name, short, where, sheet));
    }
    for (const twice of doubleCounts(sheet)) {
      const where = place(twice.cell.row, twice.cell.column);
      if (where.table || flagged.has(address(twice.cell.row, twice.cell.column))) continue;
      findings.push(doubleCountFinding(sheet, twice, where));
    }
  }
  return findings;
}

function shortFinding(
  sheetName: string,
  short: ShortRange,
  where: ReturnType<ReturnType<typeof placer>>,
  sheet: ReturnType<typeof sheetFormulas>
): Finding {
  const { cell, range } = short;
  const [fn, open, , close] = cell.shape.tokens;
  const ref: FormulaToken = {
    kind: "ref",
    from: { row: range.top - cell.row, column: range.left - cell.column, rowAbsolute: false, columnAbsolute: false },
    to: { row: range.bottom - cell.row, column: range.right - cell.column, rowAbsolute: false, columnAbsolute: false },
  };
  const fixed = [fn, open, ref, close];
  const fix = formulaAt(fixed, cell.row, cell.column) ?? "";
  const omitted = short.omitted.map((o) => address(o.row, o.column));
  const message = formulaStrings.rangeStopsShort(
    formulaAt(cell.shape.tokens, cell.row, cell.column, "sv") ?? cell.formula,
    address(cell.row, cell.column),
    omitted.length === 1 ? omitted[0] : rangeAddress(spanOf(short.omitted)),
    formulaAt(fixed, cell.row, cell.column, "sv") ?? fix
  );
  return sheetFinding("formula.range-omits-row", "warning", sheet.grid, cell, where, message, {
    related: omitted,
    fix: { sheet: sheetName, cell: address(cell.row, cell.column), newValue: fix, oldValue: cell.formula },
  });
}

function spanOf(cells: { row: number; column: number }[]) {
  const rows = cells.map((c) => c.row);
  const columns = cells.map((c) => c.column);
  return { top: Math.min(...rows), bottom: Math.max(...rows), left: Math.min(...columns), right: Math.max(...columns) };
}

function doubleCountFinding(
  sheet: ReturnType<typeof sheetFormulas>,
  twice: DoubleCount,
  where: ReturnType<ReturnType<typeof placer>>
): Finding {
  const { cell } = twice;
  const here = address(cell.row, cell.column);
  const [en, sv] = [sumOfCells(twice.parts, "SUM", ","), sumOfCells(twice.parts, "SUMMA", ";")];
  const shown = formulaAt(cell.shape.tokens, cell.row, cell.column, "sv") ?? cell.formula;
  const subtotals = formulaStrings.cellList(twice.subtotals.map((s) => address(s.row, s.column)));
  const message =
    findingStrings.rangeCountsTwice(here, shown, subtotals, sv) +
    (twice.changesFigure ? "" : formulaStrings.harmlessNote);
  return sheetFinding("formula.range-omits-row", "warning", sheet.grid, cell, where, message, {
    related: twice.subtotals.map((s) => address(s.row, s.column)),
    fix: { sheet: sheet.grid.name, cell: here, newValue: en, oldValue: cell.formula },
  });
}

/** "=SUM(B5:B9,B12)": the cells of one row or column, adjacent cells joined into ranges. */
function sumOfCells(cells: { row: number; column: number }[], name: string, separator: string): string {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.column - b.column);
  const runs: { row: number; column: number }[][] = [];
  for (const c of sorted) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (last && last.row + last.column + 1 === c.row + c.column) run.push(c);
    else runs.push([c]);
  }
  const text = runs.map((run) => {
    const [a, b] = [run[0], run[run.length - 1]];
    const from = `${columnLetter(a.column)}${a.row}`;
    return a === b ? from : `${from}:${columnLetter(b.column)}${b.row}`;
  });
  return `=${name}(${text.join(separator)})`;
}
