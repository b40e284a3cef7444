// Where the pane runs: inside Excel (office.js answered with host Excel) or on its own,
// in a browser on a file. Office.onReady is awaited here and nowhere else in the pane.

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

/** Resolves how the pane runs; never rejects and never waits longer than timeoutMs. */
export async function detectPaneHost(
  office: OfficeStartup | undefined,
  timeoutMs: number = OFFICE_READY_TIMEOUT_MS
): Promise<PaneHost> {
  if (!office) return FILE_MODE;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), timeoutMs);
  });
  try {
    const info = await Promise.race([office.onReady(), timeout]);
    if (!info || info.host !== office.HostType.Excel) return FILE_MODE;
    return { mode: "excel", dark: officeThemeIsDark(office) };
  } catch {
    return FILE_MODE;
  } finally {
    clearTimeout(timer);
  }
}
