import type { ReactNode } from "react";
import { requirePage } from "@/server/auth/require-page";
import { can } from "@/server/auth/permissions";
import { getMessages } from "@/lib/i18n/server";
import { Providers } from "@/components/shell/providers";
import { AppHeader } from "@/components/shell/app-header";
import { AppFrame } from "@/components/shell/app-frame";

// Every page in this group needs a signed-in user; each page also checks its own permission.
export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requirePage("catalog:read");
  const { locale, m } = await getMessages(actor);
  return (
    <Providers locale={locale}>
      <AppFrame header={<AppHeader actor={actor} m={m} canImport={can(actor.role, "catalog:write")} />}>{children}</AppFrame>
    </Providers>
  );
}
