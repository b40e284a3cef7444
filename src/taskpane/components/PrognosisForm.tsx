import * as React from "react";
import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  mergeClasses,
  Select,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { Grid } from "../../domain/grid";
import type { BudgetTable } from "../../domain/table";
import type { SheetSpec } from "../../domain/sheetspec";
import { paneTextStrings as S } from "../../domain/strings";
import { localIsoDay } from "../../domain/localTime";
import { loadEngine } from "../hooks/engine";
import type { PrognosisDefaults, PrognosisInput, PrognosisSummary } from "../model/types";
import { useAnnounce } from "./Announcer";
import { compactTable } from "./compactTable";
import { DownloadLink, type Download } from "./DownloadLink";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  result: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  table: compactTable,
  caption: { textAlign: "start", captionSide: "top", paddingBottom: tokens.spacingVerticalXXS },
  number: { textAlign: "end", whiteSpace: "nowrap" },
  uncovered: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export interface PrognosisFormProps {
  tables: BudgetTable[];
  grids: Grid[];
  defaults: PrognosisDefaults[];
  sheetNames: string[];
  /** File mode: the copy holding the new sheet, offered right here. */
  download?: Download;
  /** Adds the sheet through the port and goes to it; resolves with the name it got. */
  onCreate(spec: SheetSpec): Promise<string>;
}

type Errors = Partial<Record<keyof PrognosisInput, string>>;

/** Resultat and eget kapital per prognosis year, as the new sheet computes them. */
function PrognosisResult({ summary, download }: { summary: PrognosisSummary; download?: Download }) {
  const styles = useStyles();
  const c = S.prognosisColumns;
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody className={styles.result}>
        <Text>{S.prognosisBuilt(summary.sheet)}</Text>
        <table className={styles.table} data-testid="prognosis-summary">
          <caption className={styles.caption}>
            <Text size={200}>{S.prognosisSummaryCaption(summary.sheet, summary.unit)}</Text>
          </caption>
          <thead>
            <tr>
              <th scope="col">{c.year}</th>
              <th scope="col" data-num>
                {c.result}
              </th>
              <th scope="col" data-num>
                {c.equity}
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.years.map((y) => (
              <tr key={y.year}>
                <th scope="row">{y.year}</th>
                <td className={mergeClasses(styles.number, y.deficit && styles.uncovered)} data-num>
                  {y.resultText}
                </td>
                <td className={mergeClasses(styles.number, y.uncovered && styles.uncovered)} data-num>
                  {y.equityText}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Text weight="semibold" className={summary.firstUncovered ? styles.uncovered : undefined}>
          {summary.firstUncovered ? S.prognosisUncovered(summary.firstUncovered) : S.prognosisCovered}
        </Text>
        {download && <DownloadLink download={download} />}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Growth assumptions and the eget kapital at the start → a new prognosis sheet with live formulas. */
export function PrognosisForm({
  tables,
  grids,
  defaults,
  sheetNames,
  download,
  onCreate,
}: PrognosisFormProps): React.JSX.Element {
  const styles = useStyles();
  const announce = useAnnounce();
  const [input, setInput] = React.useState<PrognosisInput>({
    tableKey: defaults[0]?.tableKey ?? "",
    incomeGrowth: "0",
    wageGrowth: "0",
    priceGrowth: "0",
    equityStart: "",
  });
  const [errors, setErrors] = React.useState<Errors>({});
  const [built, setBuilt] = React.useState<PrognosisSummary | undefined>();
  const [busy, setBusy] = React.useState(false);
  const chosen = defaults.find((d) => d.tableKey === input.tableKey) ?? defaults[0];
  if (!chosen) return <Text>{S.noPrognosisTable}</Text>;

  const field = (name: "incomeGrowth" | "wageGrowth" | "priceGrowth", label: string) => (
    <Field label={label} validationMessage={errors[name]}>
      <Input value={input[name]} inputMode="decimal" onChange={(_, d) => setInput({ ...input, [name]: d.value })} />
    </Field>
  );

  const create = async () => {
    setBusy(true);
    setBuilt(undefined);
    try {
      const engine = await loadEngine();
      const date = localIsoDay(new Date());
      const result = engine.buildPrognosis(tables, { ...input, tableKey: chosen.tableKey }, sheetNames, date, grids);
      if (!result.ok) {
        setErrors({ [result.field]: S.badNumber });
        return;
      }
      setErrors({});
      const name = await onCreate(result.spec);
      if (!name) return;
      setBuilt({ ...result.summary, sheet: name });
      announce(S.prognosisBuilt(name));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.root}>
      <Text size={200}>{S.prognosisHint}</Text>
      <Field label={S.tableField}>
        <Select value={chosen.tableKey} onChange={(_, d) => setInput({ ...input, tableKey: d.value })}>
          {defaults.map((d) => (
            <option key={d.tableKey} value={d.tableKey}>
              {d.tableKey}
            </option>
          ))}
        </Select>
      </Field>
      {field("incomeGrowth", S.incomeGrowth)}
      {field("wageGrowth", S.wageGrowth)}
      {field("priceGrowth", S.priceGrowth)}
      <Field
        label={S.equityStart(chosen.years[0])}
        hint={
          chosen.equityText && chosen.equityHow
            ? S.equityStartFound(chosen.equityText, chosen.equityHow)
            : S.equityStartMissing
        }
        validationMessage={errors.equityStart}
      >
        <Input
          value={input.equityStart}
          inputMode="decimal"
          onChange={(_, d) => setInput({ ...input, equityStart: d.value })}
        />
      </Field>
      <Button appearance="primary" disabled={busy} onClick={() => void create()}>
        {S.buildPrognosis}
      </Button>
      {built && <PrognosisResult summary={built} download={download} />}
    </div>
  );
}
