// The fake Excel's Office.context.document.settings (where earlier versions kept the settings),
// and a helper that reads back what the adapter assigned to ranges.
import { address, parseRange } from "../../src/domain/grid";
import type { FakeExcel } from "./excelMock";

type Callback = (result: { status: string; error?: { message: string } }) => void;

/** Office.Settings: get/set/remove in memory, saveAsync to persist into `saved` (or fail). */
export function documentSettings(saved: Map<string, unknown>, saveFails = false) {
  const pending = new Map<string, unknown>();
  const removed = Symbol("removed");
  return {
    get: (key: string) => {
      const value = pending.has(key) ? pending.get(key) : saved.get(key);
      return value === removed || value === undefined ? null : value;
    },
    set: (key: string, value: unknown) => void pending.set(key, value),
    remove: (key: string) => void pending.set(key, removed),
    saveAsync: (callback?: Callback) => {
      if (saveFails) return callback?.({ status: "failed", error: { message: "Dokumentet är skrivskyddat" } });
      pending.forEach((value, key) => (value === removed ? saved.delete(key) : saved.set(key, value)));
      pending.clear();
      callback?.({ status: "succeeded" });
    },
  };
}

/** Every cell the adapter wrote on a sheet, expanded from its range writes: address → what was assigned. */
export function writtenCells(
  fake: FakeExcel,
  sheet: string,
  property: "formulas" | "numberFormat"
): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  for (const { sheet: s, address: a, range } of fake.ranges) {
    if (s !== sheet || !Array.isArray(range[property])) continue;
    const area = parseRange(a);
    if (!area) continue;
    (range[property] as unknown[][]).forEach((line, r) =>
      line.forEach((value, c) => cells.set(address(area.top + r, area.left + c), value))
    );
  }
  return cells;
}
