import * as React from "react";
import { Badge, Card, CardHeader, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { paneTextStrings as S } from "../../domain/strings";
import { compactTable } from "./compactTable";
import type { MemberShareRow, MemberShareTable, ShareBadge } from "../model/types";

const useStyles = makeStyles({
  heading: { margin: 0 },
  table: compactTable,
  caption: { textAlign: "start", paddingBottom: tokens.spacingVerticalXS, captionSide: "top" },
  number: { textAlign: "end", whiteSpace: "nowrap" },
  // Names break at spaces and after "/" (a <wbr>), never inside a word.
  label: { overflowWrap: "normal", wordBreak: "normal", hyphens: "manual" },
  member: { paddingLeft: tokens.spacingHorizontalL },
  amount: { display: "block", color: tokens.colorNeutralForeground2, whiteSpace: "nowrap" },
  group: { fontWeight: tokens.fontWeightSemibold },
  badge: { whiteSpace: "normal", height: "auto", minHeight: "16px", textAlign: "center" },
  note: { display: "block", marginTop: tokens.spacingVerticalXS },
});

const BADGE_COLOR: Record<ShareBadge, "success" | "danger" | "warning" | "informative"> = {
  ok: "success",
  wrong: "danger",
  agreed: "warning",
  unchecked: "informative",
};

/** "Försäkringskassan/Arbetsförmedlingen" with a line-break opportunity after the slash. */
export function breakableName(label: string): React.ReactNode[] {
  return label.split(/(?<=\/)/).flatMap((part, i) => (i === 0 ? [part] : [<wbr key={i} />, part]));
}

function ShareRow({ row, status }: { row: MemberShareRow; status: boolean }): React.JSX.Element {
  const styles = useStyles();
  return (
    <tr data-kind={row.kind}>
      <th scope="row" className={mergeClasses(styles.label, row.kind === "member" ? styles.member : styles.group)}>
        {breakableName(row.label)}
        <span className={styles.amount}>{row.amount}</span>
      </th>
      <td className={styles.number} data-num>
        {row.share}
      </td>
      <td className={styles.number} data-num>
        {row.expectedShare}
      </td>
      {status && (
        <td>
          {row.badge && (
            <Badge appearance="tint" size="small" color={BADGE_COLOR[row.badge]} className={styles.badge}>
              {S.shareBadges[row.badge]}
            </Badge>
          )}
        </td>
      )}
    </tr>
  );
}

function ShareTable({ shares }: { shares: MemberShareTable }): React.JSX.Element {
  const styles = useStyles();
  const c = S.shareColumns;
  // A single line is shown, not judged: no status column of "Ej kontrollerad" on every row.
  const status = !shares.singleLine;
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>
        <Text size={200}>{S.sharesCaption(shares.sheet, shares.period, shares.total)}</Text>
      </caption>
      <thead>
        <tr>
          <th scope="col">{c.member}</th>
          <th scope="col" className={styles.number} data-num>
            {c.share}
          </th>
          <th scope="col" className={styles.number} data-num>
            {c.expected}
          </th>
          {status && <th scope="col">{c.status}</th>}
        </tr>
      </thead>
      <tbody>
        {shares.rows.map((row) => (
          <ShareRow key={`${row.cell}-${row.kind}-${row.label}`} row={row} status={status} />
        ))}
      </tbody>
    </table>
  );
}

function cardBadge(shares: MemberShareTable[]): ShareBadge | undefined {
  if (shares.length === 0) return undefined;
  if (shares.some((t) => t.badge === "wrong")) return "wrong";
  if (shares.some((t) => t.badge === "agreed")) return "agreed";
  return shares.every((t) => t.singleLine) ? "unchecked" : "ok";
}

/** The member groups' shares of the whole against what the law sets, each kommun apart against its key. */
export function SharesCard({ shares, checked }: { shares: MemberShareTable[]; checked: boolean }): React.JSX.Element {
  const styles = useStyles();
  const badge = cardBadge(shares);
  return (
    <Card role="region" aria-labelledby="shares-title">
      <CardHeader
        header={
          <Text as="h3" weight="semibold" id="shares-title" className={styles.heading}>
            {S.sharesTitle}
          </Text>
        }
        action={
          badge ? (
            <Badge appearance="tint" color={BADGE_COLOR[badge]} className={styles.badge} data-testid="shares-badge">
              {S.shareBadges[badge]}
            </Badge>
          ) : undefined
        }
      />
      {shares.length === 0 && <Text>{checked ? S.sharesNone : S.notChecked}</Text>}
      {shares.map((t) => (
        <div key={t.tableKey} data-testid="share-table">
          {t.singleLine && <Text size={200}>{S.sharesSingleLine}</Text>}
          <ShareTable shares={t} />
          {!t.singleLine && (
            <Text size={200} className={styles.note}>
              {S.sharesBasis}
            </Text>
          )}
          {t.otherYears && (
            <Text size={200} className={styles.note}>
              {S.sharesOtherYears(t.otherYears.join(", "))}
            </Text>
          )}
        </div>
      ))}
    </Card>
  );
}
