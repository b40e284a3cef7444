import * as React from "react";
import { Badge, makeStyles, Text, tokens, typographyStyles } from "@fluentui/react-components";
import { paneTextStrings as S } from "../../domain/strings";
import type { PaneAnalysis } from "../model/types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  heading: {
    ...typographyStyles.subtitle2,
    margin: 0,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  line: { overflowWrap: "break-word" },
  counts: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  badge: { whiteSpace: "normal", height: "auto", minHeight: "20px", textAlign: "center" },
});

export interface SummaryProps {
  analysis: PaneAnalysis;
  /** The overview's heading, where focus goes when a file has been read. */
  headingRef?: React.Ref<HTMLHeadingElement>;
}

/** Which budget tables were found, and how many errors and warnings; or plainly that nothing was checked. */
export function Summary({ analysis, headingRef }: SummaryProps): React.JSX.Element {
  const styles = useStyles();
  const { summaries, counts } = analysis;
  const colour = counts.error > 0 ? "danger" : counts.warning > 0 ? "warning" : "success";
  return (
    <section className={styles.root} aria-labelledby="summary-heading">
      <h2 id="summary-heading" className={styles.heading} ref={headingRef} tabIndex={-1}>
        {S.summaryTitle}
      </h2>
      {!analysis.checked ? (
        <>
          <div className={styles.counts} data-testid="finding-counts">
            <Badge appearance="tint" color="informative" className={styles.badge}>
              {S.noTables}
            </Badge>
          </div>
          <Text>{S.noTablesDetail}</Text>
        </>
      ) : (
        <>
          <Text>{S.tablesFound(summaries.length)}</Text>
          <ul className={styles.list}>
            {summaries.map((t) => (
              <li key={t.key} className={styles.line}>
                <Text size={200}>{S.tableLine(t.sheet, t.range, t.years, t.unit)}</Text>
              </li>
            ))}
          </ul>
          <div className={styles.counts} data-testid="finding-counts">
            <Badge appearance="filled" color={colour} className={styles.badge}>
              {S.counts(counts.error, counts.warning, counts.info)}
            </Badge>
          </div>
        </>
      )}
    </section>
  );
}
