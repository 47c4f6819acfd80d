"use client";
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { TLocale } from "@/lib/schemas/enums";
import type { Messages } from "./messages";
import type { ProblemCatalogue } from "./problems/types";
import { schemaErrorMap, type SchemaErrorMap } from "./problems/schema-error-map";
import { loadZodLocale } from "./zod-locale";

export type I18n = {
  locale: TLocale;
  m: Messages;
  /** For client-side validation with the API's schemas: `schema.safeParse(x, { error: schemaErrors })`. */
  schemaErrors: SchemaErrorMap;
};

// Holds the one dictionary this browser needs. It imports no dictionary itself (only the type):
// the server passes the active locale's in (lib/i18n/locale-provider.tsx), with the locale's
// field messages of the problem catalogue, which the schemas' own messages are keys of.
const I18nContext = createContext<I18n | null>(null);

type Props = { locale: TLocale; messages: Messages; fieldMessages: ProblemCatalogue["fields"]; children: ReactNode };

export function I18nProvider({ locale, messages, fieldMessages, children }: Props) {
  // zod's words for the locale arrive after hydration; until then zod's English stands in.
  const [zodLocale, setZodLocale] = useState<SchemaErrorMap>();
  useEffect(() => {
    let current = true;
    void loadZodLocale(locale).then((map) => current && setZodLocale(() => map));
    return () => {
      current = false;
    };
  }, [locale]);
  const value = useMemo(
    () => ({ locale, m: messages, schemaErrors: schemaErrorMap(locale, fieldMessages, zodLocale) }),
    [locale, messages, fieldMessages, zodLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** `const { m, locale } = useI18n(); m.common.actions.save` */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n needs a LocaleProvider above it (components/shell/providers.tsx)");
  return value;
}
