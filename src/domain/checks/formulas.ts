// formula.range-omits-row, formula.hardcoded-total, number.as-text: how a built sheet computes its sums.
//
// Decisions:
// - range-omits-row judges only plain sums (SUM over cells/ranges, or cells joined by "+") that
//   read the total's own column; it fires when a part holding a figure is not read (directly or
//   through all of its own parts), or when a sum is read together with rows below it. index.ts
//   then drops the sum.mismatch of that cell and period: one finding per cell, period and cause.
// - hardcoded-total fires only where a typed total equals its parts exactly, every part is a
//   number or formula, and the sheet has formulas (it is built, not pasted from a document):
//   replacing it with the formula changes no figure. A typed
//   total that is wrong is a sum.mismatch, whose fix already proposes the right figure.
// - Outside the recognised tables, on every sheet, range-omits-row is a warning for an aggregate
//   whose range stops short of its run, or a SUM that counts a subtotal with its items
//   (formulaShortFindings.ts).
// - A cell inside a SUM's range (directly or through the sums it reads) is part of it, whatever
//   its type: a text amount there is number.as-text's finding, not a row the sum leaves out.
// - number.as-text: a text amount that a SUM formula reads is a warning at that cell (Excel skips
//   it, and sums.ts stays silent about the total it shortens). Text amounts no formula reads, as
//   in a pasted table, are one info per table, at the first of them, with their count.
import type Decimal from "decimal.js";
import type { CheckModule, Finding } from "../finding";
import { address, cellAt, parseAddress, rangeContains, type CellRange, type Grid } from "../grid";
import type { BudgetRow, BudgetTable } from "../table";
import { findingStrings } from "../strings";
import { cellOf, decimalString, gridOf, makeFinding, periodLabel, sumFormula } from "./common";
import { callsSum, formulaCells, formulaRanges, formulaRefs, isPlainSum } from "./formulaRefs";
import { shortRangeFindings } from "./formulaShortFindings";
import { descendants, hierarchy, partRows, shownValue, type Hierarchy } from "./hierarchy";
import { sumVerdict } from "./sums";

export const formulas: CheckModule = {
  rules: [
    {
      id: "formula.range-omits-row",
      description: "En SUMMA-formel tar inte med en post, eller räknar en delsumma två gånger.",
      fixable: true,
    },
    {
      id: "formula.hardcoded-total",
      description: "En summa är inskriven som ett tal fast posterna finns i bladet.",
      fixable: true,
    },
    {
      id: "number.as-text",
      description: "Ett belopp är lagrat som text, som Excels SUMMA hoppar över.",
      fixable: true,
    },
  ],
  check(tables, context) {
    const findings: Finding[] = [];
    for (const table of tables) {
      const h = hierarchy(table);
      const grid = gridOf(context, table.sheet);
      if (!grid) continue;
      for (const row of table.rows) {
        if (partRows(h, row).length === 0) continue;
        table.periods.forEach((_, p) => {
          const f = rangeFinding(h, grid, row, p) ?? hardcodedFinding(h, grid, row, p);
          if (f) findings.push(f);
        });
      }
      findings.push(...textFindings(table, grid));
    }
    findings.push(...shortRangeFindings(tables, context));
    return findings;
  },
};

function rangeFinding(h: Hierarchy, grid: Grid, row: BudgetRow, p: number): Finding | undefined {
  const table = h.table;
  const period = table.periods[p];
  const formula = cellAt(grid, row.row, period.column)?.formula;
  if (!formula || !isPlainSum(formula)) return undefined;
  const refs = formulaRefs(formula, table.sheet, row.row, period.column);
  if (!refs || refs.some((r) => r.sheet !== table.sheet || r.column !== period.column)) return undefined;
  const read = new Set(refs.map((r) => r.row));
  // A cell inside a range the SUM reads, directly or through the sums it reads, is part of it,
  // whatever its type: a number stored as text there is number.as-text's finding, not a missing row.
  const reached = rowsReached(grid, table.sheet, period.column, read);
  const covered = (part: BudgetRow, seen: Set<number>): boolean => {
    if (reached.has(part.row)) return true;
    const parts = partRows(h, part);
    if (parts.length === 0 || seen.has(part.row)) return false;
    return parts.every((q) => covered(q, new Set(seen).add(part.row)));
  };
  const parts = partRows(h, row);
  const missing = parts.filter((part) => !covered(part, new Set([row.row])) && !isZero(shownValue(h, part, p)));
  const below = new Set(descendants(h, row));
  const twice = countedTwice(h, read, below, p);
  if (missing.length === 0 && twice.length === 0) return undefined;
  const expectedFormula = sumFormula(
    grid,
    period.column,
    parts.map((r) => r.row)
  );
  const labels = (rows: number[]) =>
    findingStrings.rowList(rows.map((r) => h.byRow.get(r)?.label ?? address(r, period.column)));
  const message =
    missing.length > 0
      ? findingStrings.rangeOmitsRow(row.label, formula, labels(missing.map((r) => r.row)), expectedFormula)
      : findingStrings.rangeCountsTwice(row.label, formula, labels(twice), expectedFormula);
  const v = sumVerdict(h, row, p);
  return makeFinding({
    rule: "formula.range-omits-row",
    severity: "error",
    table,
    cell: cellOf(table, row, p),
    period,
    expected: v?.shownSum,
    actual: v?.stated,
    related: [...missing.map((r) => address(r.row, period.column)), ...twice.map((r) => address(r, period.column))],
    message,
    fix: { newValue: expectedFormula, oldValue: formula },
  });
}

/** The rows of one column a formula reads, and the rows the plain sums among them read in turn. */
function rowsReached(grid: Grid, sheet: string, column: number, direct: Set<number>): Set<number> {
  const reached = new Set(direct);
  const queue = [...direct];
  while (queue.length > 0) {
    const row = queue.pop() as number;
    const formula = cellAt(grid, row, column)?.formula;
    if (!formula || !isPlainSum(formula)) continue;
    for (const ref of formulaRefs(formula, sheet, row, column) ?? []) {
      if (ref.sheet !== sheet || ref.column !== column || reached.has(ref.row)) continue;
      reached.add(ref.row);
      queue.push(ref.row);
    }
  }
  return reached;
}

/** The sums read together with a row below them that holds a figure: each such sum counts it twice. */
function countedTwice(h: Hierarchy, read: Set<number>, below: Set<number>, p: number): number[] {
  const twice = new Set<number>();
  for (const d of read) {
    const row = h.byRow.get(d);
    if (!row || isZero(shownValue(h, row, p))) continue;
    const seen = new Set<number>();
    for (let up = h.parentOf.get(d); up !== undefined && !seen.has(up); up = h.parentOf.get(up)) {
      seen.add(up);
      if (read.has(up) && below.has(up)) twice.add(up);
    }
  }
  return [...twice].sort((a, b) => a - b);
}

function isZero(value: Decimal | undefined): boolean {
  return !value || value.isZero();
}

function hardcodedFinding(h: Hierarchy, grid: Grid, row: BudgetRow, p: number): Finding | undefined {
  const amount = row.values[p];
  if (!amount || amount.source !== "number" || row.role === "result" || !hasFormulas(grid)) return undefined;
  const parts = partRows(h, row);
  const sources = parts.map((part) => part.values[p]?.source).filter((s) => s !== undefined);
  if (sources.length === 0 || sources.some((s) => s === "text")) return undefined;
  const v = sumVerdict(h, row, p);
  if (!v || !v.stated.eq(v.shownSum)) return undefined;
  const table = h.table;
  const period = table.periods[p];
  const formula = sumFormula(
    grid,
    period.column,
    parts.map((r) => r.row)
  );
  return makeFinding({
    rule: "formula.hardcoded-total",
    severity: "warning",
    table,
    cell: amount.cell,
    period,
    expected: v.shownSum,
    actual: v.stated,
    message: findingStrings.hardcodedTotal(row.label, periodLabel(period), formula),
    fix: { newValue: formula, oldValue: decimalString(v.stated) },
  });
}

const builtSheets = new WeakMap<Grid, boolean>();

/** A sheet someone built in Excel, not one pasted from a document: it computes something. */
function hasFormulas(grid: Grid): boolean {
  let built = builtSheets.get(grid);
  if (built === undefined) {
    built = grid.rows.some((line) => line?.some((cell) => cell?.formula !== undefined));
    builtSheets.set(grid, built);
  }
  return built;
}

/** What the SUM formulas of a sheet read, as ranges with the formula cell that reads each. */
function summedRanges(grid: Grid): { range: CellRange; reader: string }[] {
  const out: { range: CellRange; reader: string }[] = [];
  for (const f of formulaCells(grid)) {
    if (!callsSum(f.formula)) continue;
    for (const range of formulaRanges(f.formula, grid.name, f.row, f.column) ?? []) {
      out.push({ range, reader: address(f.row, f.column) });
    }
  }
  return out;
}

function textFindings(table: BudgetTable, grid: Grid): Finding[] {
  let summed: { range: CellRange; reader: string }[] | undefined;
  const readerOf = (a1: string) => {
    const at = parseAddress(a1);
    summed ??= summedRanges(grid);
    return at ? summed.find((s) => rangeContains(s.range, at.row, at.column))?.reader : undefined;
  };
  const findings: Finding[] = [];
  const unread: { cell: string }[] = [];
  for (const row of table.rows) {
    table.periods.forEach((period, p) => {
      const amount = row.values[p];
      if (!amount || amount.source !== "text") return;
      const reader = readerOf(amount.cell);
      if (!reader) {
        unread.push({ cell: amount.cell });
        return;
      }
      findings.push(
        makeFinding({
          rule: "number.as-text",
          severity: "warning",
          table,
          cell: amount.cell,
          period,
          expected: amount.value,
          related: [reader],
          message: findingStrings.numberAsText(amount.text ?? "", row.label, periodLabel(period)),
          fix: { newValue: decimalString(amount.value), oldValue: amount.text ?? "" },
        })
      );
    });
  }
  if (unread.length > 0) {
    findings.push(
      makeFinding({
        rule: "number.as-text",
        severity: "info",
        table,
        cell: unread[0].cell,
        related: [table.range],
        message: findingStrings.numbersAsTextTable(unread.length, `${table.sheet}!${table.range}`),
        data: { cells: unread.map((u) => u.cell) },
      })
    );
  }
  return findings;
}
