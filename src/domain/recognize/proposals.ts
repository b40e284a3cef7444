// What the Finsam labels propose beyond sums: a result is the result above it plus the rows
// between (a running chain: nettokostnader → + skatteintäkter → verksamhetens resultat …), or,
// the first one, income minus costs; summa tillgångar equals summa eget kapital och skulder.
import type { BudgetRow } from "../table";
import type { Proposal, Sign } from "../tables";
import type { WorkRow } from "./rows";

/** A result of the table's own periods: not "Prel. resultat 2023" (an earlier year) nor an accumulated result. */
export function isCheckedResult(row: BudgetRow): boolean {
  return row.role === "result" && !/\b(19|20)\d\d\b/.test(row.label) && !/acku/i.test(row.label);
}

/** Whether most of a row's non-zero figures are printed negative; undefined when all are zero. */
function printedNegative(row: BudgetRow): boolean | undefined {
  let negative = 0;
  let positive = 0;
  for (const v of row.values) {
    if (!v || v.value.isZero()) continue;
    if (v.value.isNegative()) negative++;
    else positive++;
  }
  return negative + positive === 0 ? undefined : negative > positive;
}

/** A reservation to the resultatutjämningsreserv, or "Avgår: …": subtracted where printed positive. */
function subtracted(w: WorkRow): boolean {
  return /^avgår\b|^minus\b|till resultatutjämningsreserv|till rur\b|reserv\w* (?:av medel )?till (?:resultatutjämningsreserv|rur)|^reservering|^avsättning till/.test(
    w.name.key
  );
}

function costLike(w: WorkRow): boolean {
  return w.row.side === "cost" || w.row.role === "total-cost" || w.meaning.leans === "cost" || subtracted(w);
}

function incomeLike(w: WorkRow): boolean {
  return w.row.role === "total-income" || w.row.role === "member" || w.meaning.leans === "income";
}

/**
 * A term of a running result: added as printed, except a row whose own words say cost or
 * deduction and that is printed positive, which is subtracted; a cost row of zeros follows how the
 * table prints its other costs. The side a row inherits from a heading above does not count here:
 * after the first result, sections of costs are over.
 */
function termSign(w: WorkRow, costsNegative: boolean): Sign {
  // "Avgår: …" says subtract: a row of zeros under it is subtracted too.
  if (subtracted(w)) return printedNegative(w.row) === true ? 1 : -1;
  if (w.meaning.leans !== "cost" || incomeLike(w)) return 1;
  return (printedNegative(w.row) ?? costsNegative) ? 1 : -1;
}

/** Whether the table prints its costs negative (a resultaträkning) rather than positive (a budget). */
function costsPrintedNegative(rows: WorkRow[]): boolean {
  let negative = 0;
  let positive = 0;
  for (const w of rows) {
    if (!costLike(w) || incomeLike(w) || w.row.role === "result") continue;
    const n = printedNegative(w.row);
    if (n === true) negative++;
    else if (n === false) positive++;
  }
  return negative > positive;
}

/** The side a row stands on as a term of the first result: income, cost, or none. */
function termSide(w: WorkRow, costSeen: boolean): "income" | "cost" | undefined {
  const row = w.row;
  switch (row.role) {
    case "total-income":
    case "member":
      return "income";
    case "total-cost":
      return "cost";
    case "equity-in":
      return row.side === "income" || (row.side === undefined && !costSeen) ? "income" : undefined;
    case "item":
    case "subtotal":
      if (row.side === "income" || row.side === "cost") return row.side;
      if (row.side) return undefined;
      if (/intäkt/i.test(row.label)) return "income";
      if (/kostnad/i.test(row.label) || printedNegative(row) === true) return "cost";
      return undefined;
    default:
      return undefined;
  }
}

/**
 * Proposals for every checked result: after an earlier result, that result plus the rows
 * between with figures; the first result, its top-level income and cost rows above it.
 * `parentOf` maps a row index to the index of the sum that lists it (from the labels).
 */
export function resultProposals(rows: WorkRow[], parentOf: Map<number, number>): Proposal[] {
  const out: Proposal[] = [];
  const costsNegative = costsPrintedNegative(rows);
  let previous = -1;
  rows.forEach((w, i) => {
    if (!isCheckedResult(w.row) || !w.hasFigures) return;
    const parts: number[] = [];
    const signs: Sign[] = [];
    if (previous >= 0) {
      parts.push(previous);
      signs.push(1);
      for (let j = previous + 1; j < i; j++) {
        const r = rows[j];
        if (!r.hasFigures || r.row.role === "note" || r.row.role === "section") continue;
        const parent = parentOf.get(j);
        if (parent !== undefined && parent < i) continue;
        parts.push(j);
        signs.push(termSign(r, costsNegative));
      }
    } else {
      let costSeen = false;
      let income = false;
      let cost = false;
      for (let j = 0; j < i; j++) {
        const side = termSide(rows[j], costSeen);
        if (side === "cost") costSeen = true;
        const parent = parentOf.get(j);
        if (!side || (parent !== undefined && parent !== i)) continue;
        if (!rows[j].hasFigures && !rows[j].row.parts) continue;
        parts.push(j);
        signs.push(side === "cost" ? ((printedNegative(rows[j].row) ?? costsNegative) ? 1 : -1) : 1);
        if (side === "cost") cost = true;
        else income = true;
      }
      if (!income || !cost) {
        previous = i;
        return;
      }
    }
    previous = i;
    if (parts.length > 0) out.push({ axis: "rows", total: i, parts, signs, basis: "given" });
  });
  return out;
}

const ASSETS = /^summa\s+tillgångar$/i;
const EQUITY_AND_LIABILITIES =
  /^summa\s+(?:eget\s+kapital,?\s+(?:avsättningar\s+)?och\s+skulder|eget\s+kapital,\s+avsättningar\s+och\s+skulder|skulder\s+och\s+eget\s+kapital)$/i;
const EQUITY = /^summa\s+eget\s+kapital$/i;
const LIABILITIES = /^summa\s+skulder$/i;

function clean(label: string): string {
  return label.replace(/[:.]$/, "").replace(/\s+/g, " ").trim();
}

/** The rows of a balance identity: the assets total against the equity-and-liabilities total, or equity plus liabilities. */
export function balanceRows<T extends { label: string }>(rows: readonly T[]): { total: T; parts: T[] } | undefined {
  const find = (re: RegExp) => rows.find((r) => re.test(clean(r.label)));
  const assets = find(ASSETS);
  if (!assets) return undefined;
  const total = find(EQUITY_AND_LIABILITIES);
  if (total) return { total, parts: [assets] };
  const equity = find(EQUITY);
  const liabilities = find(LIABILITIES);
  if (equity && liabilities) return { total: assets, parts: [equity, liabilities] };
  return undefined;
}

export function identityProposals(rows: WorkRow[]): Proposal[] {
  const found = balanceRows(rows.map((w) => w.row));
  if (!found) return [];
  const index = new Map(rows.map((w, i) => [w.row, i]));
  const parts = found.parts.map((r) => index.get(r)!);
  return [
    {
      axis: "rows",
      total: index.get(found.total)!,
      parts,
      signs: parts.map(() => 1),
      kind: "identity",
      basis: "given",
    },
  ];
}
