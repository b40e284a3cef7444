// The eget kapital chain of one table, year by year: opening, result, closing, equity used,
// and a surplus carried over from the year before. Labels that name another year ("Eget
// kapital ingående 2023", "Prel. resultat 2023" in the 2024 column) or a cell that does
// ("Överskott 2020 329" in the 2021 column) put their figure under that year.
import type Decimal from "decimal.js";
import { splitLabelAmount } from "../amount";
import type { CheckContext } from "../finding";
import type { Amount, BudgetRow, BudgetTable, Period } from "../table";
import { yearInText } from "../vocabulary";
import { hierarchy } from "./hierarchy";
import { isCheckedResult, resultVerdict } from "./results";

/** A figure of the chain and where it stands. */
export interface ChainFigure {
  value: Decimal;
  cell: string;
  row: BudgetRow;
  period: Period;
  /** The year the figure belongs to (may differ from the column's year). */
  year: number;
}

export interface ChainYear {
  year: number;
  opening?: ChainFigure;
  closing?: ChainFigure;
  result?: ChainFigure;
  /** Income minus cost as the figures add up (the true result), when the table allows it. */
  computed?: Decimal;
  use?: ChainFigure;
  /** A surplus carried into this year; `year` on the figure is the year it was earned. */
  carried?: ChainFigure;
}

export type EquityChain = Map<number, ChainYear>;

function yearOf(chain: EquityChain, year: number): ChainYear {
  let entry = chain.get(year);
  if (!entry) {
    entry = { year };
    chain.set(year, entry);
  }
  return entry;
}

/** The year a label or a cell text names, if it names exactly one. */
function namedYear(row: BudgetRow, amount: Amount): number | undefined {
  const inCell = amount.text ? splitLabelAmount(amount.text)?.label : undefined;
  return (inCell ? yearInText(inCell) : undefined) ?? yearInText(row.label);
}

function isCarried(row: BudgetRow): boolean {
  return row.role === "equity-in" && /^\W*överskott\s+(19|20)\d\d/i.test(row.label);
}

/**
 * Rows the vocabulary calls eget kapital out but that stand above the result while another
 * one stands below it ("Eget kapital 1 106" over "Årets resultat" over "Summa eget kapital"):
 * those open the year.
 */
function openingRowsByPosition(table: BudgetTable): Set<BudgetRow> {
  const result = table.rows.find(isCheckedResult);
  const outs = table.rows.filter((r) => r.role === "equity-out");
  if (!result || table.rows.some((r) => r.role === "equity-in" && !isCarried(r))) return new Set();
  if (!outs.some((r) => r.row > result.row)) return new Set();
  return new Set(outs.filter((r) => r.row < result.row));
}

/** Sets a slot: the first opening for a year wins; for the rest the last one ("Årets resultat" after "nettokostnader"). */
function put(entry: ChainYear, slot: "opening" | "closing" | "result" | "use" | "carried", figure: ChainFigure): void {
  if (slot !== "opening" || !entry[slot]) entry[slot] = figure;
}

export function equityChain(table: BudgetTable, context: CheckContext): EquityChain {
  const chain: EquityChain = new Map();
  const openings = openingRowsByPosition(table);
  const h = hierarchy(table);
  table.periods.forEach((period, p) => {
    for (const row of table.rows) {
      const amount = row.values[p];
      if (!amount) continue;
      const named = namedYear(row, amount);
      const figure = (year: number): ChainFigure => ({ value: amount.value, cell: amount.cell, row, period, year });
      if (isCarried(row)) {
        const earned = named ?? period.year - 1;
        put(yearOf(chain, earned + 1), "carried", figure(earned));
      } else if (row.role === "equity-in" || openings.has(row)) {
        const year = named ?? period.year;
        put(yearOf(chain, year), "opening", figure(year));
      } else if (row.role === "equity-out") {
        const year = named ?? period.year;
        put(yearOf(chain, year), "closing", figure(year));
      } else if (row.role === "equity-use") {
        put(yearOf(chain, period.year), "use", figure(period.year));
      } else if (row.role === "result" && !/acku/i.test(row.label)) {
        const year = named ?? period.year;
        put(yearOf(chain, year), "result", figure(year));
      }
    }
    const resultRow = [...table.rows].reverse().find((r) => isCheckedResult(r) && r.values[p]);
    if (resultRow) {
      const verdict = resultVerdict(h, resultRow, p, context);
      // A result whose terms the arithmetic could not stand on (a mismatch it does not judge) computes nothing.
      if (verdict && (verdict.ok || verdict.judged)) yearOf(chain, period.year).computed = verdict.expected;
    }
  });
  return chain;
}

/** Years of a chain in ascending order. */
export function chainYears(chain: EquityChain): ChainYear[] {
  return [...chain.values()].sort((a, b) => a.year - b.year);
}

/**
 * The true result of a table's period (income − cost as its figures add up), from the
 * arithmetic checks' own computation; undefined when the table has no result or no costs.
 */
export function computedResult(table: BudgetTable, periodIndex: number, context: CheckContext): Decimal | undefined {
  const resultRow = [...table.rows].reverse().find((r) => isCheckedResult(r) && r.values[periodIndex]);
  if (!resultRow) return undefined;
  return resultVerdict(hierarchy(table), resultRow, periodIndex, context)?.expected;
}
