import type { ReactNode } from "react";
import type { TLocale } from "@/lib/schemas/enums";
import { LocaleProvider } from "@/lib/i18n/locale-provider";
import { QueryProvider } from "./query-provider";

// A server component, so the locale's dictionary is picked on the server and only that one reaches
// the browser.
export function Providers({ locale, children }: { locale: TLocale; children: ReactNode }) {
  return (
    <QueryProvider>
      <LocaleProvider locale={locale}>{children}</LocaleProvider>
    </QueryProvider>
  );
}
