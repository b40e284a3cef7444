import { localIsoDay, localIsoNow } from "../../src/domain/localTime";

test("the local day, not the UTC one: half past midnight on 5 November is the 5th", () => {
  expect(localIsoDay(new Date(2024, 10, 5, 0, 30))).toBe("2024-11-05");
});

test("the local time carries its offset from UTC", () => {
  const now = new Date(2024, 10, 5, 14, 32, 7);
  const text = localIsoNow(now);
  expect(text).toMatch(/^2024-11-05T14:32:07[+-]\d\d:\d\d$/);
  expect(new Date(text).getTime()).toBe(now.getTime());
});
