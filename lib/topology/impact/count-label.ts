import { fmt } from "@/lib/i18n/format";

/** A message in the forms a count needs: "{count} hop" / "{count} hops". Chinese uses `other` only. */
export type CountForms = { one: string; other: string };

/**
 * Picks the form by the locale's plural rules and fills {count} (and any other placeholders).
 * Intl.PluralRules, not `count === 1`, so locales whose "one" differs get it right.
 */
export function countLabel(locale: string, count: number, forms: CountForms, vars: Record<string, string | number> = {}): string {
  const form = new Intl.PluralRules(locale).select(count) === "one" ? forms.one : forms.other;
  return fmt(form, { ...vars, count });
}
