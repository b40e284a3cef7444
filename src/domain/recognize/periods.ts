// A block's columns: the label column (not always A), the value columns, their periods
// (year, kind and entity from the headers or the title), a row-wise total column, the column
// of note numbers, the variance columns, and the unit its own text states.
import { UNKNOWN_UNIT, type Period, type PeriodKind, type Unit } from "../table";
import { entityInText, isAccountsTitle, isNoteReference, periodKindOf, yearInText } from "../vocabulary";
import type { Block } from "./blocks";
import type { HeaderInfo, SheetView } from "./sheet";
import { statedUnit, type UnitSource } from "./units";

export interface Layout {
  labelColumn: number;
  /** Columns from the band's left edge up to the label column that hold labels (sections in A, items in B). */
  labelColumns: number[];
  periods: Period[];
  totalColumn?: number;
  /** Columns that are neither label nor period (Avvikelse, %, Not): ignored. */
  ignoredColumns: number[];
  /** Columns of differences (Avvikelse, Diff, Budget-Utfall), with their header text. */
  varianceColumns: { column: number; header: string }[];
  /** The column of note numbers between the labels and the figures. */
  noteColumn?: number;
  /** The unit; "okänd" until something states or shows one (recognize.ts completes it). */
  unit: Unit;
  /** Where the unit came from, for the reasons. */
  unitSource: UnitSource;
  /** The most decimals the figures show (recognize.ts sets it once the rows are read). */
  decimals?: number;
  /** Where the years came from. */
  yearSource: "header" | "title" | "none";
  title?: string;
}

/** The column that most figure rows take their label from: the first text left of a figure. */
function findLabelColumn(view: SheetView, block: Block): number {
  const votes = new Map<number, number>();
  for (const r of block.body) {
    let label = 0;
    for (const c of view.cellsIn(r, block.left, block.right)) {
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
  const texts = new Map<number, number>();
  const amounts = new Map<number, number>();
  for (const r of block.body) {
    for (const c of view.cellsIn(r, block.left, labelColumn)) {
      const k = view.kind(r, c);
      if (k === "text") texts.set(c, (texts.get(c) ?? 0) + 1);
      else if (k === "amount") amounts.set(c, (amounts.get(c) ?? 0) + 1);
    }
  }
  // An account-number column holds figures left of the labels: no label, no value.
  const out = [...texts.keys()].filter((c) => texts.get(c)! >= (amounts.get(c) ?? 0)).sort((a, b) => a - b);
  return out.length ? out : [labelColumn];
}

function headerTexts(view: SheetView, block: Block, column: number): string[] {
  return block.headerRows.map((r) => view.text(r, column)).filter((t) => t !== "");
}

/**
 * A kind or an entity named in an upper header row spreads right over the columns under it
 * ("Budget Kr" over 2024–2026; "Kommunen" over 2019 | 2018, "Koncernen" over the next two).
 */
function spread<T>(
  view: SheetView,
  block: Block,
  column: number,
  first: number,
  pick: (info: HeaderInfo) => T | undefined
): T | undefined {
  for (const r of block.headerRows) {
    const cells = view.cellsIn(r, first, column);
    const c = cells[cells.length - 1];
    if (c === undefined) continue;
    const info = view.header(r, c);
    const found = info && info.year === undefined ? pick(info) : undefined;
    if (found !== undefined) return found;
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
  const titles = [...titleTexts, ...headerLabel];
  const context: PeriodContext = {
    plan: planYears(titles.join(" ")),
    // A resultaträkning reports what happened: a year alone heads that year's utfall.
    plainKind: [...titles, view.grid.name].some(isAccountsTitle) ? "utfall" : "budget",
    titleEntity: titles.map((t) => entityInText(t)?.entity).find((e) => e === "koncern"),
  };

  const candidates = candidateColumns(view, block, labelColumn);
  const periods: Period[] = [];
  const ignoredColumns: number[] = [];
  const varianceColumns: Layout["varianceColumns"] = [];
  let noteColumn: number | undefined;
  let totalColumn: number | undefined;
  let yearSource: Layout["yearSource"] = "none";
  for (const c of candidates) {
    const infos = block.headerRows.map((r) => view.header(r, c)).filter((i): i is HeaderInfo => !!i);
    if (infos.some((i) => i.nonPeriod)) {
      ignoredColumns.push(c);
      if (infos.some((i) => i.variance)) varianceColumns.push({ column: c, header: headerText(view, block, c) });
      if (infos.some((i) => i.note)) noteColumn ??= c;
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
    periods.push(periodOf(view, block, c, infos, withYear, labelColumn + 1, context));
    yearSource = "header";
  }
  // Note numbers between the labels and the first figures, headed "Not" or not at all ("7", "Not 3").
  if (noteColumn === undefined && periods.length > 0) {
    noteColumn = noteColumnBefore(view, block, labelColumn, periods[0].column);
    if (noteColumn !== undefined && !ignoredColumns.includes(noteColumn)) ignoredColumns.push(noteColumn);
  }
  const figureColumns = candidates.filter((c) => c !== noteColumn);
  if (periods.length === 0) {
    const titled = titleYear([...headerLabel, ...[...titleTexts].reverse()]);
    // Columns headed by whose figures they are, the year in the title ("Kommuner | Landsting" under "… år 2016").
    const byEntity = figureColumns.filter((c) => block.headerRows.some((r) => view.header(r, c)?.entity));
    if (titled && byEntity.length > 0) {
      for (const c of byEntity) {
        const infos = block.headerRows.map((r) => view.header(r, c)).filter((i): i is HeaderInfo => !!i);
        periods.push(periodOf(view, block, c, infos, { year: titled.year }, labelColumn + 1, context));
      }
      yearSource = "title";
    } else if (titled && figureColumns.length === 1) {
      // One figure column and no header: the year is in the title ("6.2 Kostnader 2018").
      const kind = periodKindOf(titled.text.replace(/^[\d.]+\s*/, "")) ?? context.plainKind;
      periods.push({ column: figureColumns[0], header: "", year: titled.year, kind });
      yearSource = "title";
    }
  }
  const override = unitOverride === UNKNOWN_UNIT ? undefined : unitOverride;
  const stated = statedUnit(
    view,
    block,
    periods.map((p) => p.column),
    titles,
    override
  );
  const layout: Layout = {
    labelColumn,
    labelColumns,
    periods,
    ignoredColumns,
    varianceColumns,
    unit: stated?.unit ?? UNKNOWN_UNIT,
    unitSource: stated?.unitSource ?? "none",
    yearSource,
  };
  if (noteColumn !== undefined) layout.noteColumn = noteColumn;
  if (totalColumn !== undefined) layout.totalColumn = totalColumn;
  if (title !== undefined) layout.title = title;
  return layout;
}

interface PeriodContext {
  plan: [number, number] | undefined;
  /** The kind of a column headed by a year alone. */
  plainKind: PeriodKind;
  /** An entity the title names for every column ("Koncernens resultaträkning"). */
  titleEntity: string | undefined;
}

/** A period from its header cells and the group headers above it. */
function periodOf(
  view: SheetView,
  block: Block,
  column: number,
  infos: HeaderInfo[],
  withYear: HeaderInfo,
  first: number,
  context: PeriodContext
): Period {
  const year = withYear.year as number;
  let kind = infos.find((i) => i.kind)?.kind ?? spread(view, block, column, first, (i) => i.kind);
  if (!kind && context.plan && year >= context.plan[0] && year <= context.plan[1]) kind = "plan";
  const period: Period = { column, header: headerText(view, block, column), year, kind: kind ?? context.plainKind };
  const entity =
    infos.find((i) => i.entity)?.entity ?? spread(view, block, column, first, (i) => i.entity) ?? context.titleEntity;
  if (entity) period.entity = entity;
  const date = infos.find((i) => i.date)?.date;
  if (date) period.date = date;
  return period;
}

/** The first title (nearest the table) that names one year. */
function titleYear(texts: string[]): { year: number; text: string } | undefined {
  for (const text of texts) {
    const year = yearInText(text);
    if (year !== undefined) return { year, text };
  }
  return undefined;
}

function headerText(view: SheetView, block: Block, column: number): string {
  return headerTexts(view, block, column).join(" ");
}

function noteColumnBefore(view: SheetView, block: Block, labelColumn: number, firstPeriod: number): number | undefined {
  const columns = new Set<number>();
  for (const r of block.body) for (const c of view.cellsIn(r, labelColumn + 1, firstPeriod - 1)) columns.add(c);
  return [...columns].sort((a, b) => a - b).find((c) => holdsNoteNumbers(view, block, c));
}

/** A column of note numbers before the figures: "1", "7", "12, 25", "Not 3" and empty cells, nothing else. */
function holdsNoteNumbers(view: SheetView, block: Block, column: number): boolean {
  if (block.headerRows.some((r) => view.kind(r, column) !== "empty")) return false;
  let notes = 0;
  for (const r of block.body) {
    const k = view.kind(r, column);
    if (k === "empty") continue;
    if (k === "error" || !isNoteReference(view.text(r, column))) return false;
    notes++;
  }
  return notes > 0;
}

/** Columns right of the labels with a header or an amount in the block, ascending. */
function candidateColumns(view: SheetView, block: Block, labelColumn: number): number[] {
  const found = new Set<number>();
  for (const r of block.headerRows) for (const c of view.cellsIn(r, labelColumn + 1, block.right)) found.add(c);
  for (const r of block.body) {
    for (const c of view.cellsIn(r, labelColumn + 1, block.right)) if (view.kind(r, c) === "amount") found.add(c);
  }
  return [...found].sort((a, b) => a - b);
}

function rowText(view: SheetView, row: number, block: Block): string {
  for (const c of view.cellsIn(row, block.left, block.right))
    if (view.kind(row, c) === "text") return view.text(row, c);
  return "";
}
