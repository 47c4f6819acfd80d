"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "./cn";

export type AreaTab = { href: string; label: string };

/** An area's pages side by side (health, alerts): links styled as tabs, the current one marked. */
export function AreaTabs({ label, tabs }: { label: string; tabs: AreaTab[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="-mt-2 mb-4 flex flex-wrap gap-1 border-b border-slate-200 dark:border-slate-700">
      {tabs.map((t) => {
        const current = pathname === t.href;
        return (
          <Link key={t.href} href={t.href} aria-current={current ? "page" : undefined}
            className={cn("-mb-px border-b-2 px-3 py-2 text-sm", current
              ? "border-indigo-600 font-medium text-indigo-700 dark:text-indigo-300"
              : "border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-400")}>
            {t.label}
          </Link>
        );
      })}
    </nav>
  );
}
