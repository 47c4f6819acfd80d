import type { ReactNode } from "react";
import { requirePage } from "@/server/auth/require-page";
import { getMessages } from "@/lib/i18n/server";
import { NavLinks } from "@/components/shell/nav-links";
import { can } from "@/server/auth/permissions";

export default async function SettingsLayout({ children }: { children: ReactNode }) {
  const actor = await requirePage("self:manage");
  const { m } = await getMessages(actor);
  const t = m.people.profile;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 pb-3">
        <p className="text-sm font-medium text-slate-500">{t.settingsTitle}</p>
        <NavLinks label={t.nav} links={[
          { href: "/settings/profile", label: t.profile },
          { href: "/settings/tokens", label: t.tokens },
          // Machine credentials are the admins' (users:manage), like the people directory's edits.
          ...(can(actor.role, "users:manage") ? [{ href: "/settings/ingestion", label: m.ingestion.nav }] : []),
          ...(can(actor.role, "alerts:manage") ? [{ href: "/settings/channels", label: m.notify.channels.title }] : []),
          { href: "/settings/escalation", label: m.notify.escalation.title },
        ]} />
      </div>
      {children}
    </div>
  );
}
