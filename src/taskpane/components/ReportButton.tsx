import * as React from "react";
import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import type { SheetSpec } from "../../domain/sheetspec";
import { paneTextStrings as S } from "../../domain/strings";
import { localIsoNow } from "../../domain/localTime";
import { loadEngine } from "../hooks/engine";
import type { PaneAnalysis } from "../model/types";
import { useAnnounce } from "./Announcer";
import { DownloadLink, type Download } from "./DownloadLink";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, alignItems: "flex-start" },
  body: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

export interface ReportButtonProps {
  analysis: PaneAnalysis;
  workbookName: string;
  /** File mode: the copy holding the report sheet, offered right here. */
  download?: Download;
  onCreate(spec: SheetSpec): Promise<string>;
}

/** Writes the Kontrollrapport as a new sheet; the budget itself is not touched. */
export function ReportButton({ analysis, workbookName, download, onCreate }: ReportButtonProps): React.JSX.Element {
  const styles = useStyles();
  const announce = useAnnounce();
  const [built, setBuilt] = React.useState<string | undefined>();
  const [busy, setBusy] = React.useState(false);
  const create = async () => {
    setBusy(true);
    try {
      const engine = await loadEngine();
      const name = await onCreate(engine.reportSheet(analysis, workbookName, localIsoNow(new Date())));
      if (!name) return;
      setBuilt(name);
      announce(S.reportBuilt(name));
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
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody className={styles.body}>
            <Text>{S.reportBuilt(built)}</Text>
            {download && <DownloadLink download={download} />}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
