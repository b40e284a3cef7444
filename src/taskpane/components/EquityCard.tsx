import * as React from "react";
import { Badge, Card, CardHeader, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { paneTextStrings as S } from "../../domain/strings";
import { compactTable } from "./compactTable";
import type { EquitySeries } from "../model/types";
import { EquityChart } from "./EquityChart";

const useStyles = makeStyles({
  heading: { margin: 0 },
  table: compactTable,
  number: { textAlign: "end", whiteSpace: "nowrap" },
  note: { display: "block", fontSize: tokens.fontSizeBase100 },
  deficit: { color: tokens.colorPaletteRedForeground1 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column" },
  badge: { whiteSpace: "normal", height: "auto", minHeight: "20px" },
});

function UncheckedList({ series }: { series: EquitySeries }): React.JSX.Element {
  const styles = useStyles();
  return (
    <ul className={styles.list} data-testid="equity-unchecked">
      {series.unchecked.map((d) => (
        <li key={d.year}>
          <Text size={200}>
            {S.equityUnchecked(d.year, d.deficitText, d.computed)}
            {d.carriedText ? ` ${d.carriedText}` : ""}
          </Text>
        </li>
      ))}
    </ul>
  );
}

/** Eget kapital per year as a chart, with the same figures as a table; deficits nothing could judge, listed. */
export function EquityCard({ series, checked = true }: { series: EquitySeries; checked?: boolean }): React.JSX.Element {
  const styles = useStyles();
  const c = S.equityColumns;
  const uncovered = series.years.some((y) => y.uncovered);
  const deficits = series.years.some((y) => y.deficit);
  const badge =
    series.years.length === 0 ? (
      series.unchecked.length > 0 ? (
        <Badge appearance="tint" color="informative" className={styles.badge}>
          {S.notChecked}
        </Badge>
      ) : undefined
    ) : (
      <Badge appearance="tint" color={uncovered ? "danger" : deficits ? "warning" : "success"} className={styles.badge}>
        {uncovered ? S.equityUncovered : deficits ? S.equityDeficit : S.shareBadges.ok}
      </Badge>
    );
  return (
    <Card role="region" aria-labelledby="equity-title">
      <CardHeader
        header={
          <Text as="h3" weight="semibold" id="equity-title" className={styles.heading}>
            {S.equityTitle}
          </Text>
        }
        action={badge}
      />
      {series.years.length === 0 ? (
        <Text>{!checked ? S.notChecked : series.unchecked.length > 0 ? S.equityNoneDeficits : S.equityNone}</Text>
      ) : (
        <>
          <EquityChart series={series} />
          {deficits && <Text size={200}>{S.equityLegend}</Text>}
          <table className={styles.table} data-testid="equity-table">
            <thead>
              <tr>
                <th scope="col">{c.year}</th>
                <th scope="col" className={styles.number} data-num>
                  {c.equity}
                </th>
                <th scope="col" className={styles.number} data-num>
                  {c.result}
                </th>
              </tr>
            </thead>
            <tbody>
              {series.years.map((y) => (
                <tr key={y.year}>
                  <td>{y.year}</td>
                  <td className={mergeClasses(styles.number, y.negative && styles.deficit)} data-num>
                    {y.valueText}
                    {y.negative && <span className={styles.note}>{`(${S.equityNegative})`}</span>}
                  </td>
                  <td className={mergeClasses(styles.number, y.deficit && styles.deficit)} data-num>
                    {y.resultText ?? "–"}
                    {y.deficit && (
                      <span className={styles.note}>{`(${y.uncovered ? S.equityUncovered : S.equityDeficit})`}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {series.unchecked.length > 0 && <UncheckedList series={series} />}
    </Card>
  );
}
