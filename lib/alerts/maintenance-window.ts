// Whether a maintenance window is open at a moment. Pure, so the same answer on every instance
// and in unit tests. WEEKLY windows are wall-clock times in an IANA zone: "Sunday 02:00 for 3 h in
// Europe/Berlin" starts at 02:00 local on both sides of a DST change (its UTC moment moves), and
// lasts 3 real hours. A start inside the hour skipped in spring begins one hour later (what the
// clock on the wall says then); in the autumn's repeated hour the first occurrence counts.

export type MaintenanceSpec =
  | { kind: "ONE_OFF"; startsAt: Date; endsAt: Date }
  | { kind: "WEEKLY"; weekday: number; startMinute: number; durationMinutes: number; timeZone: string };

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether `timeZone` is an IANA zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock in `timeZone` at `ms`, as if it were UTC (so Date.UTC arithmetic applies). */
function wallClock(ms: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(ms))) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

const offsetAt = (ms: number, timeZone: string) => wallClock(Math.floor(ms / 1000) * 1000, timeZone) - Math.floor(ms / 1000) * 1000;

/** The instant when the wall clock in `timeZone` shows `wall` (a UTC-encoded wall time). */
export function wallToInstant(wall: number, timeZone: string): number {
  const first = wall - offsetAt(wall, timeZone);
  const second = wall - offsetAt(first, timeZone);
  // In a gap (spring forward) the two guesses disagree: take the later one, the clock's reading after the jump.
  return second === first ? first : Math.max(first, second);
}

const DAY = 86_400_000;

/** The start and end (ms) of the WEEKLY occurrence covering `at`, or null when none does. */
export function weeklyOccurrenceAt(spec: Extract<MaintenanceSpec, { kind: "WEEKLY" }>, at: number): { start: number; end: number } | null {
  const today = Math.floor(wallClock(at, spec.timeZone) / DAY) * DAY;
  const durationMs = spec.durationMinutes * 60_000;
  // An occurrence that started up to `duration` (plus a day for the zone shift) ago may still be open.
  for (let back = 0; back <= Math.ceil(spec.durationMinutes / 1440) + 1; back++) {
    const day = today - back * DAY;
    if (new Date(day).getUTCDay() !== spec.weekday) continue;
    const start = wallToInstant(day + spec.startMinute * 60_000, spec.timeZone);
    if (start <= at && at < start + durationMs) return { start, end: start + durationMs };
  }
  return null;
}

/** Whether the window is open at `at` (ms). */
export function isMaintenanceOpen(spec: MaintenanceSpec, at: number): boolean {
  if (spec.kind === "ONE_OFF") return spec.startsAt.getTime() <= at && at < spec.endsAt.getTime();
  return weeklyOccurrenceAt(spec, at) !== null;
}
