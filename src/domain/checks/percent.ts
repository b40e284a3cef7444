// Percentages in the Finsam findings: whole ones without decimals ("25 %"), others with one ("24,3 %").
import type Decimal from "decimal.js";
import { formatPercent } from "../amount";

export function percentText(ratio: Decimal): string {
  return formatPercent(ratio, ratio.times(100).isInteger() ? 0 : 1);
}
