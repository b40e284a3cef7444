// A table's unit, from what states it: its cells, its headers (the corner cell above the labels
// included), its title, a note under it ("Belopp i miljoner kronor"); else from the members'
// figures (a förbund's medlemsbidrag in the millions is kronor); else from the other tables of
// its sheet; else unknown, and said so. Never kr by default.
import type { Amount } from "../table";
import { UNKNOWN_UNIT, type StatedUnit, type Unit } from "../table";
import { unitInText } from "../vocabulary";
import type { Block } from "./blocks";
import type { SheetView } from "./sheet";

export type UnitSource = "cells" | "header" | "title" | "note" | "members" | "sheet" | "none";

export interface UnitVerdict {
  unit: Unit;
  unitSource: UnitSource;
}

/** Text that names the unit of the figures near it rather than mentioning a word. */
const UNIT_NOTE =
  /belopp|tkr|mkr|mnkr|msek|tsek|ksek|kronor|miljoner|tusental|\(kr\)|i kr\b|,\s*kr\b|^\s*kr\s*$|^\s*sek\s*$/i;

/** Cells first ("4516 tkr", `# ##0 "kr"`), then headers ("År 2020(tkr)", "Budget Kr", the corner "mnkr"), then titles ("Belopp i tkr"), then a note under the table. */
export function statedUnit(
  view: SheetView,
  block: Block,
  columns: number[],
  titles: string[],
  override: StatedUnit | undefined
): UnitVerdict | undefined {
  if (override) return { unit: override, unitSource: "header" };
  const counts = new Map<StatedUnit, number>();
  for (const r of block.body) {
    for (const c of columns) {
      const u = view.unit(r, c);
      if (u) counts.set(u, (counts.get(u) ?? 0) + 1);
    }
  }
  const fromCells = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (fromCells) return { unit: fromCells[0], unitSource: "cells" };
  for (const r of block.headerRows) {
    for (const c of view.cellsIn(r, block.left, block.right)) {
      const u = view.kind(r, c) === "text" ? (view.header(r, c)?.unit ?? unitInText(view.text(r, c))) : undefined;
      if (u) return { unit: u, unitSource: "header" };
    }
  }
  for (const t of [...titles].reverse()) {
    const u = UNIT_NOTE.test(t) ? unitInText(t) : undefined;
    if (u) return { unit: u, unitSource: "title" };
  }
  const note = noteBelow(view, block);
  return note ? { unit: note, unitSource: "note" } : undefined;
}

/** A unit in the few text rows right under the table ("Belopp i miljoner kronor", "Alla belopp i tkr"). */
function noteBelow(view: SheetView, block: Block): StatedUnit | undefined {
  const last = block.body[block.body.length - 1];
  if (last === undefined) return undefined;
  const list = view.rowList();
  let seen = 0;
  for (let i = view.rowIndexFrom(last + 1); i < list.length && seen < 3; i++) {
    const row = list[i];
    if (row > last + 4) break;
    const cells = view.cellsIn(row, block.left, block.right);
    if (cells.length === 0) continue;
    seen++;
    if (cells.some((c) => view.kind(row, c) === "amount")) break;
    for (const c of cells) {
      const text = view.text(row, c);
      const u = UNIT_NOTE.test(text) ? unitInText(text) : undefined;
      if (u) return u;
    }
  }
  return undefined;
}

/**
 * The members' contributions of one year together (state, region and kommuner, or the single
 * medlemsbidrag line) reach a million: that is kronor. In tkr it would be a billion kronor,
 * more than the state gives every samordningsförbund together (339 Mkr a year, FINSAM.md), and
 * the members give no more than the state.
 */
export function membersSayKronor(members: { member?: string; values: (Amount | undefined)[] }[]): boolean {
  const periods = members.reduce((n, m) => Math.max(n, m.values.length), 0);
  for (let p = 0; p < periods; p++) {
    let split = 0;
    let whole = 0;
    for (const m of members) {
      const v = m.values[p]?.value;
      if (!v) continue;
      const n = v.abs().toNumber();
      if (m.member === "all") whole = Math.max(whole, n);
      else split += n;
    }
    if (Math.max(split, whole) >= KRONOR_FLOOR) return true;
  }
  return false;
}

const KRONOR_FLOOR = 1000000;

/**
 * The unit the other tables of a sheet agree on (by their own evidence or their members), for
 * a table that states none; undefined when they state none or disagree.
 */
export function sheetUnit(verdicts: (UnitVerdict | undefined)[]): StatedUnit | undefined {
  const units = new Set<StatedUnit>();
  for (const v of verdicts) if (v && v.unit !== UNKNOWN_UNIT && v.unitSource !== "sheet") units.add(v.unit);
  return units.size === 1 ? [...units][0] : undefined;
}

/** The most decimals a figure of the table shows: its number format's, or the figure's own (at most 6). */
export function printedDecimals(
  view: SheetView,
  rows: { row: number; values: (Amount | undefined)[] }[],
  columns: number[]
): number {
  let most = 0;
  for (const r of rows) {
    r.values.forEach((a, p) => {
      if (!a) return;
      const format = a.source === "text" ? undefined : formatDecimals(view.cell(r.row, columns[p])?.numberFormat);
      const shown = Math.min(format ?? a.value.decimalPlaces(), 6);
      if (shown > most) most = shown;
    });
  }
  return most;
}

/** Decimals a number format shows ("# ##0,0" or "#,##0.0" → 1); undefined for General or none. */
function formatDecimals(format: string | undefined): number | undefined {
  if (!format || /^general$/i.test(format)) return undefined;
  const section = format.split(";")[0].replace(/"[^"]*"/g, "");
  const decimals = /[0#]\.([0#]+)/.exec(section);
  return decimals ? decimals[1].length : 0;
}
