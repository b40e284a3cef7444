import * as React from "react";
import { makeStyles, Title3, tokens } from "@fluentui/react-components";
import { paneStrings } from "../domain/strings";
import type { WorkbookPort } from "../workbook/port";
import { ExcelMode } from "./components/ExcelMode";
import { FileMode } from "./components/FileMode";
import { ModeBanner } from "./components/ModeBanner";
import { Workbench } from "./components/Workbench";
import type { PaneMode } from "./host";

export interface AppProps {
  mode: PaneMode;
  /** A workbook to check instead of the one the mode finds (tests pass a fake port). */
  port?: WorkbookPort;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  header: {
    margin: 0,
  },
});

/** The task pane: a header, the mode, then the checks of the workbook Excel holds or the file the user opens. */
export function App({ mode, port }: AppProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title3 as="h1" className={styles.header}>
        {paneStrings.title}
      </Title3>
      {/* File mode shows its banner itself: it knows which file is open. */}
      {(port || mode === "excel") && <ModeBanner mode={mode} />}
      {port ? <Workbench port={port} /> : mode === "excel" ? <ExcelMode /> : <FileMode />}
    </main>
  );
}
