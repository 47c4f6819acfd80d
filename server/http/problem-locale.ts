// The language of a request's problem details. A signed-in person reads their saved language,
// as on the pages; a script with a token, or anyone not (yet) known, gets what the request asks
// for in Accept-Language (English by default): a token is shared by scripts and CI, not a person
// at a screen, and one token may serve callers of both languages.
import type { TLocale } from "@/lib/schemas/enums";
import { isLocale, localeFromAcceptLanguage } from "@/lib/i18n/locale";

/** Only what the choice needs: a structural type, so this file needs nothing from server/auth. */
type Caller = { locale: string; tokenId?: string; sourceId?: string };

export function problemLocale(acceptLanguage: string | null | undefined, caller?: Caller | null): TLocale {
  if (caller && !caller.tokenId && !caller.sourceId && isLocale(caller.locale)) return caller.locale;
  return localeFromAcceptLanguage(acceptLanguage ?? null);
}
