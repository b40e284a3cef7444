// Eget kapital: the chain from year to year (equity.rollforward), deficits paid from it
// (equity.deficit-covered / -uncovered) and its size against the year's medlemsbidrag
// (equity.above-recommendation with the user's trappa, equity.ratio until it is filled).
//
// Settings read here (UserSettings, src/domain/finding.ts):
//   equityTrappa  [{ allocationUpTo, maxPercent }]: for a yearly medlemsbidrag (all members
//                 together, in kr) up to allocationUpTo ("" = no upper bound), eget kapital
//                 at the end of the year should be at most maxPercent of it. Ships empty
//                 (FINSAM.md): until it holds a step, equity.ratio reports the percentage only.
import Decimal from "decimal.js";
import type { CheckContext, CheckModule, Finding, RuleMeta } from "../finding";
import { seriesTables } from "../periodSeries";
import { financeStrings as S } from "../strings";
import type { BudgetTable } from "../table";
import { makeFinding, money, periodLabel, tolerance } from "./common";
import { chainYears, equityChain, type ChainFigure, type ChainYear, type EquityChain } from "./equityChain";
import { coverageFindings, sizeFindings } from "./equityCoverage";

export { computedResult } from "./equityChain";

const RULE_IDS = [
  "equity.rollforward",
  "equity.deficit-covered",
  "equity.deficit-uncovered",
  "equity.deficit-unchecked",
  "equity.above-recommendation",
  "equity.ratio",
];

function within(a: Decimal, b: Decimal, slack: Decimal): boolean {
  return a.minus(b).abs().lte(slack);
}

function rollforward(table: BudgetTable, figure: ChainFigure, expected: Decimal, message: string): Finding {
  return makeFinding({
    rule: "equity.rollforward",
    severity: "error",
    table,
    cell: figure.cell,
    period: figure.period,
    expected,
    actual: figure.value,
    message,
  });
}

/** Closing ≠ opening + result. Accepted when it follows from the stated result or from the true one. */
function closingFinding(table: BudgetTable, entry: ChainYear, chain: EquityChain): Finding | undefined {
  const closing = entry.closing;
  const opening = entry.opening?.value ?? chain.get(entry.year - 1)?.closing?.value;
  const result = entry.computed ?? entry.result?.value;
  if (!closing || !opening || !result) return undefined;
  // A closing that sums its own column's rows, the year's result among them (a balansräkning's
  // "Summa eget kapital" over årets resultat, a nedskrivning, resultatutjämningsreserv and the
  // rest), is the sum check's to judge: eget kapital also moves by more than the result.
  if (entry.result && (closing.row.parts ?? []).includes(entry.result.row.row)) return undefined;
  const slack = tolerance(table.unit, 3, table.decimals);
  const candidates = [entry.result?.value, entry.computed].filter((r): r is Decimal => r !== undefined);
  if (candidates.some((r) => within(closing.value, opening.plus(r), slack))) return undefined;
  const expected = opening.plus(result);
  const u = table.unit;
  const period = periodLabel(closing.period);
  return rollforward(
    table,
    closing,
    expected,
    S.rollforwardOut(
      closing.row.label,
      period,
      money(closing.value, u),
      money(opening, u),
      money(result, u),
      money(expected, u)
    )
  );
}

/** This year's opening ≠ last year's closing (or last year's opening + result when no closing is stated). */
function openingFinding(table: BudgetTable, entry: ChainYear, chain: EquityChain): Finding | undefined {
  const opening = entry.opening;
  const previous = chain.get(entry.year - 1);
  if (!opening || !previous) return undefined;
  const u = table.unit;
  const period = periodLabel(opening.period);
  if (previous.closing) {
    const expected = previous.closing.value;
    if (within(opening.value, expected, tolerance(u, 2, table.decimals))) return undefined;
    const message = S.rollforwardNext(
      opening.row.label,
      period,
      money(opening.value, u),
      previous.closing.row.label,
      String(previous.year),
      money(expected, u)
    );
    return rollforward(table, opening, expected, message);
  }
  if (!previous.opening || !previous.result) return undefined;
  const base = previous.opening.value;
  const results = [previous.result.value, previous.computed].filter((r): r is Decimal => r !== undefined);
  if (results.some((r) => within(opening.value, base.plus(r), tolerance(u, 3, table.decimals)))) return undefined;
  const expected = base.plus(previous.result.value);
  const message = S.rollforwardOpening(
    opening.row.label,
    period,
    money(opening.value, u),
    money(base, u),
    money(previous.result.value, u),
    money(expected, u)
  );
  return rollforward(table, opening, expected, message);
}

/** A surplus carried into year n+1 ≠ the result the table states for year n. */
function carriedFinding(table: BudgetTable, entry: ChainYear, chain: EquityChain): Finding | undefined {
  const carried = entry.carried;
  const earned = carried ? chain.get(carried.year)?.result : undefined;
  if (!carried || !earned) return undefined;
  const u = table.unit;
  if (within(carried.value, earned.value, tolerance(u, 2, table.decimals))) return undefined;
  const message = S.carriedSurplus(
    carried.row.label,
    periodLabel(carried.period),
    money(carried.value, u),
    earned.row.label,
    String(earned.year),
    money(earned.value, u)
  );
  return rollforward(table, carried, earned.value, message);
}

/** Anspråktagande av eget kapital ≠ the deficit it covers (written with either sign). */
function useFinding(table: BudgetTable, entry: ChainYear): Finding | undefined {
  const use = entry.use;
  const result = entry.result?.value ?? entry.computed;
  if (!use || !result) return undefined;
  const deficit = result.isNegative() ? result.negated() : new Decimal(0);
  const u = table.unit;
  if (within(use.value.abs(), deficit, tolerance(u, 2, table.decimals))) return undefined;
  const expected = use.value.isNegative() ? deficit.negated() : deficit;
  const period = periodLabel(use.period);
  const message = deficit.isZero()
    ? S.equityUseNoDeficit(use.row.label, period, money(use.value, u))
    : S.equityUse(use.row.label, period, money(use.value, u), money(deficit, u), money(expected, u));
  return rollforward(table, use, expected, message);
}

export function rollforwardFindings(table: BudgetTable, chain: EquityChain): Finding[] {
  const findings: Finding[] = [];
  for (const entry of chainYears(chain)) {
    for (const f of [
      openingFinding(table, entry, chain),
      closingFinding(table, entry, chain),
      carriedFinding(table, entry, chain),
      useFinding(table, entry),
    ])
      if (f) findings.push(f);
  }
  return findings;
}

function meta(id: string): RuleMeta {
  return { id, description: S.rules[id], fixable: false };
}

export const equity: CheckModule = {
  rules: RULE_IDS.map(meta),
  check(tables: BudgetTable[], context: CheckContext): Finding[] {
    // One chain per entity and kind of figure: the koncern's 2018 does not open the kommun's 2019.
    const series = tables.flatMap(seriesTables);
    const chains = new Map(series.map((t) => [t, equityChain(t, context)] as const));
    return [
      ...series.flatMap((t) => rollforwardFindings(t, chains.get(t)!)),
      ...coverageFindings(series, chains),
      ...sizeFindings(series, chains, context.settings),
    ];
  },
};
