"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useI18n } from "@/lib/i18n/client";
import { cn } from "@/components/ui/cn";

/** Catalogue | Waivers: the two halves of the standards area, as links (each is its own page). */
export function StandardsTabs() {
  const { m } = useI18n();
  const pathname = usePathname();
  const tabs = [
    { href: "/standards", label: m.standards.tabs.catalogue },
    { href: "/waivers", label: m.standards.tabs.waivers },
  ];
  return (
    <nav aria-label={m.standards.tabs.label} className="mb-4 flex gap-1 border-b border-slate-200">
      {tabs.map((t) => {
        const active = pathname.startsWith(t.href);
        return (
          <Link key={t.href} href={t.href} aria-current={active ? "page" : undefined}
            className={cn("-mb-px border-b-2 px-3 py-2 text-sm font-medium",
              active ? "border-indigo-600 text-indigo-700" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900")}>
            {t.label}
          </Link>
        );
      })}
    </nav>
  );
}
