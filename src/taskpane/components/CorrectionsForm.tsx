import * as React from "react";
import { Button, Field, Input, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { UNITS, type Overrides, type Unit } from "../../domain/table";
import { columnLetter, parseRange } from "../../domain/grid";
import { paneTextStrings as S } from "../../domain/strings";
import type { TableSummary } from "../model/types";
import { overrideCount, withNotSum, withPeriod, withUnit } from "../model/overrides";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  row: { display: "flex", alignItems: "flex-end", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  grow: { flexGrow: 1, minWidth: 0 },
  year: { width: "6em" },
});

export interface CorrectionsFormProps {
  tables: TableSummary[];
  overrides: Overrides | undefined;
  onSave(overrides: Overrides | undefined): Promise<void>;
}

/** "This row is not a sum", "this column is year Y", "the unit is tkr": per table, kept in the workbook. */
export function CorrectionsForm({ tables, overrides, onSave }: CorrectionsFormProps): React.JSX.Element {
  const styles = useStyles();
  const [key, setKey] = React.useState(tables[0]?.key ?? "");
  const table = tables.find((t) => t.key === key) ?? tables[0];
  const [row, setRow] = React.useState("");
  const [column, setColumn] = React.useState("");
  const [year, setYear] = React.useState("");
  const [yearError, setYearError] = React.useState<string | undefined>();
  const [unit, setUnit] = React.useState<Unit>(table?.unit ?? "kr");
  React.useEffect(() => setUnit(table?.unit ?? "kr"), [table?.key, table?.unit]);
  const count = overrideCount(overrides);
  const range = table ? parseRange(table.range) : undefined;
  const columns = range ? Array.from({ length: range.right - range.left }, (_, i) => range.left + 1 + i) : [];

  const saveYear = () => {
    const y = Number(year.trim());
    if (!table || !/^\d{4}$/.test(year.trim()) || y < 1990 || y > 2100) return setYearError(S.badYear);
    setYearError(undefined);
    const col = Number(column) || columns[0];
    if (col) void onSave(withPeriod(overrides, table.sheet, col, y));
  };

  if (!table) return <Text>{S.noTables}</Text>;
  return (
    <div className={styles.root}>
      <Text size={200}>{S.correctionsHint}</Text>
      <Field label={S.tableField}>
        <Select value={table.key} onChange={(_, d) => setKey(d.value)}>
          {tables.map((t) => (
            <option key={t.key} value={t.key}>
              {t.key}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Field label={S.notSumField} className={styles.grow}>
          <Select value={row} onChange={(_, d) => setRow(d.value)}>
            <option value="">{S.chooseRow}</option>
            {table.sumRows.map((r) => (
              <option key={r.row} value={String(r.row)}>
                {`${r.row}: ${r.label}`}
              </option>
            ))}
          </Select>
        </Field>
        <Button disabled={row === ""} onClick={() => void onSave(withNotSum(overrides, table.sheet, Number(row)))}>
          {S.save}
        </Button>
      </div>
      <div className={styles.row}>
        <Field label={S.columnField}>
          <Select value={column} onChange={(_, d) => setColumn(d.value)}>
            {columns.map((c) => (
              <option key={c} value={String(c)}>
                {columnLetter(c)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={S.yearField} validationMessage={yearError} className={styles.year}>
          <Input value={year} inputMode="numeric" onChange={(_, d) => setYear(d.value)} />
        </Field>
        <Button onClick={saveYear}>{S.save}</Button>
      </div>
      <div className={styles.row}>
        <Field label={S.unitField}>
          <Select value={unit} onChange={(_, d) => setUnit(d.value as Unit)}>
            {UNITS.map((u) => (
              <option key={u}>{u}</option>
            ))}
          </Select>
        </Field>
        <Button onClick={() => void onSave(withUnit(overrides, table.sheet, unit))}>{S.save}</Button>
      </div>
      {count > 0 && (
        <Button appearance="subtle" onClick={() => void onSave(undefined)}>
          {S.clearCorrections(count)}
        </Button>
      )}
    </div>
  );
}
