import * as React from "react";
import { makeStyles, Title3, tokens } from "@fluentui/react-components";
import { paneStrings } from "../domain/strings";
import { ModeBanner } from "./components/ModeBanner";
import type { PaneMode } from "./host";

export interface AppProps {
  mode: PaneMode;
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

/** The task pane: a header, then what the pane can do in this mode. */
export function App({ mode }: AppProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title3 as="h1" className={styles.header}>
        {paneStrings.title}
      </Title3>
      <ModeBanner mode={mode} />
    </main>
  );
}
