import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { paneTextStrings as S } from "../../domain/strings";
import type { EquitySeries } from "../model/types";

// SVG user units; the chart scales to the pane's width.
const WIDTH = 320;
const LABEL_SIZE = 10;
/** Room for a value label above a bar, or below one that goes under zero. */
const LABEL_ROOM = LABEL_SIZE + 6;
const PLOT = 110;
/** The year labels' band at the bottom, below everything a bar or its label may reach. */
const YEAR_BAND = LABEL_SIZE + 10;

const useStyles = makeStyles({
  svg: { width: "100%", height: "auto", display: "block" },
  bar: { fill: tokens.colorBrandBackground },
  deficit: { fill: tokens.colorPaletteRedBackground3, stroke: tokens.colorPaletteRedBorder2, strokeDasharray: "3 2" },
  negative: { fill: tokens.colorPaletteRedForeground1, stroke: tokens.colorPaletteRedBorder2 },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  label: { fill: tokens.colorNeutralForeground1, fontSize: `${LABEL_SIZE}px`, fontFamily: tokens.fontFamilyBase },
  deficitLabel: { fill: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** "-168 000" → "−168 000": a real minus sign reads as negative at a glance. */
function signed(text: string): string {
  return text.replace(/^-/, "\u2212");
}

/**
 * Bars of eget kapital at each year's end, from a zero line: a year below zero hangs under it in
 * solid red with its label beneath; a deficit year above zero is red and dashed. Value labels have
 * their own room, so they never sit on the year labels. Screen readers get title and desc.
 */
export function EquityChart({ series }: { series: EquitySeries }): React.JSX.Element {
  const styles = useStyles();
  const id = React.useId();
  // Pixel geometry only: the figures themselves stay decimal strings.
  const values = series.years.map((y) => Number(y.value));
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const span = max - min || 1;
  const top = LABEL_ROOM;
  const bottomRoom = min < 0 ? LABEL_ROOM : 2;
  const height = top + PLOT + bottomRoom + YEAR_BAND;
  const yOf = (v: number) => top + ((max - v) / span) * PLOT;
  const zero = yOf(0);
  const slot = WIDTH / Math.max(1, series.years.length);
  const barWidth = Math.min(48, slot * 0.6);
  const desc = S.equityChartDesc(
    series.years.map((y) => S.equityYearDesc(y.year, signed(y.valueText), y.deficit)).join(" ")
  );
  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      data-testid="equity-chart"
    >
      <title id={`${id}-title`}>{S.equityChartTitle(series.unit)}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      {series.years.map((y, i) => {
        const x = slot * i + (slot - barWidth) / 2;
        const end = yOf(values[i]);
        const barTop = Math.min(end, zero);
        const barHeight = Math.max(1, Math.abs(end - zero));
        const labelY = y.negative ? barTop + barHeight + LABEL_SIZE + 2 : barTop - 4;
        const style = y.negative ? styles.negative : y.deficit ? styles.deficit : styles.bar;
        return (
          <g key={y.year} data-deficit={y.deficit ? "true" : undefined} data-negative={y.negative ? "true" : undefined}>
            <rect x={x} y={barTop} width={barWidth} height={barHeight} className={style} />
            <text
              x={x + barWidth / 2}
              y={labelY}
              textAnchor="middle"
              className={mergeClasses(styles.label, y.negative && styles.deficitLabel)}
              data-role="value"
            >
              {signed(y.shortText)}
            </text>
            <text
              x={x + barWidth / 2}
              y={height - 5}
              textAnchor="middle"
              className={mergeClasses(styles.label, y.deficit && styles.deficitLabel)}
              data-role="year"
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
