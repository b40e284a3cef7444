// Task pane entry: render a spinner, find out whether Excel hosts us, then render the App
// inside the one FluentProvider, themed after Office; again in Excel mode if Office answers late.
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, makeStyles, Spinner, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { paneStrings } from "../domain/strings";
import { App } from "./App";
import { officeHostHinted, officeScript, watchPaneHost, type OfficeStartup, type PaneHost } from "./host";

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

function storedHostInfo(): boolean {
  try {
    return window.sessionStorage.getItem("hostInfoValue") !== null;
  } catch {
    return false; // storage can be off limits in a frame
  }
}

const container = document.getElementById("container");
if (container) {
  const root = createRoot(container);
  root.render(<Shell host={undefined} />);
  const hinted = officeHostHinted({
    search: window.location.search,
    windowName: window.name,
    storedHostInfo: storedHostInfo(),
    framed: window.parent !== window,
  });
  const office = officeScript(window as { Office?: OfficeStartup }, document.getElementById("office-js"));
  watchPaneHost(office, hinted, (host) => root.render(<Shell host={host} />));
}
