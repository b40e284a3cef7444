import * as React from "react";
import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { address, cellAt, cellText, columnLetter, parseAddress, usedRange, type Grid } from "../../domain/grid";
import { paneTextStrings as S } from "../../domain/strings";

/** A sheet beyond this is cut: the view is for finding a cell, not for reading a ledger. */
const MAX_ROWS = 400;
const MAX_COLUMNS = 30;

const useStyles = makeStyles({
  frame: {
    maxHeight: "320px",
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
  caption: { display: "block", marginBottom: tokens.spacingVerticalXS },
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
  /** "B49": outlined, aria-selected and scrolled into view. */
  selected?: string;
}

/** The sheet's used range as a table with row and column headers, for file mode (no Excel to select in). */
export function SheetView({ grid, selected }: SheetViewProps): React.JSX.Element {
  const styles = useStyles();
  const selectedRef = React.useRef<HTMLTableCellElement>(null);
  const at = selected ? parseAddress(selected.split(":")[0]) : undefined;
  React.useEffect(() => {
    selectedRef.current?.scrollIntoView?.({ block: "center", inline: "nearest" });
  }, [grid, selected]);
  const range = usedRange(grid);
  if (!range) return <Text>{S.sheetViewLabel(grid.name)}</Text>;
  const bottom = Math.min(Math.max(range.bottom, at?.row ?? 0), MAX_ROWS);
  const right = Math.min(Math.max(range.right, at?.column ?? 0), MAX_COLUMNS);
  const rows = Array.from({ length: bottom }, (_, i) => i + 1);
  const columns = Array.from({ length: right }, (_, i) => i + 1);
  return (
    <div>
      <Text weight="semibold" className={styles.caption}>
        {S.sheetViewLabel(grid.name)}
      </Text>
      <div
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
                      title={cell?.formula}
                    >
                      {cellText(cell)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
