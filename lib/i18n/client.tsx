"use client";
import { createContext, useContext, type ReactNode } from "react";
import type { TLocale } from "@/lib/schemas/enums";
import type { Messages } from "./messages";

// Holds the one dictionary this browser needs. It imports no dictionary itself (only the type):
// the server passes the active locale's in (lib/i18n/locale-provider.tsx).
const I18nContext = createContext<{ locale: TLocale; m: Messages } | null>(null);

export function I18nProvider({ locale, messages, children }: { locale: TLocale; messages: Messages; children: ReactNode }) {
  return <I18nContext.Provider value={{ locale, m: messages }}>{children}</I18nContext.Provider>;
}

/** `const { m, locale } = useI18n(); m.common.actions.save` */
export function useI18n() {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n needs a LocaleProvider above it (components/shell/providers.tsx)");
  return value;
}
