"use client";
import Link from "next/link";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { Card } from "@/components/ui/page-header";
import { TierBadge } from "@/components/catalog/catalog-badges";
import { TIERS, ownedHref, type TierPages } from "./use-owned-by-tier";

type Props = { teamId: string; teamName: string; systems: TierPages<unknown>; interfaces: TierPages<unknown> };

const cell = "px-3 py-2 text-right tabular-nums";

/** A count per tier (0 = business stops … 3) for systems and interfaces, each linking to the filtered list. */
export function TeamTierCounts({ teamId, teamName, systems, interfaces }: Props) {
  const { m } = useI18n();
  const d = m.teams.detail;
  const rows = [
    { area: "systems" as const, label: m.teams.fields.systems, pages: systems },
    { area: "interfaces" as const, label: m.teams.fields.interfaces, pages: interfaces },
  ];
  return (
    <Card title={d.byTier}>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="sr-only">{fmt(d.byTierCaption, { name: teamName })}</caption>
          <thead className="border-b border-slate-200 text-xs text-slate-500">
            <tr>
              <th scope="col" className="px-3 py-2 text-left font-medium">{d.kind}</th>
              {TIERS.map((tier) => <th key={tier} scope="col" className={`${cell} font-medium`}><TierBadge tier={tier} /></th>)}
              <th scope="col" className={`${cell} font-medium`}>{d.total}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map(({ area, label, pages }) => {
              const failed = pages.some((p) => p.isError);
              const ready = pages.every((p) => p.data);
              const total = pages.reduce((n, p) => n + (p.data?.total ?? 0), 0);
              return (
                <tr key={area}>
                  <th scope="row" className="px-3 py-2 text-left font-medium text-slate-700">{label}</th>
                  {pages.map((p, tier) => (
                    <td key={tier} className={cell}>
                      {p.data ? (
                        <Link href={ownedHref(area, teamId, tier)} className={p.data.total ? "text-indigo-700 hover:underline" : "text-slate-400 hover:underline"}
                          aria-label={`${label}: ${fmt(d.showTier, { count: p.data.total, tier: m.enums.Tier[tier as 0 | 1 | 2 | 3] })}`}>
                          {p.data.total}
                        </Link>
                      ) : p.isError ? "—" : <span className="text-slate-400">…</span>}
                    </td>
                  ))}
                  <td className={`${cell} font-semibold`}>
                    {ready ? <Link href={ownedHref(area, teamId)} className="text-indigo-700 hover:underline">{total}</Link> : failed ? "—" : "…"}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {[...systems, ...interfaces].some((p) => p.isError) && <p role="alert" className="mt-2 text-xs text-red-600">{d.loadFailed}</p>}
    </Card>
  );
}
