// Where the pane runs: inside Excel (office.js answered with host Excel) or on its own,
// in a browser on a file. Office.onReady is awaited here and nowhere else in the pane.
//
// office.js loads asynchronously (taskpane.html). Opened by Office, the pane shows a spinner until
// Office.onReady answers, or file mode after OFFICE_READY_TIMEOUT_MS; opened in a browser, it shows
// file mode at once. Either way, when onReady later reports Excel the pane switches to Excel mode:
// a slow start no longer leaves it in file mode for good.

export type PaneMode = "excel" | "file";

export interface PaneHost {
  mode: PaneMode;
  /** Office's theme has a dark body background. */
  dark: boolean;
}

/** The part of office.js the pane start-up needs; a fake in tests. */
export interface OfficeStartup {
  onReady(): Promise<{ host: Office.HostType | null }>;
  HostType: { Excel: Office.HostType };
  context?: { officeTheme?: { bodyBackgroundColor?: string } };
}

/** Office.onReady has been seen to never settle outside a host: give up after this. */
export const OFFICE_READY_TIMEOUT_MS = 3000;

const FILE_MODE: PaneHost = { mode: "file", dark: false };

function relativeLuminance(hex: string): number | undefined {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return undefined;
  const channel = (offset: number): number => {
    const srgb = parseInt(match[1].slice(offset, offset + 2), 16) / 255;
    return srgb <= 0.03928 ? srgb / 12.92 : ((srgb + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/**
 * True when white text contrasts better than black on this background (WCAG contrast
 * ratios are equal at a relative luminance of about 0.179).
 */
export function isDarkBackground(color: string | undefined): boolean {
  const luminance = color === undefined ? undefined : relativeLuminance(color);
  return luminance !== undefined && luminance < 0.179;
}

function officeThemeIsDark(office: OfficeStartup): boolean {
  try {
    return isDarkBackground(office.context?.officeTheme?.bodyBackgroundColor);
  } catch {
    return false; // officeTheme throws outside a host that supports it
  }
}

/** Where office.js is: loaded, failed, or still on its way (the script tag's load or error event). */
export interface OfficeSource {
  /** The Office object once office.js has run; undefined when it could not load. */
  loaded(): Promise<OfficeStartup | undefined>;
}

/** What the page knows before office.js has run that says whether Office opened it. */
export interface HostSigns {
  /** location.search: Office adds _host_Info=Excel$Win32$… (office.js reads it, too). */
  search: string;
  /** window.name: Excel on the web passes its host info there as JSON. */
  windowName: string;
  /** office.js keeps the host info in sessionStorage ("hostInfoValue") across reloads. */
  storedHostInfo: boolean;
  /** The page is in a frame: Excel on the web runs the pane in an iframe. */
  framed: boolean;
}

/** Whether Office opened the pane, judged by the signs office.js itself reads to find its host. */
export function officeHostHinted(signs: HostSigns): boolean {
  return (
    /[?&]_host_Info=/i.test(signs.search) ||
    signs.windowName.includes("hostInfo") ||
    signs.storedHostInfo ||
    signs.framed
  );
}

async function excelHost(source: OfficeSource): Promise<PaneHost | undefined> {
  try {
    const office = await source.loaded();
    if (!office) return undefined;
    const info = await office.onReady();
    return info?.host === office.HostType.Excel ? { mode: "excel", dark: officeThemeIsDark(office) } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Calls `show` with file mode, Excel mode, or file mode and then Excel mode: file mode at once
 * when nothing says Office opened the pane, else after timeoutMs without an answer; Excel mode
 * whenever Office.onReady reports Excel, however late. Never shows file mode after Excel mode.
 */
export function watchPaneHost(
  source: OfficeSource,
  hinted: boolean,
  show: (host: PaneHost) => void,
  timeoutMs: number = OFFICE_READY_TIMEOUT_MS
): void {
  let shown: PaneMode | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fileMode = (): void => {
    clearTimeout(timer);
    if (shown !== undefined) return;
    shown = "file";
    show(FILE_MODE);
  };
  if (hinted) timer = setTimeout(fileMode, timeoutMs);
  else fileMode();
  void excelHost(source).then((host) => {
    if (!host) return fileMode();
    clearTimeout(timer);
    if (shown === "excel") return;
    shown = "excel";
    show(host);
  });
}

/** Resolves how the pane runs first (see watchPaneHost); never rejects and never waits longer than timeoutMs. */
export function detectPaneHost(
  office: OfficeStartup | undefined,
  timeoutMs: number = OFFICE_READY_TIMEOUT_MS
): Promise<PaneHost> {
  return new Promise((resolve) =>
    watchPaneHost({ loaded: async () => office }, office !== undefined, resolve, timeoutMs)
  );
}

/** The page's office.js script (id "office-js", loaded async), as an OfficeSource. */
export function officeScript(win: { Office?: OfficeStartup }, script: HTMLElement | null): OfficeSource {
  return {
    loaded: () =>
      new Promise((resolve) => {
        if (win.Office || !script || script.getAttribute("data-state")) return resolve(win.Office);
        script.addEventListener("load", () => resolve(win.Office));
        script.addEventListener("error", () => resolve(undefined));
      }),
  };
}
