// What Fluent UI (and ExcelJS behind the fake port) expect of a browser and jsdom lacks.
import { TextDecoder, TextEncoder } from "util";

export function installBrowserStubs(): void {
  const g = globalThis as unknown as Record<string, unknown>;
  g.TextDecoder ??= TextDecoder;
  g.TextEncoder ??= TextEncoder;
  g.setImmediate ??= (fn: () => void) => setTimeout(fn, 0);
  if (!window.matchMedia) {
    window.matchMedia = (query: string) =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
  if (!("ResizeObserver" in window)) {
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    };
  }
}
