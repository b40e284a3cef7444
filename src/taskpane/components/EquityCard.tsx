import * as React from "react";
import {
  Badge,
  Card,
  CardHeader,
  makeStyles,
  mergeClasses,
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
import type { EquitySeries } from "../model/types";
import { EquityChart } from "./EquityChart";

const useStyles = makeStyles({
  heading: { margin: 0 },
  table: { tableLayout: "auto", width: "100%" },
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
          <Table size="extra-small" className={styles.table} data-testid="equity-table">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{c.year}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>{c.equity}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>{c.result}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {series.years.map((y) => (
                <TableRow key={y.year}>
                  <TableCell>{y.year}</TableCell>
                  <TableCell className={styles.number}>{y.valueText}</TableCell>
                  <TableCell className={mergeClasses(styles.number, y.deficit && styles.deficit)}>
                    {y.resultText ?? "–"}
                    {y.deficit && (
                      <span className={styles.note}>{`(${y.uncovered ? S.equityUncovered : S.equityDeficit})`}</span>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </Card>
  );
}
