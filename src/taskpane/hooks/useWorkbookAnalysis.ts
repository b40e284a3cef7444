// Reads the workbook through the port, analyses it, and does so again when the workbook changes.
import * as React from "react";
import type { WorkbookPort } from "../../workbook/port";
import type { PaneAnalysis } from "../model/types";
import { errorDetail, loadEngine } from "./engine";

/** How long the workbook must be quiet before a change is analysed (typing fires many events). */
export const CHANGE_DEBOUNCE_MS = 500;

/**
 * ready: notices name sheets the read left out; stale says that a later read failed and the
 * analysis shown is the last good one (the pane keeps it, and every form keeps what was typed).
 */
export type AnalysisState =
  | { status: "loading" }
  | { status: "error"; message: string }
  | { status: "ready"; analysis: PaneAnalysis; notices?: string[]; stale?: string };

export interface WorkbookAnalysis {
  state: AnalysisState;
  /** Reads and analyses again; resolves when the new state is shown. */
  reanalyze(): Promise<void>;
}

export function useWorkbookAnalysis(port: WorkbookPort): WorkbookAnalysis {
  const [state, setState] = React.useState<AnalysisState>({ status: "loading" });
  const latest = React.useRef(0);
  const mounted = React.useRef(true);

  const reanalyze = React.useCallback(async () => {
    const request = ++latest.current;
    let next: AnalysisState;
    try {
      const [engine, read, settings] = await Promise.all([loadEngine(), port.readSheets(), port.loadSettings()]);
      next = read.ok
        ? { status: "ready", analysis: engine.analyzePane(read.grids, settings), notices: read.notices }
        : { status: "error", message: read.error.message };
    } catch (error) {
      next = { status: "error", message: errorDetail(error) };
    }
    // A later request (a newer change) wins; an unmounted pane takes no state. A failed re-read
    // keeps the last good analysis, marked stale, rather than replace the pane with an error.
    if (mounted.current && request === latest.current)
      setState((previous) =>
        next.status === "error" && previous.status === "ready" ? { ...previous, stale: next.message } : next
      );
  }, [port]);

  React.useEffect(() => {
    mounted.current = true;
    setState({ status: "loading" });
    void reanalyze();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stop: (() => void) | undefined;
    let stopped = false;
    if (port.onChanged) {
      port
        .onChanged(() => {
          clearTimeout(timer);
          timer = setTimeout(() => void reanalyze(), CHANGE_DEBOUNCE_MS);
        })
        .then((unsubscribe) => (stopped ? unsubscribe() : (stop = unsubscribe)))
        .catch(() => undefined); // no live updates; the pane still works on demand
    }
    return () => {
      mounted.current = false;
      stopped = true;
      clearTimeout(timer);
      stop?.();
    };
  }, [port, reanalyze]);

  return { state, reanalyze };
}
