// Shared steps of the pane's e2e tests: open a workbook file in file mode, run axe, check that
// nothing is wider than the pane, and walk the pane with the keyboard alone.
import * as path from "path";
import type { Page } from "playwright-core";
import type { PaneBrowser } from "./browser";

const repo = path.resolve(__dirname, "..", "..");
export const OUTPUT = path.join(repo, "test-output");

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** The pane with a workbook file opened in file mode, once its overview is shown. */
export async function openWorkbookFile(pane: PaneBrowser, file: string, label: string): Promise<Page> {
  const page = await pane.openPane({ label });
  await page.getByRole("button", { name: "Öppna arbetsbok" }).waitFor({ state: "visible", timeout: 15000 });
  await page.setInputFiles('input[type="file"]', file);
  await page.getByRole("heading", { name: "Översikt", exact: true }).waitFor({ state: "visible", timeout: 30000 });
  return page;
}

/** Serious and critical violations, but Tabster's focus-trap dummy elements (a known false positive). */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) {
    await page.addScriptTag({ path: path.join(repo, "node_modules", "axe-core", "axe.min.js") });
  }
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !n.html.includes("data-tabster-dummy")) }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/** Waits until no animation runs (Fluent's accordion and dialog open with a motion). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
}

/** Elements that stick out of the viewport to the right, or badges whose text spills out of them. */
export async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${String(el.className).split(" ")[0]} "${(el.textContent ?? "").trim().slice(0, 40)}"`;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width)
      out.push(`page ${document.documentElement.scrollWidth} > ${width}`);
    for (const el of document.querySelectorAll("main *")) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      // Inside a scrolling frame (the sheet view) width is the frame's business.
      if (el.closest('[data-testid="sheet-view"]')) continue;
      if (box.right > width + 0.5) out.push(`${describe(el)} right ${Math.round(box.right)}`);
    }
    for (const badge of document.querySelectorAll(".fui-Badge")) {
      const b = badge as HTMLElement;
      if (b.scrollWidth > b.clientWidth + 1 || b.scrollHeight > b.clientHeight + 1)
        out.push(`badge spills: ${describe(b)}`);
    }
    return out;
  });
}

export interface FocusStop {
  name: string;
  /** Something about the element or its ::before/::after looks different while it has focus. */
  visible: boolean;
}

/** Installs window.__e2eSignature(el): how an element and its pseudo-elements look, what a focus indicator changes. */
async function installSignature(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __e2eSignature: (el: Element) => string }).__e2eSignature = (el: Element) =>
      [getComputedStyle(el), getComputedStyle(el, "::after"), getComputedStyle(el, "::before")]
        .map((s) =>
          [
            s.outlineStyle,
            s.outlineWidth,
            s.outlineColor,
            s.boxShadow,
            s.borderTopColor,
            s.borderBottomColor,
            s.borderBottomWidth,
            s.backgroundColor,
            s.transform,
            s.opacity,
            s.content,
          ].join("|")
        )
        .join("#");
  });
}

/**
 * Presses Tab from the top until focus comes round again; for each stop, whether it looks
 * different focused than unfocused (the focus indicator a sighted keyboard user follows).
 */
export async function tabThrough(page: Page, max = 250): Promise<FocusStop[]> {
  await installSignature(page);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.mouse.click(1, 1);
  const stops: { id: string; name: string; focused: string }[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return undefined;
      const first = el.dataset.e2eStop === undefined;
      el.dataset.e2eStop ??= String(Math.random());
      const name =
        el.getAttribute("aria-label") ||
        (el.textContent ?? "").trim().slice(0, 50) ||
        (el as HTMLInputElement).labels?.[0]?.textContent ||
        el.tagName;
      const sign = (window as unknown as { __e2eSignature: (e: Element) => string }).__e2eSignature;
      return { id: el.dataset.e2eStop, first, name, focused: sign(el) };
    });
    if (!stop) continue;
    if (!stop.first) break;
    stops.push(stop);
  }
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const unfocused = await page.evaluate(
    (ids) => {
      const sign = (window as unknown as { __e2eSignature: (e: Element) => string }).__e2eSignature;
      return ids.map((id) => {
        const el = document.querySelector(`[data-e2e-stop="${id}"]`);
        return el ? sign(el) : "";
      });
    },
    stops.map((s) => s.id)
  );
  return stops.map((s, i) => ({ name: s.name, visible: s.focused !== unfocused[i] }));
}

/** Controls a keyboard user should reach (visible, enabled, in the tab order) that tabThrough did not stop at. */
export async function missedControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        "main button, main input, main select, main a[href], main [tabindex='0']"
      ),
    ]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && !(el as HTMLButtonElement).disabled && el.tabIndex >= 0;
      })
      .filter((el) => el.dataset.e2eStop === undefined)
      .map(
        (el) =>
          el.getAttribute("aria-label") ||
          (el.textContent ?? "").trim().slice(0, 50) ||
          (el as HTMLInputElement).labels?.[0]?.textContent ||
          el.tagName
      )
  );
}
