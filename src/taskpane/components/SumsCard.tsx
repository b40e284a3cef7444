import * as React from "react";
import { Badge, Card, CardHeader, makeStyles, Text, tokens } from "@fluentui/react-components";
import { paneTextStrings as S } from "../../domain/strings";
import type { SumsStatus } from "../model/types";

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  heading: { margin: 0 },
});

/** All sums hold, or how many do not; nothing to say, and no verdict, when nothing was checked. */
export function SumsCard({ sums, checked }: { sums: SumsStatus; checked: boolean }): React.JSX.Element {
  const styles = useStyles();
  const fine = sums.wrong === 0 && sums.resultsWrong === 0;
  const looked = checked && sums.checked > 0;
  const headline = !looked
    ? S.sumsNone
    : sums.wrong === 0
      ? S.sumsAllHold(sums.checked)
      : S.sumsWrong(sums.wrong, sums.checked);
  return (
    <Card role="region" aria-labelledby="sums-title">
      <CardHeader
        header={
          <Text as="h3" weight="semibold" id="sums-title" className={styles.heading}>
            {S.sumsTitle}
          </Text>
        }
        action={
          looked || sums.resultsWrong > 0 ? (
            <Badge appearance="tint" color={fine ? "success" : "danger"}>
              {fine ? S.shareBadges.ok : S.shareBadges.wrong}
            </Badge>
          ) : (
            <Badge appearance="tint" color="informative">
              {S.notChecked}
            </Badge>
          )
        }
      />
      <div className={styles.body} data-testid="sums-status">
        <Text>{headline}</Text>
        {sums.resultsWrong > 0 && <Text>{S.resultsWrong(sums.resultsWrong)}</Text>}
        {sums.rounding > 0 && <Text size={200}>{S.sumsRounding(sums.rounding)}</Text>}
      </div>
    </Card>
  );
}
