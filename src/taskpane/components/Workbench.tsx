import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import type { ProposedFix, UserSettings } from "../../domain/finding";
import type { SheetSpec } from "../../domain/sheetspec";
import type { Overrides } from "../../domain/table";
import { paneTextStrings as S } from "../../domain/strings";
import type { WorkbookPort } from "../../workbook/port";
import { errorDetail } from "../hooks/engine";
import { useWorkbookAnalysis } from "../hooks/useWorkbookAnalysis";
import type { PaneAnalysis } from "../model/types";
import { Announcer, useAnnounce } from "./Announcer";
import { CorrectionsForm } from "./CorrectionsForm";
import type { Download } from "./DownloadLink";
import { EquityCard } from "./EquityCard";
import { FindingsList } from "./FindingsList";
import { PrognosisForm } from "./PrognosisForm";
import { ReportButton } from "./ReportButton";
import { KommunKeyForm, TrappaForm } from "./SettingsForms";
import { SharesCard } from "./SharesCard";
import { Summary } from "./Summary";
import { SumsCard } from "./SumsCard";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL, minWidth: 0 },
  cards: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
  },
});

export interface WorkbenchProps {
  port: WorkbookPort;
  /** File mode: show the finding's cell in a sheet view, since there is no Excel to select in. */
  showSheetView?: boolean;
  /** Called after each change the pane made to the workbook (a fix, a new sheet, settings). */
  onWorkbookChanged?(): void;
  /** The name the Kontrollrapport gives the workbook (the file name in file mode). */
  workbookName?: string;
  /** File mode: the copy to download, offered beside the form that made it. */
  download?: Download;
  /** Move focus to the overview once the first analysis is shown (after the user opened a file). */
  focusWhenReady?: boolean;
}

/** Everything the pane shows for one workbook: summary, cards, findings and the forms. */
export function Workbench(props: WorkbenchProps): React.JSX.Element {
  return (
    <Announcer>
      <WorkbenchBody {...props} />
    </Announcer>
  );
}

function WorkbenchBody({
  port,
  showSheetView,
  onWorkbookChanged,
  workbookName,
  download,
  focusWhenReady,
}: WorkbenchProps): React.JSX.Element {
  const { state, reanalyze } = useWorkbookAnalysis(port);
  const announce = useAnnounce();
  const [actionError, setActionError] = React.useState<string | undefined>();
  const summaryHeading = React.useRef<HTMLHeadingElement>(null);
  const focused = React.useRef(false);

  const ready = state.status === "ready" ? state.analysis : undefined;
  const lastCounts = React.useRef("");
  React.useEffect(() => {
    if (!ready) return;
    // The counts are said when they change (the first analysis, a fix, a key): not after every new sheet.
    const counts = ready.checked ? S.counts(ready.counts.error, ready.counts.warning, ready.counts.info) : S.noTables;
    if (counts !== lastCounts.current) announce(counts);
    lastCounts.current = counts;
    if (focusWhenReady && !focused.current) {
      focused.current = true;
      summaryHeading.current?.focus();
    }
  }, [ready, announce, focusWhenReady]);

  /** Runs a change through the port, then analyses again; a failure is shown, never thrown. */
  const change = async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
    try {
      setActionError(undefined);
      const result = await action();
      onWorkbookChanged?.();
      await reanalyze();
      return result;
    } catch (error) {
      setActionError(S.actionFailed(errorDetail(error)));
      return undefined;
    }
  };

  const select = (sheet: string, cell: string) => {
    port.select(sheet, cell).catch((error: unknown) => setActionError(S.actionFailed(errorDetail(error))));
  };
  const applyFix = async (fix: ProposedFix) => {
    await change(() => port.writeCell(fix.sheet, fix.cell, fix.newValue));
  };
  const saveSettings = async (settings: UserSettings) => {
    await change(() => port.saveSettings(settings));
  };
  const createSheet = async (spec: SheetSpec): Promise<string> => {
    // Excel goes to the new sheet; the pane stays at the form, which says what the sheet holds.
    const name = await change(async () => {
      const added = await port.addSheet(spec);
      await port.select(added, "A1");
      return added;
    });
    return name ?? "";
  };

  if (state.status === "loading") return <Spinner label={S.reading} />;
  if (state.status === "error") {
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{S.readFailedTitle}</MessageBarTitle>
          {state.message}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => void reanalyze()}>{S.retry}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return (
    <Analysis
      analysis={state.analysis}
      actionError={actionError}
      notices={state.notices}
      stale={state.stale}
      onRetry={() => void reanalyze()}
      summaryHeading={summaryHeading}
      showSheetView={showSheetView}
      workbookName={workbookName}
      download={download}
      onSelect={select}
      onApplyFix={applyFix}
      onSaveSettings={saveSettings}
      onCreateSheet={createSheet}
    />
  );
}

interface AnalysisProps {
  analysis: PaneAnalysis;
  actionError?: string;
  /** Sheets the read left out. */
  notices?: string[];
  /** A later read failed: the analysis shown is the last good one. */
  stale?: string;
  onRetry(): void;
  summaryHeading: React.RefObject<HTMLHeadingElement>;
  showSheetView?: boolean;
  workbookName?: string;
  download?: Download;
  onSelect(sheet: string, cell: string): void;
  onApplyFix(fix: ProposedFix): Promise<void>;
  onSaveSettings(settings: UserSettings): Promise<void>;
  onCreateSheet(spec: SheetSpec): Promise<string>;
}

function Analysis({
  analysis,
  actionError,
  notices,
  stale,
  summaryHeading,
  ...props
}: AnalysisProps): React.JSX.Element {
  const styles = useStyles();
  const saveOverrides = (overrides: Overrides | undefined) => {
    const next: UserSettings = { ...analysis.settings, overrides };
    if (!overrides) delete next.overrides;
    return props.onSaveSettings(next);
  };
  return (
    <div className={styles.root}>
      {actionError && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{actionError}</MessageBarBody>
        </MessageBar>
      )}
      {stale && (
        <MessageBar intent="warning" layout="multiline" role="status">
          <MessageBarBody>{S.staleAnalysis(stale)}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={props.onRetry}>{S.retry}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {notices?.map((notice) => (
        <MessageBar key={notice} intent="warning" layout="multiline">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ))}
      <Summary analysis={analysis} headingRef={summaryHeading} />
      <div className={styles.cards}>
        <SumsCard sums={analysis.sums} checked={analysis.checked} />
        <SharesCard shares={analysis.shares} checked={analysis.checked} />
        <EquityCard series={analysis.equity} checked={analysis.checked} />
      </div>
      <FindingsList
        lines={analysis.lines}
        checked={analysis.checked}
        grids={props.showSheetView ? analysis.grids : undefined}
        onSelect={props.onSelect}
        onApplyFix={props.onApplyFix}
      />
      <Accordion collapsible multiple>
        <AccordionItem value="prognosis">
          <AccordionHeader as="h2">{S.prognosisTitle}</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <PrognosisForm
              tables={analysis.tables}
              grids={analysis.grids}
              defaults={analysis.prognosis}
              sheetNames={analysis.grids.map((g) => g.name)}
              download={props.download}
              onCreate={props.onCreateSheet}
            />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="report">
          <AccordionHeader as="h2">{S.reportTitle}</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <ReportButton
              analysis={analysis}
              workbookName={props.workbookName ?? S.excelWorkbookName}
              download={props.download}
              onCreate={props.onCreateSheet}
            />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="corrections">
          <AccordionHeader as="h2">{S.correctionsTitle}</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <CorrectionsForm
              tables={analysis.summaries}
              overrides={analysis.settings.overrides}
              onSave={saveOverrides}
            />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="kommun-key">
          <AccordionHeader as="h2">{S.kommunKeyTitle}</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <KommunKeyForm settings={analysis.settings} onSave={props.onSaveSettings} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="trappa">
          <AccordionHeader as="h2">{S.trappaTitle}</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <TrappaForm settings={analysis.settings} onSave={props.onSaveSettings} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </div>
  );
}
