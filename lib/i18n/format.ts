// Formatting per locale, with the platform's Intl (no library: every browser and Node ship it).
// Dictionaries hold `{name}` templates; counted phrases come as { one, other } forms.

/** Fills `{name}` placeholders: fmt("{from}–{to}", { from: 1, to: 50 }). */
export function fmt(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A message in the forms a count needs: "{count} hop" / "{count} hops". Chinese uses `other` only. */
export type CountForms = { one: string; other: string };

/**
 * Picks the form by the locale's plural rules and fills {count} (formatted for the locale) and any
 * other placeholders. Intl.PluralRules, not `count === 1`, so locales whose "one" differs get it right.
 */
export function countLabel(locale: string, count: number, forms: CountForms, vars: Record<string, string | number> = {}): string {
  const form = new Intl.PluralRules(locale).select(count) === "one" ? forms.one : forms.other;
  return fmt(form, { ...vars, count: formatNumber(count, locale) });
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** A day, e.g. "4 Dec 2026" / "2026年12月4日". */
export function formatDate(value: string | Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(new Date(value));
}

export function formatDateTime(value: string | Date | null | undefined, locale: string): string {
  if (!value) return "—";
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(new Date(value));
}

/** A share 0–1 as a whole percentage, e.g. "67%" / "67%". */
export function formatPercent(ratio: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(ratio);
}
