// "5 minutes ago" / "5 分钟前" and "1h 20m" from the platform's own CLDR data (Intl): no dictionary
// entries to keep in step, and plural rules right in both locales.
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["day", 86_400_000], ["hour", 3_600_000], ["minute", 60_000], ["second", 1_000],
];

/** How long ago (or how far ahead) `value` is from `now`, in the largest whole unit. */
export function relativeTime(value: string | Date, locale: string, now: number = Date.now()): string {
  const diff = new Date(value).getTime() - now;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms || unit === "second") return format.format(Math.trunc(diff / ms), unit);
  }
  return format.format(0, "second");
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
