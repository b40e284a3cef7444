// Which aggregations a table holds, along one axis: the proposals of labels, formulas and the
// layer above, then rounds of candidates from the figures (the smallest first, their parts then
// taken, so that group totals and grand totals are found over what is left), each accepted only
// on evidence: a label or formula that the figures do not contradict, or figures that hold in most
// series and would rarely hold by chance.
import type { Aggregation, Axis, Basis, Sign } from "./model";
import { coverage, support, type Support } from "./evidence";
import { candidateKey, discover, discoverDetached, type Candidate, type Direction } from "./runs";
import type { ScaledAxis } from "./scaled";

export interface Proposal {
  axis: Axis;
  total: number;
  parts: number[];
  signs: Sign[];
  kind?: Aggregation["kind"];
  /** given: the layer above or the user states it; label and formula: read from the sheet. */
  basis: Exclude<Basis, "figures">;
}

export interface AxisInput {
  m: ScaledAxis;
  /** Positions that may be parts (lines with figures that are no "varav"). */
  eligible: number[];
  /** Positions whose label names a total: they need less evidence from the figures. */
  labelled: ReadonlySet<number>;
  proposals: Proposal[];
  /** Whether to try signed runs (income minus costs) from the figures. */
  signed: boolean;
  /** Whether to look for runs of parts apart from their total (across a row: many series to weigh them). */
  detached: boolean;
  /** Lines that break down the line above them ("– resultatutjämningsreserv"): a total's second decomposition. */
  breakdown?: ReadonlySet<number>;
}

/** Share of the checkable series a figure-found aggregation must hold in. */
export const MIN_COVERAGE = 0.7;
/** -log10 of the chance of a match by accident that figures alone must beat; less under a total's label. */
export const MIN_BITS = 3;
export const MIN_BITS_LABELLED = 1.5;
/** For a total whose given parts hold nowhere: figures that hold wherever they can be checked. */
export const MIN_BITS_RESCUE = 0.5;
const MAX_ROUNDS = 8;

interface Accepted extends Aggregation {
  support: Support;
}

function directionOf(total: number, parts: readonly number[]): Direction | "both" {
  if (parts.every((p) => p < total)) return "before";
  if (parts.every((p) => p > total)) return "after";
  return "both";
}

/** Whether a proposal stands: the figures do not contradict it wherever they can be checked. */
function standing(p: Proposal, s: Support): boolean {
  if (p.basis === "given") return s.fails === 0;
  if (p.basis === "formula") return s.holds + s.trivial >= s.fails;
  return s.fails === 0 ? s.holds + s.trivial > 0 : s.holds > 0 && s.holds >= s.fails;
}

export function figureBits(c: Candidate, s: Support): number {
  return s.bits - Math.log10(Math.max(1, c.tried) * 2);
}

function acceptedByFigures(c: Candidate, s: Support, labelled: boolean, tentative: Accepted | undefined): boolean {
  // Most series: seven in ten, or all but one where two or more hold (three columns, one of them wrong).
  if (s.holds === 0 || (coverage(s) < MIN_COVERAGE && !(s.fails === 1 && s.holds >= 2))) return false;
  const rescue = tentative !== undefined && tentative.support.holding.length === 0 && s.fails === 0;
  return figureBits(c, s) >= (rescue ? MIN_BITS_RESCUE : labelled ? MIN_BITS_LABELLED : MIN_BITS);
}

export function inferAxis(input: AxisInput): Aggregation[] {
  const { m, proposals } = input;
  const accepted: Accepted[] = [];
  const consumed = new Set<number>();
  const closed = new Set<string>();
  const open = (total: number, d: Direction) => !closed.has(`${total}:${d}`) && !closed.has(`${total}:both`);
  const close = (total: number, parts: readonly number[]) => {
    // Along a row a total column has one aggregation; a total line may have one from each side
    // (eget kapital = början + årets resultat, and = its breakdown below).
    const d = m.axis === "columns" ? "both" : directionOf(total, parts);
    closed.add(`${total}:${d}`);
    if (d === "both") (["before", "after"] as const).forEach((x) => closed.add(`${total}:${x}`));
  };
  // Proposals first: the given ones that hold, then formulas and labels that the figures do not contradict.
  const order: Basis[] = ["given", "formula", "label"];
  const tentative = new Map<number, Accepted>();
  // A formula or label does not overrule what the layer above gives for a total: a SUM that leaves
  // out a row the labels include is the formula's mistake, which the formula checks report.
  const givenTotals = new Set(
    proposals.filter((x) => x.basis === "given" && x.kind !== "identity").map((x) => x.total)
  );
  for (const basis of order) {
    for (const p of proposals.filter((x) => x.basis === basis)) {
      if (p.kind === "identity") {
        // An identity (assets = equity and liabilities) stands beside the sums and takes no parts.
        if (p.basis === "given")
          accepted.push({ ...p, kind: "identity", support: support(m, p.total, p.parts, p.signs) });
        continue;
      }
      if (basis !== "given" && givenTotals.has(p.total)) continue;
      if (!open(p.total, directionOf(p.total, p.parts) === "after" ? "after" : "before")) continue;
      const s = support(m, p.total, p.parts, p.signs);
      const agg: Accepted = { ...p, kind: p.kind ?? "sum", support: s };
      if (standing(p, s)) {
        accepted.push(agg);
        p.parts.forEach((x) => consumed.add(x));
        close(p.total, p.parts);
        tentative.delete(p.total);
      } else if (p.basis === "given" && !tentative.has(p.total)) tentative.set(p.total, agg);
    }
  }
  const totals = input.eligible.filter(
    (t) => !accepted.some((a) => a.total === t && directionOf(t, a.parts) === "both")
  );
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const roots = input.eligible.filter((x) => !consumed.has(x));
    const found = discover(m, roots, totals, open, input.signed);
    if (input.detached) found.push(...discoverDetached(m, roots, totals, open));
    const scored = found
      .map((c) => ({ c, s: support(m, c.total, c.parts, c.signs) }))
      .filter(({ c, s }) => acceptedByFigures(c, s, input.labelled.has(c.total), tentative.get(c.total)))
      .filter(({ c, s }) => beatsTentative(tentative.get(c.total), s));
    preferWholeGroups(scored);
    onePerTotal(scored, input.breakdown ?? new Set(), (t) => accepted.some((a) => a.total === t && a.kind === "sum"));
    scored.sort(
      (a, b) =>
        flips(a.c.signs) - flips(b.c.signs) ||
        a.c.parts.length - b.c.parts.length ||
        figureBits(b.c, b.s) - figureBits(a.c, a.s)
    );
    const takenNow = new Set<number>();
    let added = 0;
    for (const { c, s } of scored) {
      if (!open(c.total, c.direction) || takenNow.has(c.total)) continue;
      if (c.parts.some((x) => takenNow.has(x) || consumed.has(x))) continue;
      if (circular(c, accepted) || sameLines(c, accepted)) continue;
      accepted.push({
        axis: m.axis,
        total: c.total,
        parts: c.parts,
        signs: c.signs,
        kind: "sum",
        basis: "figures",
        support: s,
      });
      c.parts.forEach((x) => takenNow.add(x));
      close(c.total, c.parts);
      tentative.delete(c.total);
      added++;
    }
    takenNow.forEach((x) => consumed.add(x));
    if (added === 0) break;
  }
  // A given structure the figures contradict stays when nothing else explains the total: the checks report it.
  for (const t of tentative.values()) accepted.push(t);
  return accepted.map(({ support: _s, ...a }) => a);
}

/**
 * One structure per total from the figures: the most compact (parts nearest the total), parts
 * before the total on a tie. A second one, from the other side, only where its parts break the
 * total down ("– varav"-like lines under eget kapital vid årets slut) or the total has none yet.
 */
function onePerTotal(
  scored: { c: Candidate; s: Support }[],
  breakdown: ReadonlySet<number>,
  hasOne: (total: number) => boolean
): void {
  const span = (c: Candidate) => c.parts.reduce((m, p) => Math.max(m, Math.abs(p - c.total)), 0);
  const isBreakdown = (c: Candidate) => c.direction === "after" && c.parts.every((p) => breakdown.has(p));
  const best = new Map<number, { c: Candidate; s: Support }>();
  for (const x of scored) {
    if (isBreakdown(x.c)) continue;
    const b = best.get(x.c.total);
    const better =
      !b ||
      span(x.c) < span(b.c) ||
      (span(x.c) === span(b.c) && x.c.direction === "before" && b.c.direction === "after");
    if (better) best.set(x.c.total, x);
  }
  for (let i = scored.length - 1; i >= 0; i--) {
    const x = scored[i];
    const keep = isBreakdown(x.c) || (best.get(x.c.total) === x && !hasOne(x.c.total));
    if (!keep) scored.splice(i, 1);
  }
}

/**
 * Of two candidates for one total where one only adds rows of zeros to the other and both hold as
 * well, the longer one stays: those rows belong to the group (and annotators count them in it).
 */
function preferWholeGroups(scored: { c: Candidate; s: Support }[]): void {
  const byTotal = new Map<string, { c: Candidate; s: Support }[]>();
  for (const x of scored) {
    const key = `${x.c.total}:${x.c.direction}:${x.c.signs.join("")[0] ?? ""}`;
    byTotal.set(key, [...(byTotal.get(key) ?? []), x]);
  }
  const drop = new Set<{ c: Candidate; s: Support }>();
  for (const group of byTotal.values()) {
    if (group.length < 2) continue;
    for (const a of group) {
      for (const b of group) {
        if (a === b || b.c.parts.length <= a.c.parts.length) continue;
        const extra = b.c.parts.length - a.c.parts.length;
        const contains = a.c.parts.every((p) => b.c.parts.includes(p));
        if (contains && extra <= 8 && b.s.fails <= a.s.fails && b.s.holds >= a.s.holds) drop.add(a);
      }
    }
  }
  for (let i = scored.length - 1; i >= 0; i--) if (drop.has(scored[i])) scored.splice(i, 1);
}

function flips(signs: readonly Sign[]): number {
  return signs.filter((s) => s < 0).length;
}

/**
 * A figure-found structure replaces a given one only where the given one fails more often than it
 * holds (it misreads the table, not a figure) and the figures hold in more series.
 */
function beatsTentative(t: Accepted | undefined, s: Support): boolean {
  return !t || (t.support.holds < t.support.fails && s.holds > t.support.holds);
}

/** A total that is a part of its own part. */
function circular(c: Candidate, accepted: readonly Aggregation[]): boolean {
  return accepted.some((a) => a.parts.includes(c.total) && c.parts.includes(a.total));
}

/** The same lines already tied by another aggregation (Total = A + B found again as B = Total − A). */
function sameLines(c: Candidate, accepted: readonly Aggregation[]): boolean {
  const key = [c.total, ...c.parts].sort((a, b) => a - b).join(",");
  return accepted.some((a) => [a.total, ...a.parts].sort((x, y) => x - y).join(",") === key);
}

export { candidateKey };
