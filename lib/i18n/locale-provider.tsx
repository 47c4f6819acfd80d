// A server component: it hands the client provider the one locale's dictionary (and the field
// messages of its problem catalogue, for client-side validation), serialized into
// the page like any other prop. The browser's bundle holds no dictionary at all (only the type),
// so it downloads one locale, not both (e2e/locale-bundle.spec.ts checks every script, page and
// RSC response). Why not a chunk per locale: README, "Internationalisation".
import type { ReactNode } from "react";
import type { TLocale } from "@/lib/schemas/enums";
import { I18nProvider } from "./client";
import { MESSAGES } from "./messages";
import { PROBLEMS } from "./problems";

export function LocaleProvider({ locale, children }: { locale: TLocale; children: ReactNode }) {
  return (
    <I18nProvider locale={locale} messages={MESSAGES[locale]} fieldMessages={PROBLEMS[locale].fields}>
      {children}
    </I18nProvider>
  );
}
