// Which periods hold the same kind of figure. A year is not enough: budget and utfall of 2019
// are two figures, and so are the kommun's and the koncern's. Checks that match periods across
// tables or follow a chain from year to year compare like with like through these helpers.
import type { BudgetRow, BudgetTable, Period, PeriodKind } from "./table";

/** Budget and plan are one kind of figure (what is planned); prognos, utfall, bokslut each their own. */
export function kindGroup(kind: PeriodKind): PeriodKind {
  return kind === "plan" ? "budget" : kind;
}

/**
 * The identity of a period's figures beyond the year: kind group, entity and closing day
 * ("budget||", "utfall|koncern|", "utfall||2017-09-30" for the third quarter).
 */
export function periodIdentity(period: Period): string {
  return `${kindGroup(period.kind)}|${period.entity ?? ""}|${period.date ?? ""}`;
}

/** Two periods state the same quantity when year, kind group, entity and closing day are the same. */
export function samePeriod(a: Period, b: Period): boolean {
  return a.year === b.year && periodIdentity(a) === periodIdentity(b);
}

/**
 * A table's periods in chains that run from year to year (indices into table.periods): one
 * chain per entity; within an entity, one per kind group where a year appears twice
 * (Utfall 2019 | Utfall 2018 | Budget 2019), otherwise one chain across kinds (Prognos 2016
 * | Budget 2017 | Plan 2018: the budget year opens with the prognosis year's close).
 */
export function periodSeries(periods: readonly Period[]): number[][] {
  const byEntity = new Map<string, number[]>();
  periods.forEach((p, i) => {
    const key = p.entity ?? "";
    byEntity.set(key, [...(byEntity.get(key) ?? []), i]);
  });
  const series: number[][] = [];
  for (const indices of byEntity.values()) {
    const years = indices.map((i) => periods[i].year);
    if (new Set(years).size === years.length) {
      series.push(indices);
      continue;
    }
    const byKind = new Map<string, number[]>();
    for (const i of indices) {
      const key = kindGroup(periods[i].kind);
      byKind.set(key, [...(byKind.get(key) ?? []), i]);
    }
    for (const group of byKind.values()) {
      // Still a year twice within one kind (two budget 2019 columns): each column its own chain.
      const groupYears = group.map((i) => periods[i].year);
      if (new Set(groupYears).size === groupYears.length) series.push(group);
      else for (const i of group) series.push([i]);
    }
  }
  return series;
}

function rowOfSeries(row: BudgetRow, indices: number[]): BudgetRow {
  const out: BudgetRow = { ...row, values: indices.map((i) => row.values[i]) };
  const problems = (row.problems ?? [])
    .filter((p) => indices.includes(p.period))
    .map((p) => ({ ...p, period: indices.indexOf(p.period) }));
  if (problems.length) out.problems = problems;
  else delete out.problems;
  return out;
}

/**
 * The table as one table per chain of periods (the table itself when it has one chain), for
 * checks that follow figures from year to year.
 */
export function seriesTables(table: BudgetTable): BudgetTable[] {
  const series = periodSeries(table.periods);
  if (series.length <= 1) return [table];
  return series.map((indices) => ({
    ...table,
    periods: indices.map((i) => table.periods[i]),
    rows: table.rows.map((row) => rowOfSeries(row, indices)),
  }));
}
