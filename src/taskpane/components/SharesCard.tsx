import * as React from "react";
import {
  Badge,
  Card,
  CardHeader,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import { paneTextStrings as S } from "../../domain/strings";
import type { MemberShareTable, ShareBadge } from "../model/types";

const useStyles = makeStyles({
  heading: { margin: 0 },
  table: { tableLayout: "auto", width: "100%" },
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
    <Table size="extra-small" className={styles.table}>
      <caption className={styles.caption}>
        <Text size={200}>{S.sharesCaption(shares.sheet, shares.period, shares.total)}</Text>
      </caption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.labelColumn}>{c.member}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{c.amount}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{c.share}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{c.expected}</TableHeaderCell>
          <TableHeaderCell>{c.status}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {shares.rows.map((row) => (
          <TableRow key={`${row.cell}-${row.label}`}>
            <TableCell className={styles.label}>{row.label}</TableCell>
            <TableCell className={styles.number}>{row.amount}</TableCell>
            <TableCell className={styles.number}>{row.share}</TableCell>
            <TableCell className={styles.number}>{row.expectedShare}</TableCell>
            <TableCell>
              <Badge appearance="tint" size="small" color={BADGE_COLOR[row.badge]}>
                {S.shareBadges[row.badge]}
              </Badge>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
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
