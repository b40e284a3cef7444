// formula.double-minus: a cell subtracted with two minus signs ("=C14--C15"), which adds it. The
// double minus in front of a constant ("=G14--0,34") or at the start of an argument
// ("=SUMPRODUCT(--(A1:A9>0))") is a known idiom and left alone.
import type { Finding } from "../finding";
import { address } from "../grid";
import { formulaStrings } from "../strings";
import type { SheetFormulas } from "./formulaLines";
import { sheetFinding, type Placer } from "./formulaPlace";
import type { FormulaToken } from "./formulaShape";
import { formulaAt } from "./formulaText";

const isMinus = (t: FormulaToken | undefined) => t?.kind === "other" && t.text === "-";

/** The index of the second minus of "operand - - cell", or -1. */
function doubleMinusAt(tokens: readonly FormulaToken[]): number {
  for (let i = 1; i + 2 < tokens.length; i++) {
    const before = tokens[i - 1];
    const operand =
      before.kind === "ref" || (before.kind === "other" && (before.text === ")" || /^\d/.test(before.text)));
    if (operand && isMinus(tokens[i]) && isMinus(tokens[i + 1]) && tokens[i + 2].kind === "ref") return i + 1;
  }
  return -1;
}

export function doubleMinusFindings(sheet: SheetFormulas, place: Placer): Finding[] {
  const findings: Finding[] = [];
  for (const cell of sheet.cells) {
    const at = doubleMinusAt(cell.shape.tokens);
    if (at < 0) continue;
    const single = cell.shape.tokens.filter((_, i) => i !== at);
    const here = address(cell.row, cell.column);
    const fix = formulaAt(single, cell.row, cell.column);
    const message = formulaStrings.doubleMinus(
      formulaAt(cell.shape.tokens, cell.row, cell.column, "sv") ?? cell.formula,
      here,
      formulaAt([cell.shape.tokens[at + 1]], cell.row, cell.column)?.slice(1) ?? "",
      formulaAt(single, cell.row, cell.column, "sv") ?? ""
    );
    const extra: Partial<Finding> = fix
      ? { fix: { sheet: sheet.grid.name, cell: here, newValue: fix, oldValue: cell.formula } }
      : {};
    findings.push(
      sheetFinding("formula.double-minus", "warning", sheet.grid, cell, place(cell.row, cell.column), message, extra)
    );
  }
  return findings;
}
