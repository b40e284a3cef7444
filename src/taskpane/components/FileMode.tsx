import * as React from "react";
import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from "@fluentui/react-components";
import { paneTextStrings as S } from "../../domain/strings";
import type { XlsxWorkbook } from "../../workbook/xlsx";
import { errorDetail, loadEngine } from "../hooks/engine";
import { DownloadLink, type Download } from "./DownloadLink";
import { ModeBanner } from "./ModeBanner";
import { Workbench } from "./Workbench";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  open: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, alignItems: "flex-start" },
  hidden: { display: "none" },
});

/** The reader (small; ExcelJS comes only when something is written), fetched from our own server. */
function loadXlsxAdapter(): Promise<typeof import("../../workbook/xlsx")> {
  return import(/* webpackChunkName: "filemode" */ "../../workbook/xlsx");
}

interface OpenedFile {
  name: string;
  workbook: XlsxWorkbook;
}

/** Outside Excel: open an .xlsx file here in the browser, check it, and download a copy with the new sheets. */
export function FileMode(): React.JSX.Element {
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const inputId = React.useId();
  const [opened, setOpened] = React.useState<OpenedFile | undefined>();
  const [openCount, setOpenCount] = React.useState(0);
  const [opening, setOpening] = React.useState(false);
  const [error, setError] = React.useState<string | undefined>();
  const [download, setDownload] = React.useState<Download | undefined>();

  React.useEffect(() => () => download && URL.revokeObjectURL(download.url), [download]);
  // The reader and the engine load while the user picks a file, not after: the first finding then
  // waits only for reading and checking. A failure here shows again, with its message, on open.
  React.useEffect(() => {
    loadXlsxAdapter().catch(() => undefined);
    loadEngine().catch(() => undefined);
  }, []);

  const open = async (file: File | undefined) => {
    if (!file) return;
    setOpening(true);
    setError(undefined);
    setDownload(undefined);
    try {
      const [{ XlsxWorkbook }, bytes] = await Promise.all([loadXlsxAdapter(), file.arrayBuffer()]);
      setOpened({ name: file.name, workbook: new XlsxWorkbook(new Uint8Array(bytes)) });
      setOpenCount((n) => n + 1);
    } catch (e) {
      setError(errorDetail(e));
    } finally {
      setOpening(false);
      if (input.current) input.current.value = ""; // the same file may be opened again
    }
  };

  const offerDownload = React.useCallback(async () => {
    if (!opened) return;
    try {
      const bytes = await opened.workbook.toBuffer();
      const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], {
        type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      });
      // A neutral name: the copy may hold errors, new sheets or a fix; "kontrollerad" would promise too much.
      setDownload({ url: URL.createObjectURL(blob), name: S.downloadName(opened.name) });
    } catch (e) {
      setError(errorDetail(e));
    }
  }, [opened]);

  return (
    <div className={styles.root}>
      <ModeBanner mode="file" fileName={opened?.name} />
      <div className={styles.open}>
        <input
          id={inputId}
          ref={input}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={S.fileInputLabel}
          className={styles.hidden}
          tabIndex={-1}
          onChange={(e) => void open(e.target.files?.[0])}
        />
        <Button appearance={opened ? "secondary" : "primary"} onClick={() => input.current?.click()} disabled={opening}>
          {opened ? S.openAnother : S.openWorkbook}
        </Button>
        <Text size={200}>{opened ? S.openedFile(opened.name) : S.fileStaysLocal}</Text>
      </div>
      {opening && <Spinner label={S.reading} />}
      {error && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{S.actionFailed(error)}</MessageBarBody>
        </MessageBar>
      )}
      {download && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {S.downloadHint} <DownloadLink download={download} />
          </MessageBarBody>
        </MessageBar>
      )}
      {opened && !opening && (
        <Workbench
          key={openCount}
          port={opened.workbook}
          workbookName={opened.name}
          showSheetView
          download={download}
          focusWhenReady
          onWorkbookChanged={() => void offerDownload()}
        />
      )}
    </div>
  );
}
