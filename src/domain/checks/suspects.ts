// When a total and its parts disagree, which single slip would explain it: two digits swapped,
// a wrong sign, one wrong digit, or a figure a thousand times off (kr typed among tkr). The
// answer decides the fix: a slip in a part means the part is wrong and the total right, and
// writing =SUM over the parts would bake the slip into the total. Pure; amounts are Decimals.
import Decimal from "decimal.js";

export interface SumTerm {
  label: string;
  cell: string;
  value: Decimal;
}

export type SlipKind = "transposed" | "sign" | "digit" | "thousand";

export interface Suspect {
  /** "part": a part with this value would make the sum hold; "total": the parts are right. */
  role: "part" | "total";
  term: SumTerm;
  /** The value that would make the sum hold. */
  corrected: Decimal;
  slip: SlipKind;
}

export interface SumDiagnosis {
  /** total − Σparts. */
  difference: Decimal;
  suspects: Suspect[];
  /** The difference is a multiple of 9 (the mark of swapped digits) or of 1 000, whoever is at fault. */
  multipleOf9: boolean;
  multipleOf1000: boolean;
}

function digitsOf(value: Decimal): string {
  return value.abs().toFixed().replace(".", "");
}

/** Two neighbouring digits swapped: 546 000 ↔ 564 000. */
function isTransposed(a: Decimal, b: Decimal): boolean {
  if (a.isNegative() !== b.isNegative() || a.decimalPlaces() !== b.decimalPlaces()) return false;
  const x = digitsOf(a);
  const y = digitsOf(b);
  if (x.length !== y.length) return false;
  const differ = [...x].map((ch, i) => (ch === y[i] ? -1 : i)).filter((i) => i >= 0);
  return (
    differ.length === 2 && differ[1] === differ[0] + 1 && x[differ[0]] === y[differ[1]] && x[differ[1]] === y[differ[0]]
  );
}

/** Exactly one digit different, same length and sign: 3 238 500 ↔ 3 288 500. */
function isOneDigit(a: Decimal, b: Decimal): boolean {
  if (a.isNegative() !== b.isNegative() || a.decimalPlaces() !== b.decimalPlaces()) return false;
  const x = digitsOf(a);
  const y = digitsOf(b);
  return x.length === y.length && [...x].filter((ch, i) => ch !== y[i]).length === 1;
}

/** The slip that turns `right` into `written`, if it is one of the kinds above. */
export function slipBetween(written: Decimal, right: Decimal): SlipKind | undefined {
  if (written.eq(right)) return undefined;
  if (!written.isZero() && written.eq(right.negated())) return "sign";
  if (isTransposed(written, right)) return "transposed";
  if (!right.isZero() && (written.eq(right.times(1000)) || right.eq(written.times(1000)))) return "thousand";
  if (isOneDigit(written, right)) return "digit";
  return undefined;
}

/** Each part, and the total, that one slip would explain; empty when the sum holds or no single slip fits. */
export function diagnoseSum(total: SumTerm, parts: readonly SumTerm[]): SumDiagnosis {
  const sum = parts.reduce((s, p) => s.plus(p.value), new Decimal(0));
  const difference = total.value.minus(sum);
  const suspects: Suspect[] = [];
  if (!difference.isZero()) {
    for (const term of parts) {
      const corrected = term.value.plus(difference);
      const slip = slipBetween(term.value, corrected);
      if (slip) suspects.push({ role: "part", term, corrected, slip });
    }
    const slip = slipBetween(total.value, sum);
    if (slip) suspects.push({ role: "total", term: total, corrected: sum, slip });
  }
  // A swap, a sign or a factor of 1 000 is rarely chance; one different digit often is.
  suspects.sort((a, b) => Number(a.slip === "digit") - Number(b.slip === "digit"));
  return {
    difference,
    suspects,
    multipleOf9: !difference.isZero() && difference.isInteger() && difference.mod(9).isZero(),
    multipleOf1000: !difference.isZero() && difference.mod(1000).isZero(),
  };
}
