import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { paneTextStrings as S } from "../../domain/strings";
import type { EquitySeries } from "../model/types";

// SVG user units; the chart scales to the pane's width.
const WIDTH = 320;
const HEIGHT = 160;
const TOP = 18;
const BOTTOM = 22;
const LABEL_SIZE = 10;

const useStyles = makeStyles({
  svg: { width: "100%", height: "auto", display: "block" },
  bar: { fill: tokens.colorBrandBackground },
  deficit: { fill: tokens.colorPaletteRedBackground3, stroke: tokens.colorPaletteRedBorder2, strokeDasharray: "3 2" },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  label: { fill: tokens.colorNeutralForeground1, fontSize: `${LABEL_SIZE}px`, fontFamily: tokens.fontFamilyBase },
  deficitLabel: { fill: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** Bars of eget kapital at each year's end; deficit years red and dashed. Screen readers get title and desc. */
export function EquityChart({ series }: { series: EquitySeries }): React.JSX.Element {
  const styles = useStyles();
  const id = React.useId();
  // Pixel geometry only: the figures themselves stay decimal strings.
  const values = series.years.map((y) => Number(y.value));
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const span = max - min || 1;
  const plot = HEIGHT - TOP - BOTTOM;
  const yOf = (v: number) => TOP + ((max - v) / span) * plot;
  const zero = yOf(0);
  const slot = WIDTH / Math.max(1, series.years.length);
  const barWidth = Math.min(48, slot * 0.6);
  const desc = S.equityChartDesc(series.years.map((y) => S.equityYearDesc(y.year, y.valueText, y.deficit)).join(" "));
  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      data-testid="equity-chart"
    >
      <title id={`${id}-title`}>{S.equityChartTitle(series.unit)}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      {series.years.map((y, i) => {
        const x = slot * i + (slot - barWidth) / 2;
        const top = Math.min(yOf(values[i]), zero);
        const height = Math.max(1, Math.abs(yOf(values[i]) - zero));
        const labelY = values[i] >= 0 ? top - 4 : top + height + LABEL_SIZE + 2;
        return (
          <g key={y.year} data-deficit={y.deficit ? "true" : undefined}>
            <rect x={x} y={top} width={barWidth} height={height} className={y.deficit ? styles.deficit : styles.bar} />
            <text x={x + barWidth / 2} y={Math.max(LABEL_SIZE, labelY)} textAnchor="middle" className={styles.label}>
              {y.shortText}
            </text>
            <text
              x={x + barWidth / 2}
              y={HEIGHT - 6}
              textAnchor="middle"
              className={mergeClasses(styles.label, y.deficit && styles.deficitLabel)}
            >
              {y.deficit ? `${y.year} ▼` : y.year}
            </text>
          </g>
        );
      })}
      <line x1={0} x2={WIDTH} y1={zero} y2={zero} className={styles.axis} />
    </svg>
  );
}
