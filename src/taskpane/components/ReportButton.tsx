import * as React from "react";
import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import type { SheetSpec } from "../../domain/sheetspec";
import { paneTextStrings as S } from "../../domain/strings";
import { localIsoNow } from "../../domain/localTime";
import { loadEngine } from "../hooks/engine";
import type { PaneAnalysis } from "../model/types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, alignItems: "flex-start" },
});

export interface ReportButtonProps {
  analysis: PaneAnalysis;
  workbookName: string;
  onCreate(spec: SheetSpec): Promise<string>;
}

/** Writes the Kontrollrapport as a new sheet; the budget itself is not touched. */
export function ReportButton({ analysis, workbookName, onCreate }: ReportButtonProps): React.JSX.Element {
  const styles = useStyles();
  const [built, setBuilt] = React.useState<string | undefined>();
  const [busy, setBusy] = React.useState(false);
  const create = async () => {
    setBusy(true);
    try {
      const engine = await loadEngine();
      setBuilt(await onCreate(engine.reportSheet(analysis, workbookName, localIsoNow(new Date()))));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={styles.root}>
      <Text size={200}>{S.reportHint}</Text>
      <Button disabled={busy} onClick={() => void create()}>
        {S.buildReport}
      </Button>
      {built && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{S.reportBuilt(built)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
