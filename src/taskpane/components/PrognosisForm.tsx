import * as React from "react";
import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { BudgetTable } from "../../domain/table";
import type { SheetSpec } from "../../domain/sheetspec";
import { paneTextStrings as S } from "../../domain/strings";
import { localIsoDay } from "../../domain/localTime";
import { loadEngine } from "../hooks/engine";
import type { PrognosisDefaults, PrognosisInput } from "../model/types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export interface PrognosisFormProps {
  tables: BudgetTable[];
  defaults: PrognosisDefaults[];
  sheetNames: string[];
  /** Adds the sheet through the port and goes to it; resolves with the name it got. */
  onCreate(spec: SheetSpec): Promise<string>;
}

type Errors = Partial<Record<keyof PrognosisInput, string>>;

/** Growth assumptions and the eget kapital at the start → a new prognosis sheet with live formulas. */
export function PrognosisForm({ tables, defaults, sheetNames, onCreate }: PrognosisFormProps): React.JSX.Element {
  const styles = useStyles();
  const [input, setInput] = React.useState<PrognosisInput>({
    tableKey: defaults[0]?.tableKey ?? "",
    incomeGrowth: "0",
    wageGrowth: "0",
    priceGrowth: "0",
    equityStart: "",
  });
  const [errors, setErrors] = React.useState<Errors>({});
  const [built, setBuilt] = React.useState<string | undefined>();
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
      const result = engine.buildPrognosis(tables, { ...input, tableKey: chosen.tableKey }, sheetNames, date);
      if (!result.ok) {
        setErrors({ [result.field]: result.field === "equityStart" ? S.badNumber : S.badNumber });
        return;
      }
      setErrors({});
      setBuilt(await onCreate(result.spec));
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
          chosen.equityLabel && chosen.equityText
            ? S.equityStartFound(chosen.equityLabel, chosen.equityText)
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
      {built && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{S.prognosisBuilt(built)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
