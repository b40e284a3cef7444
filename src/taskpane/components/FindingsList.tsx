import * as React from "react";
import { Badge, Button, makeStyles, mergeClasses, Text, tokens, typographyStyles } from "@fluentui/react-components";
import type { ProposedFix, Severity } from "../../domain/finding";
import type { Grid } from "../../domain/grid";
import { SEVERITY_ORDER } from "../../domain/report/order";
import { paneTextStrings as S } from "../../domain/strings";
import type { FindingLine, FixPlan } from "../model/types";
import { FixDialog } from "./FixDialog";
import { SheetView } from "./SheetView";

const BADGE: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  heading: {
    ...typographyStyles.subtitle2,
    margin: 0,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  severityHeading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  item: { display: "flex", flexDirection: "column", alignItems: "stretch", rowGap: tokens.spacingVerticalXXS },
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
    overflowWrap: "break-word",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  current: { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  place: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  fix: { alignSelf: "flex-start" },
});

export interface FindingsListProps {
  lines: FindingLine[];
  /** False when no budget was found: the list says nothing was checked, not that all is well. */
  checked: boolean;
  /** File mode: the sheets, to show a finding's cell right under it. */
  grids?: Grid[];
  onSelect(sheet: string, cell: string): void;
  onApplyFix(fix: ProposedFix): Promise<void>;
}

function LineButton({ line, current, onClick }: { line: FindingLine; current: boolean; onClick(): void }) {
  const styles = useStyles();
  return (
    <button
      type="button"
      className={mergeClasses(styles.finding, current && styles.current)}
      aria-current={current ? "true" : undefined}
      aria-expanded={current ? "true" : undefined}
      title={S.goToCell(line.sheet, line.cell)}
      onClick={onClick}
    >
      <span>
        <Badge appearance="tint" size="small" color={BADGE[line.severity]}>
          {line.cell}
        </Badge>{" "}
        <span className={styles.place}>{line.place}</span>
      </span>{" "}
      <span>{line.message}</span>
    </button>
  );
}

/** Errors first, then warnings, then information, across tables; a click (or Enter) goes to the cell. */
export function FindingsList({ lines, checked, grids, onSelect, onApplyFix }: FindingsListProps): React.JSX.Element {
  const styles = useStyles();
  const [current, setCurrent] = React.useState<string | undefined>();
  const [fixing, setFixing] = React.useState<FixPlan | undefined>();
  const opener = React.useRef<HTMLElement | null>(null);
  const heading = React.useRef<HTMLHeadingElement>(null);

  /** Back to the button that opened the dialog, or, when the fix made its line go away, to the list. */
  const closeDialog = () => {
    setFixing(undefined);
    setTimeout(() => {
      const target = opener.current?.isConnected ? opener.current : heading.current;
      target?.focus();
    }, 0);
  };
  const confirm = async (fix: ProposedFix) => {
    await onApplyFix(fix);
    closeDialog();
  };
  const goTo = (sheet: string, cell: string) => {
    onSelect(sheet, cell);
    closeDialog();
  };
  const select = (line: FindingLine) => {
    setCurrent(line.key);
    onSelect(line.sheet, line.cell);
  };
  const currentLine = lines.find((l) => l.key === current);
  return (
    <section className={styles.root} aria-labelledby="findings-heading">
      <h2 id="findings-heading" className={styles.heading} ref={heading} tabIndex={-1}>
        {S.findingsTitle}
      </h2>
      {lines.length === 0 && <Text>{checked ? S.noFindings : S.nothingChecked}</Text>}
      {SEVERITY_ORDER.map((severity) => {
        const items = lines.filter((l) => l.severity === severity);
        if (items.length === 0) return null;
        const count = items.reduce((n, l) => n + l.findings.length, 0);
        return (
          <div key={severity} className={styles.group}>
            <h3 className={styles.severityHeading}>
              {S.severityGroups[severity]} ({count})
            </h3>
            <ul className={styles.list}>
              {items.map((line) => (
                <li key={line.key} className={styles.item} data-testid="finding" data-severity={line.severity}>
                  <LineButton line={line} current={line === currentLine} onClick={() => select(line)} />
                  {line.fix && (
                    <Button
                      size="small"
                      className={styles.fix}
                      aria-label={S.fixButtonLabel(line.cell)}
                      onClick={(e) => {
                        opener.current = e.currentTarget;
                        setFixing(line.fix);
                      }}
                    >
                      {S.fixButton}
                    </Button>
                  )}
                  {line === currentLine && grids && <InlineSheet grids={grids} line={line} />}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      <FixDialog plan={fixing} onCancel={closeDialog} onConfirm={confirm} onGoTo={goTo} />
    </section>
  );
}

function InlineSheet({ grids, line }: { grids: Grid[]; line: FindingLine }): React.JSX.Element | null {
  const grid = grids.find((g) => g.name === line.sheet);
  return grid ? <SheetView grid={grid} selected={line.cell} about={line.message} /> : null;
}
