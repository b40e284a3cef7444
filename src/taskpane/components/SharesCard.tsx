import * as React from "react";
import { Badge, Card, CardHeader, makeStyles, Text, tokens } from "@fluentui/react-components";
import { paneTextStrings as S } from "../../domain/strings";
import { compactTable } from "./compactTable";
import type { MemberShareTable, ShareBadge } from "../model/types";

const useStyles = makeStyles({
  heading: { margin: 0 },
  table: compactTable,
  labelColumn: { width: "40%" },
  caption: { textAlign: "start", paddingBottom: tokens.spacingVerticalXS },
  number: { textAlign: "end", whiteSpace: "nowrap" },
  label: { overflowWrap: "anywhere", hyphens: "auto" },
});

const BADGE_COLOR: Record<ShareBadge, "success" | "danger" | "warning" | "informative"> = {
  ok: "success",
  wrong: "danger",
  agreed: "warning",
  unchecked: "informative",
};

function ShareTable({ shares }: { shares: MemberShareTable }): React.JSX.Element {
  const styles = useStyles();
  const c = S.shareColumns;
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>
        <Text size={200}>{S.sharesCaption(shares.sheet, shares.period, shares.total)}</Text>
      </caption>
      <thead>
        <tr>
          <th scope="col" className={styles.labelColumn}>
            {c.member}
          </th>
          <th scope="col" className={styles.number} data-num>
            {c.amount}
          </th>
          <th scope="col" className={styles.number} data-num>
            {c.share}
          </th>
          <th scope="col" className={styles.number} data-num>
            {c.expected}
          </th>
          <th scope="col">{c.status}</th>
        </tr>
      </thead>
      <tbody>
        {shares.rows.map((row) => (
          <tr key={`${row.cell}-${row.label}`}>
            <td className={styles.label}>{row.label}</td>
            <td className={styles.number} data-num>
              {row.amount}
            </td>
            <td className={styles.number} data-num>
              {row.share}
            </td>
            <td className={styles.number} data-num>
              {row.expectedShare}
            </td>
            <td>
              <Badge appearance="tint" size="small" color={BADGE_COLOR[row.badge]}>
                {S.shareBadges[row.badge]}
              </Badge>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Each member's amount, share and the share the law sets, per table with member rows. */
export function SharesCard({ shares }: { shares: MemberShareTable[] }): React.JSX.Element {
  const styles = useStyles();
  const wrong = shares.some((t) => t.rows.some((r) => r.badge === "wrong"));
  return (
    <Card role="region" aria-labelledby="shares-title">
      <CardHeader
        header={
          <Text as="h3" weight="semibold" id="shares-title" className={styles.heading}>
            {S.sharesTitle}
          </Text>
        }
        action={
          shares.length > 0 && !shares[0].singleLine ? (
            <Badge appearance="tint" color={wrong ? "danger" : "success"}>
              {wrong ? S.shareBadges.wrong : S.shareBadges.ok}
            </Badge>
          ) : undefined
        }
      />
      {shares.length === 0 && <Text>{S.sharesNone}</Text>}
      {shares.map((t) => (
        <div key={t.tableKey} data-testid="share-table">
          {t.singleLine && <Text size={200}>{S.sharesSingleLine}</Text>}
          <ShareTable shares={t} />
        </div>
      ))}
    </Card>
  );
}
