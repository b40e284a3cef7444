import fc from "fast-check";
import Decimal from "decimal.js";
import { formatAmount, parseAmount, splitLabelAmount, toDecimal } from "../../src/domain/amount";
import type { Unit } from "../../src/domain/table";

const LIMIT = 10n ** 12n;
const units = fc.constantFrom<Unit | undefined>(undefined, "kr", "tkr", "Mkr");
const wholeKronor = fc.bigInt({ min: -LIMIT, max: LIMIT }).map((n) => new Decimal(n.toString()));
const withOre = fc.bigInt({ min: -LIMIT * 100n, max: LIMIT * 100n }).map((n) => new Decimal(n.toString()).div(100));

describe("parseAmount(formatAmount(v, unit)) gives back v and unit", () => {
  it.each([
    ["whole numbers", wholeKronor],
    ["two decimals", withOre],
  ])("for %s up to 1e12", (_what, values) => {
    fc.assert(
      fc.property(values, units, (value, unit) => {
        const parsed = parseAmount(formatAmount(value, unit));
        expect(parsed?.value.equals(value)).toBe(true);
        expect(parsed?.unit).toBe(unit);
      }),
      { numRuns: 500 }
    );
  });
});

describe("formatAmount", () => {
  it("never uses an ordinary space, and writes a comma only for a value that is not whole", () => {
    fc.assert(
      fc.property(withOre, units, (value, unit) => {
        const text = formatAmount(value, unit);
        expect(text).not.toContain(" ");
        expect(text.includes(",")).toBe(!value.isInteger());
      })
    );
  });
});

describe("parseAmount reads any grouping a document uses", () => {
  const separator = fc.constantFrom(" ", "\u00A0", "\u2009", "\u202F", ".");
  const minus = fc.constantFrom("-", "- ", "–", "– ", "−", "");

  it("digit groups split by spaces or dots, with any minus sign", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1000n, max: LIMIT }), separator, minus, (n, sep, sign) => {
        const grouped = n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, sep);
        const parsed = parseAmount(`${sign}${grouped}`);
        expect(parsed?.value.toFixed()).toBe(sign ? `-${n}` : `${n}`);
      })
    );
  });

  it("a label and a formatted amount split back apart", () => {
    const label = fc.constantFrom("Summa", "Överskott 2020", "Medel till projekt 2018", "Eget kapital ingående 2023");
    fc.assert(
      fc.property(label, withOre, units, (text, value, unit) => {
        fc.pre(unit !== undefined || !value.isInteger() || value.lt(1990) || value.gt(2100));
        const split = splitLabelAmount(`${text} ${formatAmount(value, unit)}`);
        expect(split?.label).toBe(text);
        expect(split?.amount.value.equals(value)).toBe(true);
        expect(split?.amount.unit).toBe(unit);
      })
    );
  });
});

describe("robustness", () => {
  it("parseAmount never throws, and whatever it reads has no float error", () => {
    const chars = fc.constantFrom(..."0123456789 .,-–−+()%:/kKrRtTmMsSeE\u00A0".split(""));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: chars, maxLength: 20 })), (text) => {
        const parsed = parseAmount(text);
        if (parsed) expect(parsed.value.isFinite()).toBe(true);
      }),
      { numRuns: 2000 }
    );
  });

  it("toDecimal gives every finite double as Excel shows it: 15 significant digits, within half a unit of the 15th", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const d = toDecimal(n);
        expect(d.precision()).toBeLessThanOrEqual(15);
        expect(d.toNumber()).toBe(n === 0 ? 0 : Number(n.toPrecision(15)));
      })
    );
  });

  it("toDecimal keeps every whole number of up to 15 digits exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: -999999999999999, max: 999999999999999 }), (n) => {
        expect(toDecimal(n).toFixed()).toBe(String(n === 0 ? 0 : n));
      })
    );
  });
});
