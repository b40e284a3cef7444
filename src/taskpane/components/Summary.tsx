import * as React from "react";
import { Badge, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { paneTextStrings as S } from "../../domain/strings";
import type { PaneAnalysis } from "../model/types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  counts: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
});

/** Which budget tables were found, and how many errors and warnings. */
export function Summary({ analysis }: { analysis: PaneAnalysis }): React.JSX.Element {
  const styles = useStyles();
  const { summaries, counts } = analysis;
  return (
    <section className={styles.root} aria-labelledby="summary-heading">
      <Subtitle2 as="h2" id="summary-heading" className={styles.heading}>
        {S.summaryTitle}
      </Subtitle2>
      {summaries.length === 0 ? (
        <Text>{S.noTables}</Text>
      ) : (
        <>
          <Text>{S.tablesFound(summaries.length)}</Text>
          <ul className={styles.list}>
            {summaries.map((t) => (
              <li key={t.key}>
                <Text size={200}>{S.tableLine(t.sheet, t.range, t.years, t.unit)}</Text>
              </li>
            ))}
          </ul>
          <div className={styles.counts} data-testid="finding-counts">
            <Badge appearance="filled" color={counts.error > 0 ? "danger" : "success"}>
              {S.counts(counts.error, counts.warning, counts.info)}
            </Badge>
          </div>
        </>
      )}
    </section>
  );
}
