import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { paneStrings } from "../../domain/strings";
import type { PaneMode } from "../host";

export interface ModeBannerProps {
  mode: PaneMode;
}

/** Says whether the pane is connected to Excel or works on a file. */
export function ModeBanner({ mode }: ModeBannerProps): React.JSX.Element {
  const excel = mode === "excel";
  return (
    // multiline: a title and a sentence do not fit one line of a 350 px pane
    <MessageBar intent={excel ? "success" : "info"} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{excel ? paneStrings.excelMode : paneStrings.fileMode}</MessageBarTitle>
        {excel ? paneStrings.excelModeDetail : paneStrings.fileModeDetail}
      </MessageBarBody>
    </MessageBar>
  );
}
