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
import type { Finding, ProposedFix, UserSettings } from "../../domain/finding";
import type { SheetSpec } from "../../domain/sheetspec";
import type { Overrides } from "../../domain/table";
import { paneTextStrings as S } from "../../domain/strings";
import type { WorkbookPort } from "../../workbook/port";
import { errorDetail } from "../hooks/engine";
import { useWorkbookAnalysis } from "../hooks/useWorkbookAnalysis";
import { CorrectionsForm } from "./CorrectionsForm";
import { EquityCard } from "./EquityCard";
import { FindingsList } from "./FindingsList";
import { PrognosisForm } from "./PrognosisForm";
import { ReportButton } from "./ReportButton";
import { KommunKeyForm, TrappaForm } from "./SettingsForms";
import { SharesCard } from "./SharesCard";
import { SheetView } from "./SheetView";
import { Summary } from "./Summary";
import { SumsCard } from "./SumsCard";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
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
  /** File mode: show the selected cell in a SheetView, since there is no Excel to select in. */
  showSheetView?: boolean;
  /** Called after each change the pane made to the workbook (a fix, a new sheet, settings). */
  onWorkbookChanged?(): void;
  /** The name the Kontrollrapport gives the workbook (the file name in file mode). */
  workbookName?: string;
}

/** Everything the pane shows for one workbook: summary, cards, findings and the forms. */
export function Workbench({ port, showSheetView, onWorkbookChanged, workbookName }: WorkbenchProps): React.JSX.Element {
  const styles = useStyles();
  const { state, reanalyze } = useWorkbookAnalysis(port);
  const [actionError, setActionError] = React.useState<string | undefined>();
  const [selection, setSelection] = React.useState<{ sheet: string; cell: string } | undefined>();

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

  const select = (f: Finding) => {
    setSelection({ sheet: f.sheet, cell: f.cell });
    port.select(f.sheet, f.cell).catch((error: unknown) => setActionError(S.actionFailed(errorDetail(error))));
  };
  const applyFix = async (fix: ProposedFix) => {
    await change(() => port.writeCell(fix.sheet, fix.cell, fix.newValue));
  };
  const saveSettings = async (settings: UserSettings) => {
    await change(() => port.saveSettings(settings));
  };
  const createSheet = async (spec: SheetSpec): Promise<string> => {
    const name = await change(async () => {
      const added = await port.addSheet(spec);
      await port.select(added, "A1");
      return added;
    });
    if (name) setSelection({ sheet: name, cell: "A1" });
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
  const { analysis } = state;
  const grid = selection ? analysis.grids.find((g) => g.name === selection.sheet) : undefined;
  const saveOverrides = (overrides: Overrides | undefined) => {
    const next: UserSettings = { ...analysis.settings, overrides };
    if (!overrides) delete next.overrides;
    return saveSettings(next);
  };
  return (
    <div className={styles.root}>
      {actionError && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{actionError}</MessageBarBody>
        </MessageBar>
      )}
      {state.stale && (
        <MessageBar intent="warning" layout="multiline" role="status">
          <MessageBarBody>{S.staleAnalysis(state.stale)}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void reanalyze()}>{S.retry}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.notices?.map((notice) => (
        <MessageBar key={notice} intent="warning" layout="multiline">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ))}
      <Summary analysis={analysis} />
      <div className={styles.cards}>
        <SumsCard sums={analysis.sums} />
        <SharesCard shares={analysis.shares} />
        <EquityCard series={analysis.equity} />
      </div>
      <FindingsList findings={analysis.findings} tables={analysis.summaries} onSelect={select} onApplyFix={applyFix} />
      {showSheetView && grid && selection && <SheetView grid={grid} selected={selection.cell} />}
      <Accordion collapsible multiple>
        <AccordionItem value="prognosis">
          <AccordionHeader as="h2">{S.prognosisTitle}</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <PrognosisForm
              tables={analysis.tables}
              defaults={analysis.prognosis}
              sheetNames={analysis.grids.map((g) => g.name)}
              onCreate={createSheet}
            />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="report">
          <AccordionHeader as="h2">{S.reportTitle}</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <ReportButton
              analysis={analysis}
              workbookName={workbookName ?? S.excelWorkbookName}
              onCreate={createSheet}
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
            <KommunKeyForm settings={analysis.settings} onSave={saveSettings} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="trappa">
          <AccordionHeader as="h2">{S.trappaTitle}</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <TrappaForm settings={analysis.settings} onSave={saveSettings} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </div>
  );
}
