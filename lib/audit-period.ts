// The audit log's date filter: days picked in the reader's calendar, sent to the API as moments.
// A reader in Shanghai who asks for 23 November means their 23 November (00:00 to 24:00 UTC+8),
// not UTC's; so the days are turned into instants here, in the browser's time zone.

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight at the start of a YYYY-MM-DD day in the local zone; undefined for anything else. */
export function localDayStart(day: string | undefined): Date | undefined {
  const match = day ? DAY.exec(day) : null;
  if (!match) return undefined;
  const [y, m, d] = match.slice(1).map(Number);
  const date = new Date(2000, 0, 1);
  date.setFullYear(y, m - 1, d); // setFullYear: new Date(y, …) would read years below 100 as 19xx
  const real = date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d;
  return real && y >= 1900 ? date : undefined;
}

export type AuditPeriod = { from?: string; to?: string; reversed: boolean };

/** `from` at the start of its day, `to` at the end of its day (the API's `to` is exclusive). */
export function auditPeriod(fromDay?: string, toDay?: string): AuditPeriod {
  const start = localDayStart(fromDay);
  const last = localDayStart(toDay);
  const end = last && new Date(last.getFullYear(), last.getMonth(), last.getDate() + 1);
  if (start && end && start >= end) return { reversed: true };
  return { from: start?.toISOString(), to: end?.toISOString(), reversed: false };
}
