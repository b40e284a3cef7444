// formula.ref-error: a formula holding an error literal (#REF! where a deleted row or column was
// read). Where its row or column holds copies that read a cell in the broken one's place, the
// message gives the formula they imply.
import type { Finding, Severity } from "../finding";
import { address } from "../grid";
import { formulaStrings } from "../strings";
import { linesOf, type ShapedCell, type SheetFormulas } from "./formulaLines";
import { sheetFinding, type Placer } from "./formulaPlace";
import { errorLiterals, placeEnd } from "./formulaShape";
import { formulaAt, swedishFormula } from "./formulaText";

export function refErrorFindings(sheet: SheetFormulas, place: Placer): Finding[] {
  const broken = sheet.cells.filter((c) => errorLiterals(c.shape).length > 0);
  if (broken.length === 0) return [];
  const lines = linesOf(sheet);
  const findings: Finding[] = [];
  for (const cell of broken) {
    const errors = errorLiterals(cell.shape);
    const where = place(cell.row, cell.column);
    const here = address(cell.row, cell.column);
    const shown = swedishFormula(cell.shape.tokens, cell.row, cell.column) ?? cell.formula;
    const errorShown = swedishFormula([{ kind: "error", text: errors[0] }], 1, 1)?.slice(1) ?? errors[0];
    let message = formulaStrings.refError(shown, here, errorShown);
    const model = repairModel(
      cell,
      lines.filter((l) => l.cells.includes(cell)).map((l) => l.cells)
    );
    const extra: Partial<Finding> = {};
    if (model) {
      const fix = formulaAt(model.shape.tokens, cell.row, cell.column);
      message += formulaStrings.refErrorFix(swedishFormula(model.shape.tokens, cell.row, cell.column) ?? fix ?? "");
      if (fix) extra.fix = { sheet: sheet.grid.name, cell: here, newValue: fix, oldValue: cell.formula };
    }
    const severity: Severity = where.table ? "error" : "warning";
    findings.push(sheetFinding("formula.ref-error", severity, sheet.grid, cell, where, message, extra));
  }
  return findings;
}

/**
 * The shape most of the broken formula's neighbours share (at least two of them), when it is the
 * broken formula with a single cell in place of each error literal, and that cell is not the
 * broken cell itself.
 */
function repairModel(cell: ShapedCell, lines: ShapedCell[][]): ShapedCell | undefined {
  let best: { model: ShapedCell; count: number } | undefined;
  for (const line of lines) {
    const groups = new Map<string, ShapedCell[]>();
    for (const c of line) {
      if (c === cell || !repairs(cell, c)) continue;
      (groups.get(c.shape.key) ?? groups.set(c.shape.key, []).get(c.shape.key))?.push(c);
    }
    for (const group of groups.values())
      if (group.length >= 2 && (!best || group.length > best.count)) best = { model: group[0], count: group.length };
  }
  return best?.model;
}

function repairs(broken: ShapedCell, other: ShapedCell): boolean {
  const a = broken.shape.tokens;
  const b = other.shape.tokens;
  if (a.length !== b.length) return false;
  return a.every((t, i) => {
    const u = b[i];
    if (t.kind !== "error") return broken.shape.keys[i] === other.shape.keys[i];
    if (u.kind !== "ref" || u.to || u.sheet) return false;
    const at = placeEnd(u.from, broken.row, broken.column);
    return !!at && !(at.row === broken.row && at.column === broken.column);
  });
}
