// A block's rows: label, role, side, level and the figure of each period (problems kept apart).
import { splitLabelAmount } from "../amount";
import { address } from "../grid";
import type { Amount, BudgetRow, RowRole } from "../table";
import {
  labelMeaning,
  normalizeLabel,
  sideLeaning,
  type LabelMeaning,
  type NormalizedLabel,
  type Side,
} from "../vocabulary";
import type { Block } from "./blocks";
import type { Layout } from "./periods";
import type { SheetView } from "./sheet";

/** A row as recognition works on it: the contract's BudgetRow plus what the label said. */
export interface WorkRow {
  row: BudgetRow;
  name: NormalizedLabel;
  meaning: LabelMeaning;
  hasFigures: boolean;
  bold: boolean;
}

function labelOf(view: SheetView, row: number, layout: Layout): { text: string; column: number } {
  const t = view.text(row, layout.labelColumn);
  if (view.kind(row, layout.labelColumn) === "text" && t) return { text: t, column: layout.labelColumn };
  for (const c of [...layout.labelColumns].reverse()) {
    if (view.kind(row, c) === "text") return { text: view.text(row, c), column: c };
  }
  return { text: "", column: layout.labelColumn };
}

function figuresOf(view: SheetView, row: number, layout: Layout): Pick<BudgetRow, "values" | "problems"> {
  const values: (Amount | undefined)[] = [];
  const problems: NonNullable<BudgetRow["problems"]> = [];
  layout.periods.forEach((p, i) => {
    const cell = address(row, p.column);
    const kind = view.kind(row, p.column);
    const amount = view.amount(row, p.column);
    if (amount) {
      const a: Amount = { value: amount.value, cell, source: amount.source };
      if (amount.text !== undefined) a.text = amount.text;
      values.push(a);
      return;
    }
    values.push(undefined);
    if (kind === "error") problems.push({ cell, period: i, text: view.text(row, p.column) });
    else if (kind === "text") {
      const text = view.text(row, p.column);
      // "Överskott 2020 329": a label and its figure in one cell.
      const split = splitLabelAmount(text);
      if (split) values[i] = { value: split.amount.value, cell, source: "text", text };
      else problems.push({ cell, period: i, text });
    }
  });
  return problems.length ? { values, problems } : { values };
}

/** The rows of a block with labels, figures and a first role from the label alone. */
export function readRows(view: SheetView, block: Block, layout: Layout): WorkRow[] {
  const out: WorkRow[] = [];
  const bodyRows = [...block.headerRows.slice(-1), ...block.body];
  const splitLabels = layout.labelColumns.length > 1;
  const inBody = new Set(block.body);
  for (const r of bodyRows) {
    const isHeader = block.headerRows.includes(r) || (!inBody.has(r) ? false : isRepeatedHeader(view, r, layout));
    const label = labelOf(view, r, layout);
    if (isHeader) {
      // A header row's label opens a side ("Intäkter | 2017 | 2018"); otherwise it is a title.
      const name = normalizeLabel(label.text);
      const meaning = labelMeaning(name.key);
      if (!meaning.opens) continue;
      out.push({
        row: { row: r, label: name.text, role: "section", level: 0, values: layout.periods.map(() => undefined) },
        name,
        meaning: { opens: meaning.opens },
        hasFigures: false,
        bold: true,
      });
      continue;
    }
    const name = normalizeLabel(label.text);
    const figures = figuresOf(view, r, layout);
    const hasFigures = figures.values.some((v) => v) || (figures.problems?.length ?? 0) > 0;
    const cell = view.cell(r, label.column);
    let level = name.depth + (cell?.indent ?? 0);
    if (splitLabels && label.column > layout.labelColumns[0]) level += 1;
    const row: BudgetRow = { row: r, label: name.text, role: "item", level, ...figures };
    out.push({ row, name, meaning: labelMeaning(name.key), hasFigures, bold: !!cell?.bold || /<b>/i.test(label.text) });
  }
  return out.filter((w) => w.row.label !== "" || w.hasFigures);
}

function isRepeatedHeader(view: SheetView, row: number, layout: Layout): boolean {
  return layout.periods.length > 0 && layout.periods.every((p) => view.header(row, p.column)?.year === p.year);
}

/** Roles and sides from the labels and their places: headings, items, sums, results, equity, members. */
export function assignRoles(rows: WorkRow[]): void {
  let side: Side | undefined;
  let explicit = false;
  let afterResult = false;
  const equityOutLater = (i: number) => rows.slice(i + 1).some((w) => w.meaning.role === "equity-out");
  rows.forEach((w, i) => {
    const { meaning, row } = w;
    if (!w.hasFigures) {
      row.role = headingOrItem(rows, i);
      if (row.role === "section") {
        if (meaning.opens) {
          side = meaning.opens;
          explicit = true;
          row.side = side;
          return;
        }
        if (!explicit || side === "income") {
          const lean = sideLeaning(w.name.key);
          if (lean === "cost" && side !== "cost") side = "cost";
          else if (lean === "income" && side === undefined) side = "income";
        }
        if (side) row.side = side;
        return;
      }
    }
    let role: RowRole = meaning.role ?? "item";
    if (!w.hasFigures && row.role === "note") return;
    if (w.name.key === "eget kapital" && w.hasFigures) role = equityOutLater(i) ? "equity-in" : "equity-out";
    row.role = role;
    if (meaning.member) row.member = meaning.member;
    if (meaning.opens && w.hasFigures && role === "item") {
      side = meaning.opens;
      explicit = false;
    }
    if (role === "result") {
      afterResult = true;
      if (side === "equity") row.side = "equity";
      return;
    }
    if (role === "equity-in" && meaning.carried && !afterResult && side !== "cost" && side !== "equity") {
      row.side = "income";
      side ??= "income";
      return;
    }
    if (role === "equity-in" || role === "equity-out" || role === "equity-use") {
      row.side = "equity";
      return;
    }
    if (role === "member") {
      row.side = "income";
      if (side === undefined) side = "income";
      return;
    }
    if (!explicit || side === undefined) {
      const lean = meaning.leans ?? sideLeaning(w.name.key);
      if (lean === "cost" && side !== "cost" && !meaning.sum) side = "cost";
      else if (lean === "income" && side === undefined) side = "income";
    }
    if (side) row.side = side;
    if (role === "total-income") row.side = "income";
    if (role === "total-cost") row.side = "cost";
  });
}

/** A row without figures: a heading when figures follow under it, a note when it explains the item above. */
function headingOrItem(rows: WorkRow[], i: number): RowRole {
  const w = rows[i];
  const next = rows[i + 1];
  const prev = rows[i - 1];
  if (w.meaning.opens) return "section";
  if (w.name.bullet && prev && prev.hasFigures && (!next || next.name.depth <= w.name.depth)) return "note";
  if (w.meaning.sum || (!next && !w.bold)) return "item";
  if (!next) return "section";
  if (next.name.depth > w.name.depth || (next.row.level ?? 0) > (w.row.level ?? 0)) return "section";
  if (next.meaning.sum && !next.meaning.sum.target && !w.bold) return "item";
  if (next.meaning.sum && next.meaning.sum.target) return w.bold ? "section" : "item";
  return "section";
}

/** Costs written as negative figures (a resultatbudget): sign -1 on the cost rows. */
export function assignSigns(rows: WorkRow[]): void {
  let negative = 0;
  let positive = 0;
  for (const w of rows) {
    if (w.row.side !== "cost") continue;
    for (const v of w.row.values) {
      if (!v || v.value.isZero()) continue;
      if (v.value.isNegative()) negative++;
      else positive++;
    }
  }
  if (negative === 0 || negative < positive * 4) return;
  for (const w of rows) if (w.row.side === "cost" && w.hasFigures) w.row.sign = -1;
}
