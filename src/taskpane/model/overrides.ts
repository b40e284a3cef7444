// Adding one correction to the user's overrides: the newest word on a row, column or sheet wins.
import type { Overrides, PeriodKind, Unit } from "../../domain/table";

export function withNotSum(o: Overrides | undefined, sheet: string, row: number): Overrides {
  const sums = (o?.sums ?? []).filter((s) => !(s.sheet === sheet && s.row === row));
  return { ...o, sums: [...sums, { sheet, row, parts: null }] };
}

export function withPeriod(
  o: Overrides | undefined,
  sheet: string,
  column: number,
  year: number,
  kind?: PeriodKind
): Overrides {
  const periods = (o?.periods ?? []).filter((p) => !(p.sheet === sheet && p.column === column));
  return { ...o, periods: [...periods, kind ? { sheet, column, year, kind } : { sheet, column, year }] };
}

export function withUnit(o: Overrides | undefined, sheet: string, unit: Unit): Overrides {
  const units = (o?.units ?? []).filter((u) => u.sheet !== sheet);
  return { ...o, units: [...units, { sheet, unit }] };
}

export function overrideCount(o: Overrides | undefined): number {
  return (o?.sums?.length ?? 0) + (o?.periods?.length ?? 0) + (o?.units?.length ?? 0) + (o?.roles?.length ?? 0);
}
