// A formula that adds and subtracts cells of its own sheet ("=SUM(B4:B6)-B37", "=C9-C23",
// "=B13+B19") read as signed terms, so that a formula can state an aggregation. Anything else
// (numbers, other functions, other sheets) is no statement of one.
import { columnNumber } from "../grid";
import type { Sign } from "./model";

export interface Term {
  row: number;
  column: number;
  sign: Sign;
}

/** Ranges longer than this are no table sum. */
const MAX_TERMS = 5000;

const TOKEN =
  /\s*(?:(?<sheet>'(?:[^']|'')+'|[\p{L}\w.]+)!)?(?<ref>\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)|\s*(?<fn>SUM|SUMMA)\s*\(|\s*(?<op>[-+(),;])/iuy;

interface Token {
  kind: "ref" | "fn" | "op";
  text: string;
  sheet?: string;
}

function tokens(body: string): Token[] | undefined {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < body.length) {
    if (/^\s*$/.test(body.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(body);
    if (!m?.groups) return undefined;
    if (m.groups.ref) out.push({ kind: "ref", text: m.groups.ref.toUpperCase(), sheet: m.groups.sheet });
    else if (m.groups.fn) out.push({ kind: "fn", text: "SUM" });
    else out.push({ kind: "op", text: m.groups.op });
  }
  return out;
}

function cells(ref: string): Term[] | undefined {
  const [a, b] = ref.replace(/\$/g, "").split(":");
  const pa = /^([A-Z]+)(\d+)$/.exec(a);
  const pb = /^([A-Z]+)(\d+)$/.exec(b ?? a);
  if (!pa || !pb) return undefined;
  const [r1, r2] = [Number(pa[2]), Number(pb[2])].sort((x, y) => x - y);
  const [c1, c2] = [columnNumber(pa[1]), columnNumber(pb[1])].sort((x, y) => x - y);
  if ((r2 - r1 + 1) * (c2 - c1 + 1) > MAX_TERMS) return undefined;
  const out: Term[] = [];
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) out.push({ row: r, column: c, sign: 1 });
  return out;
}

/** The signed cells a formula adds up, or undefined when it does anything else. */
export function signedTerms(formula: string, sheet: string): Term[] | undefined {
  const list = tokens(formula.replace(/^=/, ""));
  if (!list || list.length === 0) return undefined;
  let pos = 0;
  const sameSheet = (t: Token) => !t.sheet || t.sheet.replace(/^'|'$/g, "").replace(/''/g, "'") === sheet;
  // expr := [+-] term ([+-] term)* ; term := ref | SUM(args) | (expr)
  const expr = (sign: Sign, closing?: string): Term[] | undefined => {
    const out: Term[] = [];
    let s: Sign = sign;
    let expectTerm = true;
    while (pos < list.length) {
      const t = list[pos];
      if (t.kind === "op" && (t.text === "+" || t.text === "-")) {
        if (t.text === "-") s = (s * -1) as Sign;
        pos++;
        expectTerm = true;
        continue;
      }
      if (t.kind === "op" && t.text === closing) return expectTerm ? undefined : out;
      if (!expectTerm) return undefined;
      const got = term(s);
      if (!got) return undefined;
      out.push(...got);
      s = sign;
      expectTerm = false;
    }
    return closing || expectTerm ? undefined : out;
  };
  const term = (sign: Sign): Term[] | undefined => {
    const t = list[pos++];
    if (t.kind === "ref") {
      if (!sameSheet(t)) return undefined;
      return cells(t.text)?.map((c) => ({ ...c, sign }));
    }
    if (t.kind === "fn") return args(sign);
    if (t.text === "(") {
      const inner = expr(sign, ")");
      pos++;
      return inner;
    }
    return undefined;
  };
  const args = (sign: Sign): Term[] | undefined => {
    const out: Term[] = [];
    for (;;) {
      const t = list[pos++];
      if (!t || t.kind !== "ref" || !sameSheet(t)) return undefined;
      const c = cells(t.text);
      if (!c) return undefined;
      out.push(...c.map((x) => ({ ...x, sign })));
      const sep = list[pos++];
      if (!sep) return undefined;
      if (sep.text === ")") return out;
      if (sep.text !== "," && sep.text !== ";") return undefined;
    }
  };
  const result = expr(1);
  if (!result || result.length > MAX_TERMS) return undefined;
  return result;
}
