// The kommuner's split of their quarter against the key the user gives (settings.kommunKey:
// kommun name → weight, e.g. population or an agreed percentage). Rule shares.split.
import Decimal from "decimal.js";
import type { Finding } from "../finding";
import { financeStrings as S, findingStrings } from "../strings";
import type { BudgetRow, BudgetTable } from "../table";
import { makeFinding, money, periodLabel, sumOf } from "./common";
import { percentText } from "./percent";

/** "Lindesbergs kommun" and "Lindesberg" → "lindesberg": lower case, no kommun/stad word, no genitive s. */
export function kommunName(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\s-]/gu, " ")
    .replace(/\b(kommuns?|stads?|municipality)\b/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/s$/u, "");
}

/** A weight as written by a user: "12 345", "23,5", "23,5 %". Undefined when not a positive number. */
export function parseWeight(text: string): Decimal | undefined {
  const plain = text.replace(/[\s\u00A0\u202F%]/g, "").replace(",", ".");
  if (!/^\d+(\.\d+)?$/.test(plain)) return undefined;
  const weight = new Decimal(plain);
  return weight.gt(0) ? weight : undefined;
}

/** Pairs each kommun row with one key entry: the same name, or else the one name that contains the other. */
export function matchKey(
  rows: BudgetRow[],
  keyNames: string[]
): { pairs: Map<BudgetRow, string>; unmatchedKeys: string[]; unmatchedRows: BudgetRow[] } {
  const pairs = new Map<BudgetRow, string>();
  const free = new Set(keyNames);
  const pass = (fits: (row: string, key: string) => boolean) => {
    for (const row of rows) {
      if (pairs.has(row)) continue;
      const candidates = [...free].filter((k) => fits(kommunName(row.label), kommunName(k)));
      if (candidates.length !== 1) continue;
      pairs.set(row, candidates[0]);
      free.delete(candidates[0]);
    }
  };
  pass((r, k) => r === k);
  pass((r, k) => k.length > 2 && r.length > 2 && (r.includes(k) || k.includes(r)));
  return { pairs, unmatchedKeys: [...free], unmatchedRows: rows.filter((r) => !pairs.has(r)) };
}

/**
 * Each kommun's amount against quarter × weight / Σweights. In kr the share is accepted when
 * it is the exact share rounded to the krona (less than 1 kr off); in tkr or Mkr within half a unit.
 */
export function kommunSplitFindings(
  table: BudgetTable,
  periodIndex: number,
  groupRows: BudgetRow[],
  quarter: Decimal,
  key: Record<string, string>
): Finding[] {
  const rows = groupRows.filter((r) => r.member === "kommun" && r.values[periodIndex]);
  if (rows.length < 2) return [];
  const weights = new Map<string, Decimal>();
  for (const [name, text] of Object.entries(key)) {
    const w = parseWeight(text);
    if (w) weights.set(name, w);
  }
  if (weights.size === 0) return [];
  const period = table.periods[periodIndex];
  const { pairs, unmatchedKeys, unmatchedRows } = matchKey(rows, [...weights.keys()]);
  if (unmatchedKeys.length > 0 || unmatchedRows.length > 0) {
    // Said once per table, at its first period with kommun rows.
    if (table.periods.findIndex((_, i) => groupRows.some((r) => r.values[i])) !== periodIndex) return [];
    const message = S.splitKeyUnmatched(
      findingStrings.rowList(unmatchedKeys),
      findingStrings.rowList(unmatchedRows.map((r) => r.label))
    );
    return [
      makeFinding({
        rule: "shares.split",
        severity: "info",
        table,
        cell: rows[0].values[periodIndex]!.cell,
        period,
        message,
      }),
    ];
  }
  const total = sumOf([...weights.values()]);
  const slack = table.unit === "kr" ? new Decimal(1) : new Decimal("0.5");
  const findings: Finding[] = [];
  for (const row of rows) {
    const amount = row.values[periodIndex]!;
    const share = weights.get(pairs.get(row)!)!.div(total);
    const exact = quarter.times(share);
    const diff = amount.value.minus(exact).abs();
    if (table.unit === "kr" ? diff.lt(slack) : diff.lte(slack)) continue;
    const expected = exact.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
    findings.push(
      makeFinding({
        rule: "shares.split",
        severity: "error",
        table,
        cell: amount.cell,
        period,
        expected,
        actual: amount.value,
        related: rows.filter((r) => r !== row).map((r) => r.values[periodIndex]!.cell),
        message: S.splitWrong(
          row.label,
          periodLabel(period),
          money(amount.value, table.unit),
          percentText(share),
          money(expected, table.unit),
          money(quarter.toDecimalPlaces(0, Decimal.ROUND_HALF_UP), table.unit)
        ),
        data: { weight: weights.get(pairs.get(row)!)!.toFixed(), keyName: pairs.get(row) },
      })
    );
  }
  return findings;
}
