import * as React from "react";
import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { address, cellAt, columnLetter, parseAddress, usedRange, type Grid } from "../../domain/grid";
import { swedishFormula } from "../../domain/formulaText";
import { paneTextStrings as S } from "../../domain/strings";
import { displayText } from "../model/cellDisplay";

/** Rows above and below the cell shown, and columns to each side: a window, never the whole used range. */
const ROWS_AROUND = 12;
const COLUMNS_BEFORE = 6;
const COLUMNS_AFTER = 3;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  frame: {
    position: "relative",
    maxHeight: "260px",
    overflow: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase100, fontFamily: tokens.fontFamilyBase },
  header: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  columnHeader: { position: "sticky", top: 0, zIndex: 1 },
  rowHeader: { position: "sticky", left: 0 },
  corner: { position: "sticky", top: 0, left: 0, zIndex: 2 },
  caption: { display: "block" },
  shows: { display: "block", overflowWrap: "break-word" },
  cell: {
    padding: `0 ${tokens.spacingHorizontalXS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    whiteSpace: "nowrap",
    maxWidth: "14em",
    overflow: "hidden",
    textOverflow: "ellipsis",
    color: tokens.colorNeutralForeground1,
  },
  number: { textAlign: "end" },
  selected: {
    outline: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteRedBorderActive}`,
    outlineOffset: "-2px",
    backgroundColor: tokens.colorPaletteYellowBackground2,
  },
});

export interface SheetViewProps {
  grid: Grid;
  /** "B49": outlined, aria-selected and scrolled into view within the frame. */
  selected?: string;
  /** What the view is shown for: the finding's sentence. */
  about?: string;
}

/** The rows and columns to draw: around the selected cell, within the used range; a window of bounded size. */
export function sheetWindow(grid: Grid, selected?: string): { rows: number[]; columns: number[] } | undefined {
  const range = usedRange(grid);
  const at = selected ? parseAddress(selected.split(":")[0]) : undefined;
  if (!range && !at) return undefined;
  const anchor = at ?? { row: range!.top, column: range!.left };
  const bottom = Math.max(range?.bottom ?? anchor.row, anchor.row);
  const right = Math.max(range?.right ?? anchor.column, anchor.column);
  const firstRow = Math.max(1, anchor.row - ROWS_AROUND);
  const lastRow = Math.min(bottom, anchor.row + ROWS_AROUND);
  const firstColumn = Math.max(1, anchor.column - COLUMNS_BEFORE);
  const lastColumn = Math.min(right, Math.max(anchor.column + COLUMNS_AFTER, firstColumn + COLUMNS_BEFORE));
  const span = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
  return { rows: span(firstRow, lastRow), columns: span(firstColumn, lastColumn) };
}

/** A window of the sheet around a cell, for file mode (no Excel to select in); numbers as their formats show them. */
export function SheetView({ grid, selected, about }: SheetViewProps): React.JSX.Element {
  const styles = useStyles();
  const frame = React.useRef<HTMLDivElement>(null);
  const selectedRef = React.useRef<HTMLTableCellElement>(null);
  const at = selected ? parseAddress(selected.split(":")[0]) : undefined;
  React.useEffect(() => {
    // Scroll the frame only: the page stays where the user is.
    const box = frame.current;
    const cell = selectedRef.current;
    if (!box || !cell) return;
    box.scrollTop = Math.max(0, cell.offsetTop - box.clientHeight / 2);
    // Sideways only when the cell would be cut off: the labels at the left stay in view.
    const right = cell.offsetLeft + cell.offsetWidth;
    box.scrollLeft = right > box.clientWidth ? right - box.clientWidth + cell.offsetWidth / 2 : 0;
  }, [grid, selected]);
  const shown = sheetWindow(grid, selected);
  if (!shown) return <Text>{S.sheetViewLabel(grid.name)}</Text>;
  const { rows, columns } = shown;
  return (
    <div className={styles.root}>
      <Text weight="semibold" className={styles.caption}>
        {S.sheetViewLabel(grid.name)}
      </Text>
      {about && selected && (
        <Text size={200} className={styles.shows} data-testid="sheet-view-about">
          {S.sheetViewShows(selected, about)}
        </Text>
      )}
      <div
        ref={frame}
        className={styles.frame}
        tabIndex={0}
        role="region"
        aria-label={S.sheetViewLabel(grid.name)}
        data-testid="sheet-view"
      >
        <table className={styles.table} role="grid" aria-readonly="true" aria-label={S.sheetViewLabel(grid.name)}>
          <thead>
            <tr>
              <th className={mergeClasses(styles.header, styles.corner)} aria-hidden="true" />
              {columns.map((c) => (
                <th key={c} scope="col" className={mergeClasses(styles.header, styles.columnHeader)}>
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r}>
                <th scope="row" className={mergeClasses(styles.header, styles.rowHeader)}>
                  {r}
                </th>
                {columns.map((c) => {
                  const cell = cellAt(grid, r, c);
                  const isSelected = at?.row === r && at.column === c;
                  const classes = mergeClasses(
                    styles.cell,
                    cell?.value.type === "number" && styles.number,
                    isSelected && styles.selected
                  );
                  return (
                    <td
                      key={c}
                      role="gridcell"
                      ref={isSelected ? selectedRef : undefined}
                      className={classes}
                      aria-selected={isSelected ? "true" : "false"}
                      data-address={address(r, c)}
                      title={cell?.formula ? swedishFormula(cell.formula) : undefined}
                    >
                      {displayText(cell)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Text size={100}>{S.sheetViewRows(rows[0], rows[rows.length - 1])}</Text>
    </div>
  );
}
