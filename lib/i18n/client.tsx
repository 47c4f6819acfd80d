"use client";
import { createContext, useContext, type ReactNode } from "react";
import type { TLocale } from "@/lib/schemas/enums";
import { MESSAGES, type Messages } from "./messages";

const I18nContext = createContext<{ locale: TLocale; m: Messages }>({ locale: "en", m: MESSAGES.en });

export function I18nProvider({ locale, children }: { locale: TLocale; children: ReactNode }) {
  return <I18nContext.Provider value={{ locale, m: MESSAGES[locale] }}>{children}</I18nContext.Provider>;
}

/** `const { m, locale } = useI18n(); m.common.actions.save` */
export const useI18n = () => useContext(I18nContext);
