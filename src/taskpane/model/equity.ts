// The Eget kapital card as data: eget kapital at each year's end from every table's chain (the
// first table that states a year wins), and the deficits that could not be judged against any.
import Decimal from "decimal.js";
import { formatAmount } from "../../domain/amount";
import type { Finding, UserSettings } from "../../domain/finding";
import type { Grid } from "../../domain/grid";
import type { BudgetTable, Unit } from "../../domain/table";
import { tolerance } from "../../domain/checks/common";
import { chainYears, equityChain } from "../../domain/checks/equityChain";
import { convertUnit } from "../../domain/checks/equityCoverage";
import { paneTextStrings as S } from "../../domain/strings";
import type { EquitySeries, EquityYear, UncheckedDeficit } from "./types";

/** equity.deficit-unchecked findings as the card's lines: the year, the deficit, what the carried surplus does. */
function uncheckedDeficits(findings: Finding[]): UncheckedDeficit[] {
  return findings
    .filter((f) => f.rule === "equity.deficit-unchecked" && f.period !== undefined && f.data)
    .map((f) => {
      const unit = f.unit ?? "kr";
      const data = f.data as { deficit: string; computed: boolean; carried?: string; carriedYear?: number };
      return {
        year: f.period as number,
        deficitText: formatAmount(new Decimal(data.deficit), unit),
        computed: data.computed,
        ...(data.carried !== undefined
          ? {
              carriedText: S.equityCarriedInIncome(
                String(data.carriedYear),
                formatAmount(new Decimal(data.carried), unit)
              ),
            }
          : {}),
      };
    });
}

export function equitySeries(
  tables: BudgetTable[],
  grids: Grid[],
  settings: UserSettings,
  findings: Finding[]
): EquitySeries {
  const unit: Unit =
    tables.find((t) => t.rows.some((r) => r.role === "equity-out" || r.role === "equity-in"))?.unit ?? "kr";
  const byYear = new Map<number, { value?: Decimal; result?: Decimal }>();
  const context = { tables, grids, settings };
  for (const table of tables) {
    for (const entry of chainYears(equityChain(table, context))) {
      const slot = byYear.get(entry.year) ?? {};
      const toUnit = (d: Decimal) => convertUnit(d, table.unit, unit);
      const result = entry.result && entry.result.year === entry.result.period.year ? entry.result.value : undefined;
      const closing =
        entry.closing?.value ?? (entry.opening && result !== undefined ? entry.opening.value.plus(result) : undefined);
      if (slot.value === undefined && closing !== undefined) slot.value = toUnit(closing);
      if (slot.result === undefined && result !== undefined) slot.result = toUnit(result);
      byYear.set(entry.year, slot);
    }
  }
  const uncovered = new Set(findings.filter((f) => f.rule === "equity.deficit-uncovered").map((f) => f.period));
  const years: EquityYear[] = [...byYear.entries()]
    .filter(([, s]) => s.value !== undefined)
    .sort(([a], [b]) => a - b)
    .map(([year, s]) => {
      const value = s.value as Decimal;
      const deficit = s.result !== undefined && s.result.lt(tolerance(unit, 1).negated());
      return {
        year,
        value: value.toFixed(),
        valueText: formatAmount(value, unit),
        shortText: formatAmount(value),
        deficit,
        negative: value.isNegative(),
        resultText: s.result === undefined ? undefined : formatAmount(s.result, unit),
        uncovered: uncovered.has(year) || value.isNegative(),
      };
    });
  return { unit, years, unchecked: uncheckedDeficits(findings) };
}
