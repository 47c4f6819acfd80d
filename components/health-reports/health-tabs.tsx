"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useI18n } from "@/lib/i18n/client";
import { cn } from "@/components/ui/cn";

/** The health area's pages side by side: the overview, the SLA report, jobs and messaging. */
export function HealthTabs() {
  const { m } = useI18n();
  const pathname = usePathname();
  const tabs = [
    { href: "/health", label: m.health.title },
    { href: "/health/sla", label: m.sla.title },
    { href: "/health/jobs", label: m.jobs.title },
    { href: "/health/messaging", label: m.messaging.title },
  ];
  return (
    <nav aria-label={m.health.title} className="-mt-2 mb-4 flex gap-1 border-b border-slate-200 dark:border-slate-700">
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
