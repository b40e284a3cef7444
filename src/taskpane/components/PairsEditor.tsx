import * as React from "react";
import { Button, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { paneTextStrings as S } from "../../domain/strings";
import { useAnnounce } from "./Announcer";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  // Fixed layout: the two inputs share what the pane has, the remove button keeps its own width.
  table: { borderCollapse: "collapse", width: "100%", tableLayout: "fixed" },
  first: { width: "52%" },
  second: { width: "34%" },
  head: {
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    paddingBottom: tokens.spacingVerticalXXS,
    overflowWrap: "break-word",
  },
  cell: { paddingRight: tokens.spacingHorizontalXS, paddingBottom: tokens.spacingVerticalXXS },
  input: { width: "100%", minWidth: 0 },
  // The <input> inside has a browser width of about 20 characters unless told otherwise.
  field: { width: "100%", minWidth: 0 },
  actions: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    flexWrap: "wrap",
  },
});

export type Pair = [string, string];

export interface PairsEditorProps {
  /** Names the columns (the headers). */
  columns: [string, string];
  /** The accessible name of each input, in the form's own words: "Invånare i Lindesberg", "Högst eget kapital (%), steg 2". */
  inputLabel(row: number, column: 0 | 1, pair: Pair): string;
  /** The accessible name of a row's remove button. */
  removeLabel(row: number, pair: Pair): string;
  initial: Pair[];
  addLabel: string;
  onSave(pairs: Pair[]): Promise<void>;
}

/** A small two-column table the user edits row by row (kommun key, trappa). Empty rows are dropped on save. */
export function PairsEditor({
  columns,
  inputLabel,
  removeLabel,
  initial,
  addLabel,
  onSave,
}: PairsEditorProps): React.JSX.Element {
  const styles = useStyles();
  const announce = useAnnounce();
  const [pairs, setPairs] = React.useState<Pair[]>(initial.length > 0 ? initial : [["", ""]]);
  const [saved, setSaved] = React.useState(false);
  const set = (i: number, j: 0 | 1, value: string) => {
    setSaved(false);
    setPairs((old) => old.map((p, k) => (k === i ? ((j === 0 ? [value, p[1]] : [p[0], value]) as Pair) : p)));
  };
  const save = async () => {
    await onSave(pairs.filter(([a, b]) => a.trim() !== "" || b.trim() !== ""));
    setSaved(true);
    announce(S.saved);
  };
  return (
    <div className={styles.root}>
      <table className={styles.table}>
        <colgroup>
          <col className={styles.first} />
          <col className={styles.second} />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th className={styles.head} scope="col">
              {columns[0]}
            </th>
            <th className={styles.head} scope="col">
              {columns[1]}
            </th>
            <td />
          </tr>
        </thead>
        <tbody>
          {pairs.map((p, i) => (
            <tr key={i}>
              {([0, 1] as const).map((j) => (
                <td key={j} className={styles.cell}>
                  <Input
                    className={styles.input}
                    input={{ className: styles.field }}
                    size="small"
                    value={p[j]}
                    aria-label={inputLabel(i + 1, j, p)}
                    onChange={(_, d) => set(i, j, d.value)}
                  />
                </td>
              ))}
              <td>
                <Button
                  size="small"
                  appearance="subtle"
                  aria-label={removeLabel(i + 1, p)}
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
      {saved && <Text size={200}>{S.saved}</Text>}
    </div>
  );
}
