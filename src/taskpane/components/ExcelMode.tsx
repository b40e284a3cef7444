import * as React from "react";
import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { paneTextStrings as S } from "../../domain/strings";
import type { WorkbookPort } from "../../workbook/port";
import { errorDetail } from "../hooks/engine";
import { Workbench } from "./Workbench";

/** Inside Excel: the Office.js adapter (loaded on demand) behind the same Workbench as file mode. */
export function ExcelMode(): React.JSX.Element {
  const [port, setPort] = React.useState<WorkbookPort | undefined>();
  const [error, setError] = React.useState<string | undefined>();
  React.useEffect(() => {
    let live = true;
    import(/* webpackChunkName: "excel" */ "../../workbook/excel")
      .then(({ ExcelWorkbook }) => live && setPort(new ExcelWorkbook()))
      .catch((e: unknown) => live && setError(errorDetail(e)));
    return () => {
      live = false;
    };
  }, []);
  if (error) {
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>{S.excelFailed(error)}</MessageBarBody>
      </MessageBar>
    );
  }
  return port ? <Workbench port={port} /> : <Spinner label={S.connecting} />;
}
