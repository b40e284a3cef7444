import * as React from "react";
import { Link } from "@fluentui/react-components";
import { paneTextStrings as S } from "../../domain/strings";

/** The copy of the workbook, with what the pane added or changed, ready to download (file mode). */
export interface Download {
  url: string;
  name: string;
}

export function DownloadLink({ download }: { download: Download }): React.JSX.Element {
  return (
    <Link href={download.url} download={download.name}>
      {S.download(download.name)}
    </Link>
  );
}
