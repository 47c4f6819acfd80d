import Link from "next/link";
import type { Messages } from "@/lib/i18n/messages";
import { formatDateTime } from "@/lib/i18n/format";
import { Card } from "@/components/ui/page-header";
import type { getOverview } from "@/server/dashboard/get-overview";

type Overview = Awaited<ReturnType<typeof getOverview>>;
const HREF = { SYSTEM: "/systems", INTERFACE: "/interfaces", TEAM: "/teams" } as const;

export function Overview({ data, m, locale }: { data: Overview; m: Messages; locale: string }) {
  const tiles = [
    { label: m.dashboard.totals.systems, value: data.totals.systems, href: "/systems" },
    { label: m.dashboard.totals.interfaces, value: data.totals.interfaces, href: "/interfaces" },
    { label: m.dashboard.totals.teams, value: data.totals.teams, href: "/teams" },
    { label: m.dashboard.totals.people, value: data.totals.people, href: "/people" },
  ];
  const layers = Object.keys(m.enums.Layer) as (keyof typeof m.enums.Layer)[];
  return (
    <div className="space-y-6">
      <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        {tiles.map((t) => (
          <Link key={t.href} href={t.href} className="rounded-lg border border-slate-200 bg-white p-4 hover:border-indigo-300">
            <div className="text-sm text-slate-500">{t.label}</div>
            <div className="mt-1 text-2xl font-semibold text-slate-900">{t.value.toLocaleString(locale)}</div>
          </Link>
        ))}
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title={m.dashboard.byLayer}>
          <ul className="space-y-2 text-sm">
            {layers.map((layer) => (
              <li key={layer} className="flex justify-between">
                <Link href={`/systems?layer=${layer}`} className="text-indigo-700 hover:underline">{m.enums.Layer[layer]}</Link>
                <span className="tabular-nums text-slate-700">{data.byLayer[layer] ?? 0}</span>
              </li>
            ))}
          </ul>
        </Card>
        <div className="lg:col-span-2">
          <Card title={m.dashboard.recentChanges} actions={<Link href="/audit" className="text-sm text-indigo-700 hover:underline">{m.dashboard.viewAll}</Link>}>
            {data.changes.length === 0 ? (
              <p className="text-sm text-slate-500">{m.dashboard.noChanges}</p>
            ) : (
              <ul className="divide-y divide-slate-100 text-sm">
                {data.changes.map((c) => (
                  <li key={c.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                    <span>
                      <span className="font-medium text-slate-700">{m.enums.AuditAction[c.action]}</span>{" "}
                      <span className="text-slate-500">{m.enums.EntityType[c.entityType]}</span>{" "}
                      {c.action === "DELETE" ? c.label : (
                        <Link href={`${HREF[c.entityType as keyof typeof HREF]}/${c.entityId}`} className="text-indigo-700 hover:underline">{c.label}</Link>
                      )}
                    </span>
                    <span className="text-xs text-slate-500">{c.actorLabel} · {formatDateTime(c.at, locale)}</span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      </div>
    </div>
  );
}
