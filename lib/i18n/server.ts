import "server-only";
import { cookies, headers } from "next/headers";
import type { TLocale } from "@/lib/schemas/enums";
import { LOCALE_COOKIE, isLocale, localeFromAcceptLanguage } from "./locale";
import { MESSAGES, type Messages } from "./messages";

// Only the user's saved locale is read: a structural type, so lib/ needs nothing from server/auth.
type LocaleOwner = { locale: string };

/** The signed-in user's saved locale wins (it follows them across devices); then the cookie; then the browser. */
export async function getLocale(actor?: LocaleOwner | null): Promise<TLocale> {
  if (actor && isLocale(actor.locale)) return actor.locale;
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
}

export async function getMessages(actor?: LocaleOwner | null): Promise<{ locale: TLocale; m: Messages }> {
  const locale = await getLocale(actor);
  return { locale, m: MESSAGES[locale] };
}
