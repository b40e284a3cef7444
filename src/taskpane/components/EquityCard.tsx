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
});

/** Eget kapital per year as a chart, with the same figures as a table. */
export function EquityCard({ series }: { series: EquitySeries }): React.JSX.Element {
  const styles = useStyles();
  const c = S.equityColumns;
  const uncovered = series.years.some((y) => y.uncovered);
  const deficits = series.years.some((y) => y.deficit);
  return (
    <Card role="region" aria-labelledby="equity-title">
      <CardHeader
        header={
          <Text as="h3" weight="semibold" id="equity-title" className={styles.heading}>
            {S.equityTitle}
          </Text>
        }
        action={
          series.years.length > 0 ? (
            <Badge appearance="tint" color={uncovered ? "danger" : deficits ? "warning" : "success"}>
              {uncovered ? S.equityUncovered : deficits ? S.equityDeficit : S.shareBadges.ok}
            </Badge>
          ) : undefined
        }
      />
      {series.years.length === 0 ? (
        <Text>{S.equityNone}</Text>
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
                  <td className={styles.number} data-num>
                    {y.valueText}
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
    </Card>
  );
}
