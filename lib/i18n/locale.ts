import { LOCALES, type TLocale } from "@/lib/schemas/enums";

export const LOCALE_COOKIE = "junction-locale";
export const DEFAULT_LOCALE: TLocale = "en";

export const isLocale = (value: unknown): value is TLocale => (LOCALES as readonly unknown[]).includes(value);

/** Picks zh-CN for any Chinese Accept-Language, else English. */
export function localeFromAcceptLanguage(header: string | null): TLocale {
  return header && /\bzh\b|zh-/i.test(header) ? "zh-CN" : DEFAULT_LOCALE;
}
