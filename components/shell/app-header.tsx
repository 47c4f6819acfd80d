import Link from "next/link";
import type { TRole } from "@/lib/schemas/enums";
import type { Messages } from "@/lib/i18n/messages";
import { NavLinks } from "./nav-links";
import { LanguageSwitcher } from "./language-switcher";
import { ThemeSwitcher } from "./theme-switcher";
import { UserMenu } from "./user-menu";

// The signed-in user as the header shows them (the server's Actor fits this shape). `canImport`:
// the Import entry only for those who may import (viewers can still open /import to export).
export function AppHeader({ actor, m, canImport = false }: { actor: { name: string; role: TRole }; m: Messages; canImport?: boolean }) {
  const links = [
    { href: "/", label: m.common.nav.dashboard },
    { href: "/topology", label: m.common.nav.topology },
    { href: "/systems", label: m.common.nav.systems },
    { href: "/interfaces", label: m.common.nav.interfaces },
    { href: "/teams", label: m.common.nav.teams },
    { href: "/people", label: m.common.nav.people },
    { href: "/ownership", label: m.common.nav.ownership },
    { href: "/standards", label: m.common.nav.standards, also: ["/waivers"] },
    { href: "/compliance", label: m.common.nav.compliance },
    { href: "/health", label: m.common.nav.health },
    { href: "/alerts", label: m.common.nav.alerts },
    { href: "/initiatives", label: m.common.nav.initiatives },
    { href: "/audit", label: m.common.nav.audit },
    ...(canImport ? [{ href: "/import", label: m.interop.nav }] : []),
    { href: "/api-docs", label: m.common.nav.apiDocs },
  ];
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-screen-2xl flex-wrap items-center justify-between gap-3 px-4 py-2">
        <div className="flex items-center gap-4">
          <Link href="/" className="text-base font-bold tracking-tight text-indigo-700">{m.common.appName}</Link>
          <NavLinks links={links} label={m.common.nav.mainNavigation} />
        </div>
        <div className="flex items-center gap-4">
          <ThemeSwitcher />
          <LanguageSwitcher signedIn />
          <UserMenu name={actor.name} role={actor.role} />
        </div>
      </div>
    </header>
  );
}
