// Dates as the user's clock shows them. The engine never reads the clock: the faces pass a Date in.
const pad = (n: number) => String(Math.trunc(Math.abs(n))).padStart(2, "0");

/** The local day as ISO 8601, e.g. "2024-11-05" (not UTC: just after midnight in Sweden is still today). */
export function localIsoDay(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The local time as ISO 8601 with its offset, e.g. "2024-11-05T14:32:07+01:00". */
export function localIsoNow(now: Date): string {
  const offset = -now.getTimezoneOffset();
  const zone = `${offset >= 0 ? "+" : "-"}${pad(offset / 60)}:${pad(offset % 60)}`;
  return `${localIsoDay(now)}T${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}${zone}`;
}
