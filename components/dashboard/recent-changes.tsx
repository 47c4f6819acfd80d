"use client";
import Link from "next/link";
import { useI18n } from "@/lib/i18n/client";
import { formatDateTime } from "@/lib/i18n/format";
import type { TDashboard } from "@/lib/schemas/dashboard";
import { DashboardCard } from "./dashboard-card";

const HREF = { SYSTEM: "/systems", INTERFACE: "/interfaces", TEAM: "/teams" } as const;

/** The latest catalogue changes, each linking to its record (deleted records by name only). */
export function RecentChanges({ changes }: { changes: TDashboard["recentChanges"] }) {
  const { m, locale } = useI18n();
  return (
    <DashboardCard title={m.dashboard.recentChanges} breakable
      actions={<Link href="/audit" className="text-sm text-indigo-700 hover:underline print:hidden">{m.dashboard.viewAll}</Link>}>
      {changes.length === 0 ? (
        <p className="text-sm text-slate-500">{m.dashboard.noChanges}</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {changes.map((c) => {
            const base = HREF[c.entityType as keyof typeof HREF];
            return (
              <li key={c.id} className="flex flex-wrap items-baseline justify-between gap-x-2 py-1.5">
                <span className="min-w-0">
                  <span className="font-medium text-slate-700">{m.enums.AuditAction[c.action]}</span>{" "}
                  <span className="text-slate-500">{m.enums.EntityType[c.entityType]}</span>{" "}
                  {c.action === "DELETE" || !base ? c.label : <Link href={`${base}/${c.entityId}`} className="text-indigo-700 hover:underline">{c.label}</Link>}
                </span>
                <span className="text-xs text-slate-500">{c.actorLabel} · {formatDateTime(c.at, locale)}</span>
              </li>
            );
          })}
        </ul>
      )}
    </DashboardCard>
  );
}
