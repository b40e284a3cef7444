import * as React from "react";
import { Button, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { paneTextStrings as S } from "../../domain/strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  table: { borderCollapse: "collapse", width: "100%" },
  head: {
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    paddingBottom: tokens.spacingVerticalXXS,
  },
  cell: { paddingRight: tokens.spacingHorizontalXS, paddingBottom: tokens.spacingVerticalXXS },
  input: { width: "100%", minWidth: 0 },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export type Pair = [string, string];

export interface PairsEditorProps {
  /** Names the columns; each input is labelled "<column>, rad <n>" for screen readers. */
  columns: [string, string];
  initial: Pair[];
  addLabel: string;
  onSave(pairs: Pair[]): Promise<void>;
}

/** A small two-column table the user edits row by row (kommun key, trappa). Empty rows are dropped on save. */
export function PairsEditor({ columns, initial, addLabel, onSave }: PairsEditorProps): React.JSX.Element {
  const styles = useStyles();
  const [pairs, setPairs] = React.useState<Pair[]>(initial.length > 0 ? initial : [["", ""]]);
  const [saved, setSaved] = React.useState(false);
  const set = (i: number, j: 0 | 1, value: string) => {
    setSaved(false);
    setPairs((old) => old.map((p, k) => (k === i ? ((j === 0 ? [value, p[1]] : [p[0], value]) as Pair) : p)));
  };
  const save = async () => {
    await onSave(pairs.filter(([a, b]) => a.trim() !== "" || b.trim() !== ""));
    setSaved(true);
  };
  return (
    <div className={styles.root}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th className={styles.head} scope="col">
              {columns[0]}
            </th>
            <th className={styles.head} scope="col">
              {columns[1]}
            </th>
            <th className={styles.head} scope="col" />
          </tr>
        </thead>
        <tbody>
          {pairs.map((p, i) => (
            <tr key={i}>
              {([0, 1] as const).map((j) => (
                <td key={j} className={styles.cell}>
                  <Input
                    className={styles.input}
                    size="small"
                    value={p[j]}
                    aria-label={`${columns[j]}, ${S.step(i + 1)}`}
                    onChange={(_, d) => set(i, j, d.value)}
                  />
                </td>
              ))}
              <td>
                <Button
                  size="small"
                  appearance="subtle"
                  aria-label={S.removeRow(p[0] || S.step(i + 1))}
                  onClick={() => setPairs((old) => old.filter((_, k) => k !== i))}
                >
                  ×
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className={styles.actions}>
        <Button size="small" onClick={() => setPairs((old) => [...old, ["", ""]])}>
          {addLabel}
        </Button>
        <Button size="small" appearance="primary" onClick={() => void save()}>
          {S.save}
        </Button>
      </div>
      {saved && (
        <Text size={200} role="status">
          {S.saved}
        </Text>
      )}
    </div>
  );
}
