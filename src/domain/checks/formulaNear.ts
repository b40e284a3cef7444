// When two formula shapes are near misses of each other: what a slip while copying or editing a
// formula looks like, as opposed to a different formula written on purpose.
import type { Direction } from "./formulaLines";
import type { FormulaShape, FormulaToken, RefEnd } from "./formulaShape";

/** A term ("+C31", "-F31") that one of two shapes has and the other lacks. */
export interface ExtraTerm {
  /** Which shape has the term. */
  side: "model" | "odd";
  /** Index of the term's first token in that shape's tokens; the term takes two tokens. */
  start: number;
}

/** How two shapes nearly match: in where they read, or by one term. */
export type Near = { kind: "refs" } | { kind: "term"; term: ExtraTerm };

type RefToken = Extract<FormulaToken, { kind: "ref" }>;

/**
 * Two shapes that differ only where a copy went wrong: the same skeleton (functions, operators,
 * constants, which references are ranges), at most two reference coordinates apart; or the same
 * formula but for one added or missing cell term. Along the line's own direction a range's extent may
 * differ by design (blocks of different lengths), so there only single cells count.
 */
export function nearMiss(model: FormulaShape, odd: FormulaShape, direction: Direction): Near | undefined {
  if (model.skeleton === odd.skeleton) return refsApart(model, odd, direction) ? { kind: "refs" } : undefined;
  // A constant the odd formula adds on its own ("+1000") is an adjustment someone typed on
  // purpose; one its neighbours all add and it lacks is a slip like a missing cell.
  const inModel = extraTerm(model.keys, odd.keys, model.tokens, true);
  if (inModel) return { kind: "term", term: { side: "model", start: inModel } };
  const inOdd = extraTerm(odd.keys, model.keys, odd.tokens, false);
  return inOdd === undefined ? undefined : { kind: "term", term: { side: "odd", start: inOdd } };
}

function refsApart(model: FormulaShape, odd: FormulaShape, direction: Direction): boolean {
  const refs = (s: FormulaShape) => s.tokens.filter((t): t is RefToken => t.kind === "ref");
  const a = refs(model);
  const b = refs(odd);
  let differences = 0;
  for (let i = 0; i < a.length; i++) {
    const isRange = a[i].to !== undefined;
    const ends: [RefEnd | undefined, RefEnd | undefined][] = [
      [a[i].from, b[i].from],
      [a[i].to, b[i].to],
    ];
    for (const [x, y] of ends) {
      if (!x || !y) continue;
      const rowDiffers = x.row !== y.row || x.rowAbsolute !== y.rowAbsolute;
      const columnDiffers = x.column !== y.column || x.columnAbsolute !== y.columnAbsolute;
      if (isRange && (direction === "column" ? rowDiffers : columnDiffers)) return false;
      differences += (rowDiffers ? 1 : 0) + (columnDiffers ? 1 : 0);
    }
  }
  return differences > 0 && differences <= 2;
}

/** The start of the term of `longer` (a sign and a single cell, or a constant) whose removal gives `shorter`. */
function extraTerm(
  longer: string[],
  shorter: string[],
  tokens: readonly FormulaToken[],
  constants: boolean
): number | undefined {
  if (longer.length !== shorter.length + 2) return undefined;
  const operand = (t: FormulaToken | undefined) =>
    !!t && ((t.kind === "ref" && !t.to) || (constants && t.kind === "other" && /^\d/.test(t.text)));
  const sign = (t: FormulaToken | undefined) => !!t && t.kind === "other" && (t.text === "+" || t.text === "-");
  for (let i = 0; i + 1 < longer.length; i++) {
    const trailing = sign(tokens[i]) && operand(tokens[i + 1]);
    const leading = i === 0 && operand(tokens[0]) && tokens[1]?.kind === "other" && tokens[1].text === "+";
    if (!trailing && !leading) continue;
    const head = longer.slice(0, i).join(" ") === shorter.slice(0, i).join(" ");
    if (head && longer.slice(i + 2).join(" ") === shorter.slice(i).join(" ")) return i;
  }
  return undefined;
}
