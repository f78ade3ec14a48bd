/** Calendar days, as posts and their file names write them (YYYY-MM-DD, in UTC). */

/** Whether year, month (1–12) and day name a day of the calendar: 2025-02-30 does not. */
function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A YYYY-MM-DD that is a real day. */
export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m !== null && isRealDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Today, in UTC: the date a post written now carries wherever it is built. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
