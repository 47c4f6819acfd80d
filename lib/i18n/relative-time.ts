// "5 minutes ago" / "5 分钟前" from the platform's own CLDR data (Intl.RelativeTimeFormat): no
// dictionary entries to keep in step, and plural rules right in both locales.
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
