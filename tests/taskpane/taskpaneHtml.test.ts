// taskpane.html: office.js loads without holding up the page, and a plain ES5 script says, in
// Swedish, why the pane cannot run in a webview too old for the bundle (instead of a blank pane).
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { parse } from "acorn";
import { paneStrings } from "../../src/domain/strings";

const html = fs.readFileSync(path.resolve(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);

interface FakeNode {
  text?: string;
  className?: string;
  children: FakeNode[];
  attributes: Record<string, string>;
}

/** Runs the inline script with a container and the engine's Function; returns the container. */
function runInline(engineFunction: unknown): FakeNode {
  const node = (): FakeNode & Record<string, unknown> => {
    const n: FakeNode & Record<string, unknown> = { children: [], attributes: {} };
    n.appendChild = (child: FakeNode) => n.children.push(child);
    n.removeChild = (child: FakeNode) => n.children.splice(n.children.indexOf(child), 1);
    n.setAttribute = (name: string, value: string) => (n.attributes[name] = value);
    Object.defineProperty(n, "firstChild", { get: () => n.children[0] ?? null });
    return n;
  };
  const container = node();
  container.children.push({ text: paneStrings.loading, children: [], attributes: {} });
  const document = {
    getElementById: (id: string) => (id === "container" ? container : null),
    createElement: () => node(),
    createTextNode: (text: string) => ({ text, children: [], attributes: {} }),
  };
  vm.runInNewContext(inline[0], { document, Function: engineFunction, Promise });
  return container;
}

test("office.js is referenced in <head>, from Microsoft's CDN, async, with its load state recorded", () => {
  const head = html.slice(0, html.indexOf("</head>"));
  const tag = head.match(/<script\s[^>]*id="office-js"[^>]*>/)?.[0] ?? "";
  expect(tag).toContain('src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"');
  expect(tag).toMatch(/\sasync\s/);
  expect(tag).toContain("onload=\"this.setAttribute('data-state', 'loaded')\"");
  expect(tag).toContain("onerror=\"this.setAttribute('data-state', 'failed')\"");
});

test("the page is not blank before the bundle runs", () => {
  expect(html).toContain(`<div id="container"><p class="plain">${paneStrings.loading}</p></div>`);
});

test("the inline script is plain ES5, without modules", () => {
  expect(inline).toHaveLength(1);
  expect(() => parse(inline[0], { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
});

test("where ES2020 does not parse, it replaces the page with the Swedish message", () => {
  const tooOld = function () {
    throw new SyntaxError("Unexpected token '.'");
  };
  const container = runInline(tooOld);
  expect(container.children.map((c) => c.children.map((t) => t.text).join(""))).toEqual([
    paneStrings.hostTooOld,
    paneStrings.hostTooOldDetail,
  ]);
  expect(container.attributes["data-host-too-old"]).toBe("true");
});

test("where it parses, it leaves the page to the bundle", () => {
  const container = runInline(Function);
  expect(container.children.map((c) => c.text)).toEqual([paneStrings.loading]);
});
