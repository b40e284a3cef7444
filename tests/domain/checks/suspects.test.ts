// Which single slip explains a sum that does not hold: the part to look at, or the total itself.
import Decimal from "decimal.js";
import { diagnoseSum, slipBetween } from "../../../src/domain/checks/suspects";

const term = (label: string, cell: string, value: number) => ({ label, cell, value: new Decimal(value) });
const brief = (d: ReturnType<typeof diagnoseSum>) =>
  d.suspects.map((s) => [s.role, s.term.cell, s.corrected.toFixed(), s.slip]);

// The sample's Summa individeriktade insatser: Coachingteamet Örebro 3 238 500 + Lekeberg 546 000 = 3 784 500.
const orebro = term("Coachingteamet Örebro", "B9", 3238500);

test("546 000 typed as 564 000 under a correct total: the part is the suspect, two digits swapped", () => {
  const d = diagnoseSum(term("Summa individeriktade insatser", "B11", 3784500), [
    orebro,
    term("Coachingteamet Lekeberg", "B10", 564000),
  ]);
  expect(d.difference.toFixed()).toBe("-18000");
  expect(brief(d)).toEqual([["part", "B10", "546000", "transposed"]]);
  expect([d.multipleOf9, d.multipleOf1000]).toEqual([true, true]);
});

test("the total typed with two digits swapped: the total is the suspect, and =SUM is the right fix", () => {
  const d = diagnoseSum(term("Summa", "B11", 3748500), [orebro, term("Coachingteamet Lekeberg", "B10", 546000)]);
  expect(brief(d)).toEqual([["total", "B11", "3784500", "transposed"]]);
});

test("a cost written with the wrong sign comes before a part one digit off", () => {
  const d = diagnoseSum(term("Summa kostnader", "C20", -1500), [term("Lön", "C18", -1200), term("Lokal", "C19", 300)]);
  expect(brief(d)).toEqual([
    ["part", "C19", "-300", "sign"],
    ["part", "C18", "-1800", "digit"],
  ]);
});

test("a figure in kr among tkr, a thousand times too large", () => {
  const d = diagnoseSum(term("Totalt", "B7", 9032), [
    term("Försäkringskassan", "B4", 4516),
    term("Region", "B5", 2258),
    term("Kommuner", "B6", 2258000),
  ]);
  expect(brief(d)).toEqual([["part", "B6", "2258", "thousand"]]);
});

test("one wrong digit in a part", () => {
  const d = diagnoseSum(term("Summa", "B11", 3784500), [
    term("Örebro", "B9", 3288500),
    term("Lekeberg", "B10", 546000),
  ]);
  expect(brief(d)).toEqual([["part", "B9", "3238500", "digit"]]);
});

test("a difference no single slip explains names no suspect, and a sum that holds has no difference", () => {
  const off = diagnoseSum(term("Summa", "B11", 1000), [term("a", "B9", 123), term("b", "B10", 456)]);
  expect(off.suspects).toEqual([]);
  expect([off.multipleOf9, off.multipleOf1000]).toEqual([false, false]);
  const fine = diagnoseSum(term("Summa", "B11", 579), [term("a", "B9", 123), term("b", "B10", 456)]);
  expect(fine.difference.isZero()).toBe(true);
  expect(fine.suspects).toEqual([]);
});

test("slips between two figures", () => {
  const d = (a: number, b: number) => slipBetween(new Decimal(a), new Decimal(b));
  expect(d(564000, 546000)).toBe("transposed");
  expect(d(1234, 1324)).toBe("transposed");
  expect(d(1234, 4231)).toBeUndefined(); // not neighbours
  expect(d(-300, 300)).toBe("sign");
  expect(d(2258000, 2258)).toBe("thousand");
  expect(d(12.5, 12.7)).toBe("digit");
  expect(d(100, 1000)).toBeUndefined();
  expect(d(5, 5)).toBeUndefined();
});
