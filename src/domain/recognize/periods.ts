// A block's columns: the label column (not always A), the value columns, their periods
// (year and kind from the headers or the title), a row-wise total column, and the unit.
import type { Period, PeriodKind, Unit } from "../table";
import { periodKindOf, unitInText, yearInText } from "../vocabulary";
import type { Block } from "./blocks";
import type { HeaderInfo, SheetView } from "./sheet";

export interface Layout {
  labelColumn: number;
  /** Columns from the band's left edge up to the label column that hold labels (sections in A, items in B). */
  labelColumns: number[];
  periods: Period[];
  totalColumn?: number;
  /** Columns that are neither label nor period (Avvikelse, %): ignored. */
  ignoredColumns: number[];
  unit: Unit;
  /** Where the unit came from, for the reasons. */
  unitSource: "cells" | "header" | "title" | "default";
  /** Where the years came from. */
  yearSource: "header" | "title" | "none";
  title?: string;
}

/** The column that most figure rows take their label from: the first text left of a figure. */
function findLabelColumn(view: SheetView, block: Block): number {
  const votes = new Map<number, number>();
  for (const r of block.body) {
    let label = 0;
    for (let c = block.left; c <= block.right; c++) {
      const k = view.kind(r, c);
      if (k === "text" && !label) label = c;
      else if ((k === "amount" || k === "error") && label) {
        votes.set(label, (votes.get(label) ?? 0) + 1);
        break;
      }
    }
  }
  let best = block.left;
  let bestVotes = -1;
  for (const [c, v] of [...votes].sort((a, b) => a[0] - b[0])) {
    if (v > bestVotes) {
      best = c;
      bestVotes = v;
    }
  }
  return best;
}

function labelColumnsOf(view: SheetView, block: Block, labelColumn: number): number[] {
  const out: number[] = [];
  for (let c = block.left; c <= labelColumn; c++) {
    let texts = 0;
    let amounts = 0;
    for (const r of block.body) {
      const k = view.kind(r, c);
      if (k === "text") texts++;
      else if (k === "amount") amounts++;
    }
    // An account-number column holds figures left of the labels: no label, no value.
    if (texts > 0 && texts >= amounts) out.push(c);
  }
  return out.length ? out : [labelColumn];
}

function headerTexts(view: SheetView, block: Block, column: number): string[] {
  return block.headerRows.map((r) => view.text(r, column)).filter((t) => t !== "");
}

/** A kind named in an upper header row spreads right over the years under it ("Budget Kr" over 2024–2026). */
function spreadKind(view: SheetView, block: Block, column: number, first: number): PeriodKind | undefined {
  for (const r of block.headerRows) {
    for (let c = column; c >= first; c--) {
      if (view.kind(r, c) === "empty") continue;
      const info = view.header(r, c);
      if (info?.kind && info.year === undefined) return info.kind;
      break;
    }
  }
  return undefined;
}

/** "Budget 2017 med plan för 2018-2019": the years a title gives to plan. */
function planYears(title: string): [number, number] | undefined {
  const m = /(?:^|[^\p{L}])plan\s+(?:för\s+)?(?:år\s+)?((?:19|20)\d{2})\s*[-–]\s*((?:19|20)?\d{2})/iu.exec(title);
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = m[2].length === 2 ? Math.floor(from / 100) * 100 + Number(m[2]) : Number(m[2]);
  return [from, to];
}

export function layoutOf(view: SheetView, block: Block, unitOverride?: Unit): Layout {
  const labelColumn = findLabelColumn(view, block);
  const labelColumns = labelColumnsOf(view, block, labelColumn);
  const titleTexts = block.titleRows.map((r) => rowText(view, r, block)).filter((t) => t !== "");
  const headerLabel = block.headerRows.map((r) => view.text(r, labelColumn)).filter((t) => t !== "");
  // The nearest title that says more than the unit ("Belopp i tkr").
  const title =
    [...titleTexts].reverse().find((t) => !/^\(?belopp i|^\(?(?:tkr|kr|mkr)\)?$/i.test(t.trim())) ??
    titleTexts[titleTexts.length - 1];
  const plan = planYears([...titleTexts, ...headerLabel].join(" "));

  const candidates: number[] = [];
  for (let c = labelColumn + 1; c <= block.right; c++) {
    const hasHeader = block.headerRows.some((r) => view.kind(r, c) !== "empty");
    const hasAmount = block.body.some((r) => view.kind(r, c) === "amount");
    if (hasHeader || hasAmount) candidates.push(c);
  }
  const periods: Period[] = [];
  const ignoredColumns: number[] = [];
  let totalColumn: number | undefined;
  let yearSource: Layout["yearSource"] = "none";
  for (const c of candidates) {
    const infos = block.headerRows.map((r) => view.header(r, c)).filter((i): i is HeaderInfo => !!i);
    if (infos.some((i) => i.nonPeriod)) {
      ignoredColumns.push(c);
      continue;
    }
    if (infos.some((i) => i.total) && periods.length > 0) {
      totalColumn ??= c;
      continue;
    }
    const withYear = [...infos].reverse().find((i) => i.year !== undefined);
    if (!withYear) {
      if (block.headerRows.length > 0 && periods.length > 0) ignoredColumns.push(c);
      continue;
    }
    const own = infos.find((i) => i.kind)?.kind;
    const year = withYear.year as number;
    let kind = own ?? spreadKind(view, block, c, labelColumn + 1);
    if (!kind && plan && year >= plan[0] && year <= plan[1]) kind = "plan";
    periods.push({ column: c, header: headerTexts(view, block, c).join(" "), year, kind: kind ?? "budget" });
    yearSource = "header";
  }
  // One figure column and no header: the year is in the title ("6.2 Kostnader 2018").
  if (periods.length === 0 && candidates.length === 1) {
    for (const t of [...headerLabel, ...[...titleTexts].reverse()]) {
      const year = yearInText(t);
      if (year === undefined) continue;
      periods.push({
        column: candidates[0],
        header: "",
        year,
        kind: periodKindOf(t.replace(/^[\d.]+\s*/, "")) ?? "budget",
      });
      yearSource = "title";
      break;
    }
  }
  const { unit, unitSource } = unitOf(view, block, periods, [...titleTexts, ...headerLabel], unitOverride);
  const layout: Layout = { labelColumn, labelColumns, periods, ignoredColumns, unit, unitSource, yearSource };
  if (totalColumn !== undefined) layout.totalColumn = totalColumn;
  if (title !== undefined) layout.title = title;
  return layout;
}

function rowText(view: SheetView, row: number, block: Block): string {
  for (let c = block.left; c <= block.right; c++) if (view.kind(row, c) === "text") return view.text(row, c);
  return "";
}

/** Cells first ("4516 tkr"), then headers ("År 2020(tkr)", "Budget Kr"), then titles ("Belopp i tkr"); kr by default. */
function unitOf(
  view: SheetView,
  block: Block,
  periods: Period[],
  titles: string[],
  override: Unit | undefined
): { unit: Unit; unitSource: Layout["unitSource"] } {
  if (override) return { unit: override, unitSource: "header" };
  const counts = new Map<Unit, number>();
  for (const r of block.body) {
    for (const p of periods) {
      const u = view.amount(r, p.column)?.unit;
      if (u) counts.set(u, (counts.get(u) ?? 0) + 1);
    }
  }
  const fromCells = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (fromCells) return { unit: fromCells[0], unitSource: "cells" };
  for (const r of block.headerRows) {
    for (let c = block.left; c <= block.right; c++) {
      const u = view.kind(r, c) === "text" ? (view.header(r, c)?.unit ?? unitInText(view.text(r, c))) : undefined;
      if (u) return { unit: u, unitSource: "header" };
    }
  }
  for (const t of [...titles].reverse()) {
    const u = /belopp|tkr|mkr|kronor|\(kr\)|i kr\b/i.test(t) ? unitInText(t) : undefined;
    if (u) return { unit: u, unitSource: "title" };
  }
  return { unit: "kr", unitSource: "default" };
}
