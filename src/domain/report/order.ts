// The order every face lists findings in: errors, then warnings, then information; within a
// severity, the order the checks gave (sheet, row, column). The first thing read is the worst.
import type { Finding, Severity } from "../finding";

export const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

/** The findings, errors first; a stable sort, so each severity keeps the checks' order. */
export function bySeverity<T extends Pick<Finding, "severity">>(findings: readonly T[]): T[] {
  return SEVERITY_ORDER.flatMap((severity) => findings.filter((f) => f.severity === severity));
}
