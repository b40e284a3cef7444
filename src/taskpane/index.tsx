// Task pane entry: render a spinner, find out whether Excel hosts us, then render the App
// inside the one FluentProvider, themed after Office.
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, makeStyles, Spinner, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { paneStrings } from "../domain/strings";
import { App } from "./App";
import { detectPaneHost, type PaneHost } from "./host";

const useStyles = makeStyles({
  provider: { minHeight: "100vh" },
});

function Shell({ host }: { host: PaneHost | undefined }): React.JSX.Element {
  const styles = useStyles();
  return (
    <FluentProvider theme={host?.dark ? webDarkTheme : webLightTheme} className={styles.provider}>
      {host ? <App mode={host.mode} /> : <Spinner label={paneStrings.starting} />}
    </FluentProvider>
  );
}

const container = document.getElementById("container");
if (container) {
  const root = createRoot(container);
  root.render(<Shell host={undefined} />);
  const office = typeof Office === "undefined" ? undefined : Office;
  void detectPaneHost(office).then((host) => root.render(<Shell host={host} />));
}
