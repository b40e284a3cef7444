import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { paneStrings } from "../../domain/strings";
import type { PaneMode } from "../host";

export interface ModeBannerProps {
  mode: PaneMode;
  /** File mode: the workbook opened, once there is one. */
  fileName?: string;
}

/** Says whether the pane is connected to Excel or works on a file, and which file. */
export function ModeBanner({ mode, fileName }: ModeBannerProps): React.JSX.Element {
  const excel = mode === "excel";
  const title = excel ? paneStrings.excelMode : fileName ? paneStrings.fileModeOpen : paneStrings.fileMode;
  const detail = excel
    ? paneStrings.excelModeDetail
    : fileName
      ? paneStrings.fileModeOpenDetail(fileName)
      : paneStrings.fileModeDetail;
  return (
    // multiline: a title and a sentence do not fit one line of a 350 px pane
    <MessageBar intent={excel ? "success" : "info"} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {detail}
      </MessageBarBody>
    </MessageBar>
  );
}
