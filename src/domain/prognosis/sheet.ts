// BudgetTable + Assumptions → the SheetSpec of a new prognosis sheet, every figure a live formula.
import { addinMarkerCell } from "../addinSheets";
import type { BudgetTable } from "../table";
import { address, columnLetter } from "../grid";
import {
  figureValue,
  uniqueSheetName,
  type CellStyle,
  type ConditionalFormat,
  type SheetSpec,
  type SpecCell,
} from "../sheetspec";
import { prognosisStrings as S } from "../strings";
import { LINE_ROLES, type Assumptions } from "./assumptions";
import { planLayout, type BodyRow, type Layout } from "./layout";
import { cellList, growthFormula, rateRef, sheetRef, sumFormula, textConstant } from "./formulas";

export interface PrognosisOptions {
  /** The sheet the table sits on (the base-year formulas point there). */
  sourceSheet: string;
  /** ISO day for the title, passed in: the engine reads no clock. */
  date: string;
  /** Names already in the workbook: the new sheet never takes one. */
  existingNames: readonly string[];
}

/** Invariant Excel codes, as files and Office.js store them; Swedish Excel shows "# ##0". */
export const AMOUNT_FORMAT = "#,##0";
export const RATE_FORMAT = "0.0%";
const YEAR_FORMAT = "0";
const ASSUMPTION_FILL = "FFF2CC";
const RED = { fill: "FFC7CE", color: "9C0006" };
const AMBER = { fill: "FFEB9C", color: "9C5700" };

class CellSink {
  readonly cells: SpecCell[] = [];
  text(row: number, column: number, value: string, style?: CellStyle): void {
    this.cells.push({ address: address(row, column), value: { type: "string", value }, ...(style ? { style } : {}) });
  }
  number(row: number, column: number, value: string, numberFormat: string, style?: CellStyle): void {
    this.cells.push({
      address: address(row, column),
      value: figureValue(value),
      numberFormat,
      ...(style ? { style } : {}),
    });
  }
  formula(row: number, column: number, formula: string, numberFormat?: string, style?: CellStyle): void {
    this.cells.push({
      address: address(row, column),
      formula,
      ...(numberFormat ? { numberFormat } : {}),
      ...(style ? { style } : {}),
    });
  }
  /** An assumption cell the user may fill in later: styled, no content. */
  blank(row: number, column: number, numberFormat: string): void {
    this.cells.push({ address: address(row, column), numberFormat, style: { fill: ASSUMPTION_FILL } });
  }
}

function equityNote(assumptions: Assumptions, baseYear: number): string {
  const e = assumptions.equity;
  if (e.kind === "opening") return S.equityFromIn(e.label, `${e.sheet}!${e.cell}`, baseYear);
  if (e.kind === "closing") return S.equityFromOut(e.label, `${e.sheet}!${e.cell}`);
  return e.kind === "entered" ? S.equityEntered : S.equityMissing;
}

function notesOf(table: BudgetTable, assumptions: Assumptions, baseYear: number): string[] {
  const notes = [equityNote(assumptions, baseYear)];
  // Only lines take their base figure from the source; every Summa is recomputed here.
  const textAmounts = table.rows.filter(
    (r) => LINE_ROLES.has(r.role) && r.values[assumptions.basePeriod]?.source === "text"
  ).length;
  if (textAmounts > 0) notes.push(S.textAmounts(textAmounts));
  return notes;
}

function writeAssumptions(out: CellSink, layout: Layout, assumptions: Assumptions): void {
  const { col } = layout;
  out.text(layout.assumptionsHeadingRow, col.label, S.assumptionsHeading, { bold: true });
  col.years.forEach((c, i) =>
    out.number(layout.assumptionsHeadingRow, c, String(assumptions.years[i]), S.yearFormat("prognos"), {
      bold: true,
      horizontalAlignment: "right",
    })
  );
  const rates: [number, string, Assumptions["incomeGrowth"]][] = [
    [layout.rateRows.income, S.incomeGrowth, assumptions.incomeGrowth],
    [layout.rateRows.wage, S.wageGrowth, assumptions.wageGrowth],
    [layout.rateRows.price, S.priceGrowth, assumptions.priceGrowth],
  ];
  for (const [row, label, values] of rates) {
    out.text(row, col.label, label);
    col.years.forEach((c, i) =>
      out.number(row, c, (values[i] ?? values[values.length - 1]).toString(), RATE_FORMAT, { fill: ASSUMPTION_FILL })
    );
  }
  const first = col.years[0];
  out.text(layout.equityStartRow, col.label, S.equityStart(assumptions.years[0]));
  const e = assumptions.equity;
  if (e.kind === "opening" || e.kind === "closing") {
    // Follows the source through the base year's eget kapital; the user may type a figure over it.
    out.formula(layout.equityStartRow, first, `=${columnLetter(col.base)}${layout.equityOutRow}`, AMOUNT_FORMAT, {
      fill: ASSUMPTION_FILL,
    });
  } else {
    out.number(layout.equityStartRow, first, e.kind === "entered" ? e.value.toString() : "0", AMOUNT_FORMAT, {
      fill: ASSUMPTION_FILL,
    });
  }
}

function writeHeader(out: CellSink, layout: Layout, table: BudgetTable, assumptions: Assumptions): void {
  const { col, headerRow: r } = layout;
  const base = table.periods[assumptions.basePeriod];
  const head: CellStyle = { bold: true, borderBottom: true, horizontalAlignment: "right", wrap: true };
  out.text(r, col.label, S.labelHeader(table.unit), { bold: true, borderBottom: true });
  out.number(r, col.base, String(base.year), S.yearFormat(base.kind), head);
  col.years.forEach((c, i) => out.number(r, c, String(assumptions.years[i]), S.yearFormat("prognos"), head));
  out.text(r, col.rate, S.rowRate, head);
  out.text(r, col.fixed, S.rowFixed, head);
  out.text(r, col.end, S.rowEndYear, head);
}

function baseCell(table: BudgetTable, assumptions: Assumptions, b: BodyRow): { formula: string } | { value: string } {
  const period = table.periods[assumptions.basePeriod];
  const amount = b.source.values[assumptions.basePeriod];
  // A figure written as text would make every formula after it #VALUE!: take the parsed number.
  if (amount?.source === "text") return { value: amount.value.toString() };
  // The amount's own cell: a table combined from two (members beside costs) has no single column.
  return { formula: `=${sheetRef(table.sheet, amount?.cell || address(b.source.row, period.column))}` };
}

function writeBody(out: CellSink, layout: Layout, table: BudgetTable, assumptions: Assumptions): void {
  const { col } = layout;
  const valueColumns = [col.base, ...col.years];
  for (const b of layout.body) {
    const indent = b.source.level ? { indent: b.source.level } : {};
    if (b.kind === "heading") {
      out.text(b.row, col.label, b.source.label, { bold: true, ...indent });
      continue;
    }
    if (b.kind === "sum") {
      const style: CellStyle = { bold: true, borderTop: true };
      out.text(b.row, col.label, b.source.label, { bold: true, ...indent });
      for (const c of valueColumns) out.formula(b.row, c, sumFormula(c, b.parts), AMOUNT_FORMAT, style);
      continue;
    }
    const a = b.assumption;
    out.text(b.row, col.label, b.source.label, b.source.level ? indent : undefined);
    const base = baseCell(table, assumptions, b);
    if ("formula" in base) out.formula(b.row, col.base, base.formula, AMOUNT_FORMAT);
    else out.number(b.row, col.base, base.value, AMOUNT_FORMAT);
    col.years.forEach((c, i) => {
      const classRate = a && a.rateClass !== "flat" ? rateRef(c, layout.rateRows[a.rateClass]) : "0";
      const g = {
        column: c,
        previous: valueColumns[i],
        row: b.row,
        headerRow: layout.headerRow,
        classRate,
        rateColumn: col.rate,
        fixedColumn: col.fixed,
        endColumn: col.end,
      };
      out.formula(b.row, c, growthFormula(g), AMOUNT_FORMAT);
    });
    if (a?.rate) out.number(b.row, col.rate, a.rate.toString(), RATE_FORMAT, { fill: ASSUMPTION_FILL });
    else out.blank(b.row, col.rate, RATE_FORMAT);
    if (a?.fixed) out.number(b.row, col.fixed, a.fixed.toString(), AMOUNT_FORMAT, { fill: ASSUMPTION_FILL });
    else out.blank(b.row, col.fixed, AMOUNT_FORMAT);
    if (a?.endYear !== undefined) out.number(b.row, col.end, String(a.endYear), YEAR_FORMAT, { fill: ASSUMPTION_FILL });
    else out.blank(b.row, col.end, YEAR_FORMAT);
  }
}

function writeSummary(out: CellSink, layout: Layout, assumptions: Assumptions): void {
  const { col } = layout;
  const valueColumns = [col.base, ...col.years];
  const L = (c: number, r: number) => `${columnLetter(c)}${r}`;
  out.text(layout.summaryHeadingRow, col.label, S.summaryHeading, { bold: true, borderBottom: true });
  out.text(layout.incomeRow, col.label, S.totalIncome);
  out.text(layout.costRow, col.label, S.totalCost);
  out.text(layout.resultRow, col.label, S.result, { bold: true });
  out.text(layout.equityInRow, col.label, S.equityIn);
  out.text(layout.equityOutRow, col.label, S.equityOut, { bold: true });
  if (layout.shareRow) out.text(layout.shareRow, col.label, S.equityShare);
  out.text(layout.deficitRow, col.label, S.deficitRow);
  const e = assumptions.equity;
  valueColumns.forEach((c, i) => {
    out.formula(layout.incomeRow, c, sumFormula(c, layout.incomeTerms), AMOUNT_FORMAT);
    out.formula(layout.costRow, c, sumFormula(c, layout.costTerms, layout.costSign), AMOUNT_FORMAT);
    out.formula(layout.resultRow, c, `=${L(c, layout.incomeRow)}-${L(c, layout.costRow)}`, AMOUNT_FORMAT, {
      bold: true,
      borderTop: true,
    });
    const inRef = L(c, layout.equityInRow);
    const outRef = L(c, layout.equityOutRow);
    const result = L(c, layout.resultRow);
    if (i === 0) {
      const start = `$${columnLetter(col.years[0])}$${layout.equityStartRow}`;
      if (e.kind === "opening") {
        if (e.source === "text") out.number(layout.equityInRow, c, e.value.toString(), AMOUNT_FORMAT);
        else out.formula(layout.equityInRow, c, `=${sheetRef(e.sheet, e.cell)}`, AMOUNT_FORMAT);
        out.formula(layout.equityOutRow, c, `=${inRef}+${result}`, AMOUNT_FORMAT, { bold: true });
      } else if (e.kind === "closing" && e.source === "text") {
        out.number(layout.equityOutRow, c, e.value.toString(), AMOUNT_FORMAT, { bold: true });
        out.formula(layout.equityInRow, c, `=${outRef}-${result}`, AMOUNT_FORMAT);
      } else {
        const closing = e.kind === "closing" ? sheetRef(e.sheet, e.cell) : start;
        out.formula(layout.equityOutRow, c, `=${closing}`, AMOUNT_FORMAT, { bold: true });
        out.formula(layout.equityInRow, c, `=${outRef}-${result}`, AMOUNT_FORMAT);
      }
    } else {
      const opening =
        i === 1
          ? `$${columnLetter(col.years[0])}$${layout.equityStartRow}`
          : L(valueColumns[i - 1], layout.equityOutRow);
      out.formula(layout.equityInRow, c, `=${opening}`, AMOUNT_FORMAT);
      out.formula(layout.equityOutRow, c, `=${inRef}+${result}`, AMOUNT_FORMAT, { bold: true });
    }
    if (layout.shareRow) {
      const contributions = `SUM(${cellList(c, layout.contributionRows)})`;
      out.formula(layout.shareRow, c, `=IF(${contributions}=0,"",${outRef}/${contributions})`, RATE_FORMAT);
    }
    out.formula(
      layout.deficitRow,
      c,
      `=IF(${result}>=0,${textConstant(S.noDeficit)},IF(${outRef}>=0,${textConstant(S.deficitCovered)},${textConstant(S.deficitUncovered)}))`,
      undefined,
      { horizontalAlignment: "right", wrap: true }
    );
  });
}

function conditionalFormats(layout: Layout): ConditionalFormat[] {
  const { col } = layout;
  const first = columnLetter(col.base);
  const last = columnLetter(col.years[col.years.length - 1]);
  const below = `=${first}$${layout.equityOutRow}<0`;
  const paid = `=AND(${first}$${layout.resultRow}<0,${first}$${layout.equityOutRow}>=0)`;
  const ranges = [
    `${first}${layout.equityOutRow}:${last}${layout.equityOutRow}`,
    `${first}${layout.deficitRow}:${last}${layout.deficitRow}`,
  ];
  return ranges.flatMap((range) => [
    { range, formula: below, style: RED },
    { range, formula: paid, style: AMBER },
  ]);
}

function labelWidth(table: BudgetTable): number {
  const longest = Math.max(0, ...table.rows.map((r) => r.label.length));
  return Math.min(60, Math.max(34, longest + 4));
}

/** Where buildPrognosisSheet puts everything, for reading its figures back. */
export function prognosisLayout(table: BudgetTable, assumptions: Assumptions): Layout {
  const notes = notesOf(table, assumptions, table.periods[assumptions.basePeriod].year);
  return planLayout(table, assumptions, notes.length);
}

/** The prognosis sheet for `table` under `assumptions`; the source sheet is only referred to, never written. */
export function buildPrognosisSheet(
  table: BudgetTable,
  assumptions: Assumptions,
  options: PrognosisOptions
): SheetSpec {
  const notes = notesOf(table, assumptions, table.periods[assumptions.basePeriod].year);
  const layout = prognosisLayout(table, assumptions);
  const { col } = layout;
  const first = assumptions.years[0];
  const last = assumptions.years[assumptions.years.length - 1];
  const out = new CellSink();
  out.text(layout.titleRow, col.label, S.title(first, last, options.sourceSheet, table.unit, options.date), {
    bold: true,
  });
  out.text(layout.hintRow, col.label, S.hint, { italic: true });
  out.cells.push(addinMarkerCell(address(layout.markerRow, col.label)));
  writeAssumptions(out, layout, assumptions);
  notes.forEach((note, i) => out.text(layout.noteRows[i], col.label, note, { italic: true }));
  writeHeader(out, layout, table, assumptions);
  writeBody(out, layout, table, assumptions);
  writeSummary(out, layout, assumptions);
  const columnWidths: Record<number, number> = {
    [col.label]: labelWidth(table),
    [col.base]: 15,
    [col.rate]: 13,
    [col.fixed]: 14,
    [col.end]: 9,
  };
  for (const c of col.years) columnWidths[c] = 15;
  return {
    name: uniqueSheetName(S.sheetName(first, last), options.existingNames),
    cells: out.cells,
    columnWidths,
    conditionalFormats: conditionalFormats(layout),
    freeze: { rows: layout.headerRow, columns: col.label },
    print: {
      area: `A1:${columnLetter(col.last)}${layout.lastRow}`,
      fitToWidth: true,
      landscape: true,
      repeatRows: `${layout.headerRow}:${layout.headerRow}`,
      paperSize: "A4",
    },
  };
}
