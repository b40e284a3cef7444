import * as React from "react";
import { Badge, Button, makeStyles, mergeClasses, Subtitle2, Text, tokens } from "@fluentui/react-components";
import type { Finding, ProposedFix, Severity } from "../../domain/finding";
import { parseAddress, parseRange, rangeContains } from "../../domain/grid";
import { paneTextStrings as S } from "../../domain/strings";
import type { TableSummary } from "../model/types";
import { FixDialog } from "./FixDialog";

const SEVERITIES: Severity[] = ["error", "warning", "info"];
const BADGE: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  tableHeading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  severityHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  item: { display: "flex", flexDirection: "column", alignItems: "flex-start", rowGap: tokens.spacingVerticalXXS },
  finding: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXXS,
    width: "100%",
    textAlign: "start",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  current: { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  address: { fontWeight: tokens.fontWeightSemibold },
});

interface FindingGroup {
  key: string;
  title: string;
  findings: Finding[];
}

/** Findings grouped by the table whose range holds their cell, in the order the checks sorted them. */
export function groupByTable(findings: Finding[], tables: TableSummary[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const at = parseAddress(f.cell);
    const table = tables.find((t) => {
      const range = parseRange(t.range);
      return t.sheet === f.sheet && range !== undefined && at !== undefined && rangeContains(range, at.row, at.column);
    });
    const key = table ? table.key : `${f.sheet}!`;
    const title = table
      ? `${table.sheet}!${table.range}${table.title ? ` – ${table.title}` : ""}`
      : `${f.sheet} (${S.otherFindings})`;
    const group = groups.get(key) ?? { key, title, findings: [] };
    group.findings.push(f);
    groups.set(key, group);
  }
  return [...groups.values()];
}

export interface FindingsListProps {
  findings: Finding[];
  tables: TableSummary[];
  onSelect(finding: Finding): void;
  onApplyFix(fix: ProposedFix): Promise<void>;
}

/** Every finding as one Swedish sentence at its cell; a click (or Enter) goes to the cell. */
export function FindingsList({ findings, tables, onSelect, onApplyFix }: FindingsListProps): React.JSX.Element {
  const styles = useStyles();
  const [current, setCurrent] = React.useState<Finding | undefined>();
  const [fixing, setFixing] = React.useState<ProposedFix | undefined>();
  const groups = groupByTable(findings, tables);
  const select = (f: Finding) => {
    setCurrent(f);
    onSelect(f);
  };
  const confirm = async (fix: ProposedFix) => {
    await onApplyFix(fix);
    setFixing(undefined);
  };
  return (
    <section className={styles.root} aria-labelledby="findings-heading">
      <Subtitle2 as="h2" id="findings-heading" className={styles.heading}>
        {S.findingsTitle}
      </Subtitle2>
      {findings.length === 0 && <Text>{S.noFindings}</Text>}
      {groups.map((g) => (
        <div key={g.key} className={styles.group}>
          <h3 className={styles.tableHeading}>{g.title}</h3>
          {SEVERITIES.map((severity) => {
            const items = g.findings.filter((f) => f.severity === severity);
            if (items.length === 0) return null;
            return (
              <div key={severity} className={styles.group}>
                <h4 className={styles.severityHeading}>
                  {S.severityGroups[severity]} ({items.length})
                </h4>
                <ul className={styles.list}>
                  {items.map((f, i) => (
                    <li
                      key={`${f.rule}-${f.cell}-${f.period ?? ""}-${i}`}
                      className={styles.item}
                      data-testid="finding"
                    >
                      <button
                        type="button"
                        className={mergeClasses(styles.finding, current === f && styles.current)}
                        aria-current={current === f ? "true" : undefined}
                        title={S.goToCell(f.sheet, f.cell)}
                        onClick={() => select(f)}
                      >
                        <span>
                          <Badge appearance="tint" size="small" color={BADGE[f.severity]}>
                            {f.cell}
                          </Badge>{" "}
                          <span className={styles.address}>{f.sheet}</span>
                        </span>
                        <span>{f.message}</span>
                      </button>
                      {f.fix && (
                        <Button size="small" aria-label={S.fixButtonLabel(f.cell)} onClick={() => setFixing(f.fix)}>
                          {S.fixButton}
                        </Button>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </div>
      ))}
      <FixDialog fix={fixing} onCancel={() => setFixing(undefined)} onConfirm={confirm} />
    </section>
  );
}
