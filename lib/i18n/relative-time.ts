// "5 minutes ago" and "1 h 20 min" in the reader's language, for health views that say since when
// and how long. Intl does the words; we only pick the unit.

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [["day", 86_400_000], ["hour", 3_600_000], ["minute", 60_000], ["second", 1000]];

/** How long ago `at` was, in the largest whole unit ("3 hours ago", "3 小时前"). */
export function formatAgo(at: string | Date, locale: string, now = Date.now()): string {
  const diff = new Date(at).getTime() - now;
  const [unit, size] = UNITS.find(([, ms]) => Math.abs(diff) >= ms) ?? UNITS[UNITS.length - 1];
  return new Intl.RelativeTimeFormat(locale, { numeric: "auto" }).format(Math.round(diff / size), unit);
}

/** A duration in its two largest units, adjacent ones: "1 h 20 min", "45 s" (never "1 h 30 s"). */
export function formatDuration(ms: number, locale: string): string {
  const whole = Math.max(0, Math.round(ms / 1000)) * 1000;
  const found = UNITS.findIndex(([, size]) => whole >= size);
  const first = found === -1 ? UNITS.length - 1 : found;
  const say = (unit: string, count: number) => new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "narrow" }).format(count);
  const [unit, size] = UNITS[first];
  const parts = [say(unit, Math.floor(whole / size))];
  const next = UNITS[first + 1];
  const rest = next ? Math.floor((whole % size) / next[1]) : 0;
  if (next && rest > 0) parts.push(say(next[0], rest));
  return parts.join(" ");
}
