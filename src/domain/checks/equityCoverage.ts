// Deficits against the eget kapital available at the start of the year, and the size of eget
// kapital against the year's medlemsbidrag. Workbook-wide: a year stated in several tables
// (budget, balansbudget, resultatbudget) is judged once, in the first table that states it.
import Decimal from "decimal.js";
import type { Finding, UserSettings } from "../finding";
import { financeStrings as S } from "../strings";
import { UNKNOWN_UNIT, type BudgetTable, type StatedUnit, type Unit } from "../table";
import { makeFinding, money, periodLabel, sumOf, tablesNear, tolerance } from "./common";
import { chainYears, type ChainFigure, type ChainYear, type EquityChain } from "./equityChain";
import { percentText } from "./percent";
import { address } from "../grid";
import { descendants, hierarchy } from "./hierarchy";
import { parseWeight } from "./kommunKey";

const UNIT_FACTOR: Record<StatedUnit, number> = { kr: 1, tkr: 1000, Mkr: 1000000 };

/** The entity of a chain's table (equity.ts splits tables into one chain per entity): "" for none. */
function entityOf(table: BudgetTable): string {
  return table.periods[0]?.entity ?? "";
}

/** Another table's figures can stand in for this one's: the same entity, units that convert. */
function comparable(table: BudgetTable, other: BudgetTable): boolean {
  return entityOf(table) === entityOf(other) && convertible(other.unit, table.unit);
}

/** Figures of one unit can be put in the other: the same unit, or two stated ones. */
export function convertible(from: Unit, to: Unit): boolean {
  return from === to || (from !== UNKNOWN_UNIT && to !== UNKNOWN_UNIT);
}

/** A value in one unit expressed in another; unchanged where either unit is unknown (see convertible). */
export function convertUnit(value: Decimal, from: Unit, to: Unit): Decimal {
  if (from === to || from === UNKNOWN_UNIT || to === UNKNOWN_UNIT) return value;
  return value.times(UNIT_FACTOR[from]).div(UNIT_FACTOR[to]);
}

type Chains = ReadonlyMap<BudgetTable, EquityChain>;

/** Eget kapital at the start of a year as another table states it (opening, or last year's closing). */
function availableElsewhere(
  table: BudgetTable,
  year: number,
  tables: BudgetTable[],
  chains: Chains
): Decimal | undefined {
  for (const other of tablesNear(table, tables)) {
    if (!comparable(table, other)) continue;
    const chain = chains.get(other);
    const figure = chain?.get(year)?.opening ?? chain?.get(year - 1)?.closing;
    if (figure) return convertUnit(figure.value, other.unit, table.unit);
  }
  return undefined;
}

function coveredFinding(table: BudgetTable, result: ChainFigure, available: Decimal): Finding {
  const u = table.unit;
  const deficit = result.value.negated();
  const left = available.minus(deficit);
  const years = left.isNegative() ? 0 : left.div(deficit).floor().toNumber();
  return makeFinding({
    rule: "equity.deficit-covered",
    severity: "info",
    table,
    cell: result.cell,
    period: result.period,
    expected: available,
    actual: result.value,
    message: S.deficitCovered(
      periodLabel(result.period),
      money(deficit, u),
      money(available, u),
      money(left, u),
      S.yearsLeft(years)
    ),
    data: { available: available.toFixed(), left: left.toFixed(), yearsLeft: years },
  });
}

function uncoveredFinding(table: BudgetTable, result: ChainFigure, available: Decimal): Finding {
  const u = table.unit;
  const deficit = result.value.negated();
  return makeFinding({
    rule: "equity.deficit-uncovered",
    severity: "error",
    table,
    cell: result.cell,
    period: result.period,
    expected: available,
    actual: result.value,
    message: S.deficitUncovered(
      periodLabel(result.period),
      money(deficit, u),
      money(available, u),
      money(deficit.minus(available), u)
    ),
    data: { available: available.toFixed(), missing: deficit.minus(available).toFixed() },
  });
}

function negativeFinding(table: BudgetTable, closing: ChainFigure): Finding {
  return makeFinding({
    rule: "equity.deficit-uncovered",
    severity: "error",
    table,
    cell: closing.cell,
    period: closing.period,
    actual: closing.value,
    message: S.equityNegative(closing.row.label, periodLabel(closing.period), money(closing.value, table.unit)),
  });
}

/** The result's cell and the cells of every row under it in its column: where its error can sit. */
function cellsUnder(table: BudgetTable, result: ChainFigure): string[] {
  const h = hierarchy(table);
  const column = result.period.column;
  return [result.cell, ...descendants(h, result.row).map((r) => address(r, column))];
}

/**
 * A deficit the eget kapital cannot judge: none is stated for the year, or the result row shows a
 * surplus while income − cost is a deficit (result.mismatch says so; which figure is wrong is
 * for the ekonom to tell, so this is information, never an error).
 */
function uncheckedFinding(
  table: BudgetTable,
  entry: ChainYear,
  result: ChainFigure,
  available: Decimal | undefined
): Finding | undefined {
  const slack = tolerance(table.unit, 2);
  const stated = result.value.lt(slack.negated()) ? result.value : undefined;
  const computed =
    !stated && entry.computed && entry.computed.lt(slack.negated()) && !entry.computed.eq(result.value)
      ? entry.computed
      : undefined;
  if (!(stated && !available) && !computed) return undefined;
  const deficit = (stated ?? (computed as Decimal)).negated();
  const u = table.unit;
  const period = periodLabel(result.period);
  const carried = entry.carried && entry.carried.row.side === "income" ? entry.carried : undefined;
  const message = S.deficitUnchecked(
    period,
    money(deficit, u),
    computed ? money(result.value, u) : undefined,
    !available,
    carried ? { year: String(carried.year), amount: money(carried.value, u) } : undefined
  );
  return makeFinding({
    rule: "equity.deficit-unchecked",
    severity: "info",
    table,
    cell: result.cell,
    period: result.period,
    actual: deficit.negated(),
    message,
    data: {
      deficit: deficit.toFixed(),
      computed: computed !== undefined,
      ...(carried ? { carried: carried.value.toFixed(), carriedYear: carried.year } : {}),
    },
  });
}

/** A surplus carried in as income is already inside the year's result: it cannot pay the deficit a second time. */
function carriedAvailable(entry: ChainYear): Decimal | undefined {
  return entry.carried && entry.carried.row.side !== "income" ? entry.carried.value : undefined;
}

/**
 * Each deficit year (a stated negative result) against the eget kapital at its start: the
 * year's opening, last year's closing, another table's, or what the chain projects from the
 * year before; a carried-over surplus as the last resort. The first year it does not cover,
 * or where eget kapital goes below zero, is an error; later years are not judged again.
 * A deficit with no eget kapital to judge it against, or one that only the figures show (the
 * stated result is not income − cost), is said as information: equity.deficit-unchecked.
 */
export function coverageFindings(tables: BudgetTable[], chains: Chains): Finding[] {
  const findings: Finding[] = [];
  const judged = new Set<number>();
  const negativeJudged = new Set<number>();
  let exhaustedAfter = Number.POSITIVE_INFINITY;
  for (const table of tables) {
    const chain = chains.get(table)!;
    let projected: Decimal | undefined;
    for (const entry of chainYears(chain)) {
      if (entry.year > exhaustedAfter) break;
      const available =
        entry.opening?.value ??
        chain.get(entry.year - 1)?.closing?.value ??
        availableElsewhere(table, entry.year, tables, chains) ??
        projected ??
        carriedAvailable(entry);
      // A result of an earlier year stated beside the budget ("Prel. resultat 2023") is history, not a plan.
      const result = entry.result && entry.result.year === entry.result.period.year ? entry.result : undefined;
      const unchecked =
        result && !judged.has(entry.year) ? uncheckedFinding(table, entry, result, available) : undefined;
      if (unchecked) {
        judged.add(entry.year);
        findings.push(unchecked);
      }
      if (result && result.value.isNegative() && available && !judged.has(entry.year)) {
        judged.add(entry.year);
        const deficit = result.value.negated();
        if (available.plus(tolerance(table.unit, 2, table.decimals)).gte(deficit)) {
          findings.push(coveredFinding(table, result, available));
        } else {
          const f = uncoveredFinding(table, result, available);
          // The deficit as the figures under the result add up: if that one is covered, the stated
          // result's own error is the cause (a SUM that counts a subtotal twice, a wrong total).
          const computed = entry.computed;
          if (computed && (!computed.isNegative() || available.plus(tolerance(table.unit, 2)).gte(computed.negated())))
            f.followsFrom = { sheet: table.sheet, cells: cellsUnder(table, result) };
          findings.push(f);
          exhaustedAfter = entry.year;
          continue;
        }
      }
      if (entry.closing && entry.closing.value.isNegative() && !negativeJudged.has(entry.year)) {
        negativeJudged.add(entry.year);
        findings.push(negativeFinding(table, entry.closing));
        exhaustedAfter = entry.year;
        continue;
      }
      projected = entry.closing?.value ?? (available && result ? available.plus(result.value) : undefined);
    }
  }
  return findings;
}

/** The year's medlemsbidrag in a table's column: the members one by one, or the single line. */
function contributionsIn(table: BudgetTable, periodIndex: number): Decimal | undefined {
  const members = table.rows.filter((r) => r.role === "member" && r.values[periodIndex]);
  const split = members.filter((r) => r.member !== "all");
  const rows = split.length > 0 ? split : members.slice(0, 1);
  if (rows.length === 0) return undefined;
  return sumOf(rows.map((r) => r.values[periodIndex]?.value));
}

function contributionsFor(table: BudgetTable, year: number, tables: BudgetTable[]): Decimal | undefined {
  for (const t of [table, ...tablesNear(table, tables)]) {
    if (!comparable(table, t)) continue;
    const p = t.periods.findIndex((period) => period.year === year);
    const found = p >= 0 ? contributionsIn(t, p) : undefined;
    if (found && found.gt(0)) return convertUnit(found, t.unit, table.unit);
  }
  return undefined;
}

/** The trappa's ceiling (as a ratio) for a yearly medlemsbidrag in kr; undefined when no step applies. */
export function trappaCeiling(
  steps: NonNullable<UserSettings["equityTrappa"]>,
  allocationKr: Decimal
): Decimal | undefined {
  const parsed = steps
    .map((s) => ({
      upTo: s.allocationUpTo.trim() === "" ? undefined : parseWeight(s.allocationUpTo),
      max: parseWeight(s.maxPercent),
    }))
    .filter((s) => s.max !== undefined)
    .sort((a, b) => (a.upTo === undefined ? 1 : b.upTo === undefined ? -1 : a.upTo.comparedTo(b.upTo)));
  const step = parsed.find((s) => s.upTo === undefined || allocationKr.lte(s.upTo));
  return step?.max?.div(100);
}

/** equity.above-recommendation when the trappa is filled, else equity.ratio: once per table and year. */
export function sizeFindings(tables: BudgetTable[], chains: Chains, settings: UserSettings): Finding[] {
  const steps = (settings.equityTrappa ?? []).filter((s) => parseWeight(s.maxPercent) !== undefined);
  const findings: Finding[] = [];
  for (const table of tables) {
    const u = table.unit;
    for (const entry of chainYears(chains.get(table)!)) {
      const closing = entry.closing;
      const contributions = closing ? contributionsFor(table, entry.year, tables) : undefined;
      if (!closing || !contributions) continue;
      const ratio = closing.value.div(contributions);
      const base = { table, cell: closing.cell, period: closing.period, actual: closing.value };
      const label = closing.row.label;
      const period = periodLabel(closing.period);
      // The trappa is in kr: a table whose unit is unknown gets the ratio only.
      if (steps.length === 0 || u === UNKNOWN_UNIT) {
        const message = S.ratio(label, period, money(closing.value, u), percentText(ratio), money(contributions, u));
        findings.push(
          makeFinding({ ...base, rule: "equity.ratio", severity: "info", message, data: { ratio: ratio.toFixed(6) } })
        );
        continue;
      }
      const ceiling = trappaCeiling(steps, convertUnit(contributions, u, "kr"));
      if (!ceiling || closing.value.lte(contributions.times(ceiling))) continue;
      const max = contributions.times(ceiling).toDecimalPlaces(0, Decimal.ROUND_DOWN);
      const message = S.aboveRecommendation(
        label,
        period,
        money(closing.value, u),
        percentText(ratio),
        money(contributions, u),
        percentText(ceiling),
        money(max, u)
      );
      findings.push(
        makeFinding({ ...base, rule: "equity.above-recommendation", severity: "warning", expected: max, message })
      );
    }
  }
  return findings;
}
