// Header rows: a row of years, closing dates, period words, units and column words over a
// table's figures; a group row (Kommunen | Koncernen) over such a row; the same years again
// for a second group, or under a row of kinds.
import { labelMeaning, normalizeLabel } from "../vocabulary";
import { looksLikeTitle } from "./titles";
import type { SheetView } from "./sheet";

function nonEmpty(view: SheetView, row: number, left: number, right: number): number[] {
  return view.cellsIn(row, left, right);
}

/**
 * A header row: every cell but a leading label is a year, a closing date, a period word, a
 * unit or a column word; or a group row ("Kommunen | Koncernen") over such a row.
 */
export function isHeaderRow(view: SheetView, row: number, left: number, right: number, groups = true): boolean {
  const cells = nonEmpty(view, row, left, right);
  // A lone text in the first column is a title ("Preliminär budget för 2020, 2021 och 2022").
  if (cells.length === 0 || (cells.length === 1 && cells[0] === left && view.kind(row, left) === "text")) return false;
  let rest = cells;
  // A leading text that says nothing of a column ("Kostnader", "6.1.1 Medelstilldelning") labels the row.
  if (
    view.kind(row, cells[0]) === "text" &&
    (!view.header(row, cells[0]) || (cells[0] === left && cells.length > 1 && !view.header(row, cells[0])?.year))
  )
    rest = cells.slice(1);
  // More label headings before the period headers ("Konto | Benämning | Budget 2024").
  while (rest.length > 1 && view.kind(row, rest[0]) === "text" && !view.header(row, rest[0])) rest = rest.slice(1);
  if (rest.length === 0) return false;
  // Most rows are figures: the first cell that cannot head a column ends the question.
  if (rest.some((c) => !view.header(row, c))) return false;
  const infos = rest.map((c) => view.header(row, c));
  const years = rest.filter((c, i) => infos[i]!.year !== undefined);
  const worded = rest.filter((c) => view.kind(row, c) === "text");
  if (worded.some((c) => view.header(row, c)!.kind || view.header(row, c)!.year)) return true;
  if (years.length === 0) {
    if (worded.length > 0 && infos.some((i) => i!.kind)) return true;
    // "Kommunen | Koncernen" over "2019 | 2018 | 2019 | 2018": the groups of the columns below;
    // "Kommuner | Landsting | Kommunalförbund" alone: columns by entity, the year in the title.
    const entities = infos.filter((i) => i!.entity).length;
    if (entities === 0 || !infos.every((i) => i!.entity || i!.unit || i!.nonPeriod)) return false;
    return entities >= 2 || (groups && nextIsPeriodHeader(view, row, left, right));
  }
  // Bare numbers only: distinct consecutive years, or one year opening a table.
  const values = years.map((c) => view.header(row, c)!.year!);
  const label = rest === cells ? "" : view.text(row, cells[0]);
  if (new Set(values).size !== values.length) {
    // "2019 | 2018 | 2019 | 2018": the same years again for a second group (kommun, koncern), or
    // years under a row of kinds ("Bokslut | Bokslut | Budget" over "2020 | 2021 | 2021").
    const headed = label === "" || looksLikeTitle(label) || !!view.header(row, cells[0]);
    return headed && (repeatsYearRuns(values) || (groups && previousIsKindRow(view, row, left, right)));
  }
  if (values.length === 1) {
    // "Övrigt | 2000" is 2000 kr; "Kostnader | 2018" or "| 2018" heads a column.
    const formula = !!view.cell(row, years[0])?.formula;
    const headerLabel = label === "" || looksLikeTitle(label) || !!labelMeaning(normalizeLabel(label).key).opens;
    return !formula && headerLabel && isTableStart(view, row, left, right);
  }
  return consecutive(values);
}

function consecutive(values: number[]): boolean {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length - 1] - sorted[0] === sorted.length - 1;
}

/** Runs of two or more distinct consecutive years, each run the same years: "2017 2016 | 2017 2016". */
function repeatsYearRuns(values: number[]): boolean {
  const runs: number[][] = [];
  for (const v of values) {
    const run = runs[runs.length - 1];
    if (run && !run.includes(v)) run.push(v);
    else runs.push([v]);
  }
  const key = (run: number[]) => [...run].sort((a, b) => a - b).join(",");
  return runs.length >= 2 && runs.every((run) => run.length >= 2 && consecutive(run) && key(run) === key(runs[0]));
}

/** The row above (with cells in the band) is a header row that names kinds ("Bokslut | Budget"). */
function previousIsKindRow(view: SheetView, row: number, left: number, right: number): boolean {
  const list = view.rowList();
  const i = view.rowIndexFrom(row) - 1;
  if (i < 0) return false;
  const prev = list[i];
  const cells = nonEmpty(view, prev, left, right);
  return cells.some((c) => view.header(prev, c)?.kind) && isHeaderRow(view, prev, left, right, false);
}

/** The next row with cells in the band is a header row of periods (not itself a group row). */
function nextIsPeriodHeader(view: SheetView, row: number, left: number, right: number): boolean {
  const list = view.rowList();
  for (let i = view.rowIndexFrom(row + 1); i < list.length; i++) {
    if (nonEmpty(view, list[i], left, right).length === 0) continue;
    return isHeaderRow(view, list[i], left, right, false);
  }
  return false;
}

function isTableStart(view: SheetView, row: number, left: number, right: number): boolean {
  const next = row + 1 <= view.rows ? nonEmpty(view, row + 1, left, right) : [];
  const prev = row > 1 ? nonEmpty(view, row - 1, left, right) : [];
  const prevIsData = prev.some((c) => view.kind(row - 1, c) === "amount");
  return next.length > 0 && !prevIsData;
}
