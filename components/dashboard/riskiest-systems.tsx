"use client";
import Link from "next/link";
import { useI18n } from "@/lib/i18n/client";
import type { TRiskySystem } from "@/lib/schemas/dashboard";
import { Badge } from "@/components/ui/feedback";
import { TierBadge } from "@/components/catalog/catalog-badges";
import { DashboardCard } from "./dashboard-card";
import { ExportCsvButton } from "./export-csv-button";
import { systemHref, teamHref } from "./dashboard-links";

/** The ten systems with the most downstream impact and the weakest ownership. */
export function RiskiestSystems({ systems }: { systems: TRiskySystem[] }) {
  const { m, locale } = useI18n();
  const r = m.dashboard.risk;
  const n = (v: number) => v.toLocaleString(locale);
  const header = [r.system, m.common.fields.key, r.tier, r.team, r.reach, r.gaps, r.risk];
  return (
    <DashboardCard breakable title={r.title} hint={r.hint}
      actions={<ExportCsvButton title={r.title} fileName="riskiest-systems" header={header} disabled={systems.length === 0}
        rows={() => systems.map((s) => [s.system.name, s.system.key, s.tier, s.team?.name ?? "", s.reach, s.gaps.map((g) => r.gap[g]).join("; "), s.risk])} />}>
      {systems.length === 0 ? (
        <p className="py-6 text-center text-sm text-slate-500">{r.empty}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">{r.title}</caption>
            <thead className="text-xs text-slate-500">
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-2 pr-2 text-left font-medium">{r.system}</th>
                <th scope="col" className="px-2 py-2 text-left font-medium">{r.tier}</th>
                <th scope="col" className="px-2 py-2 text-left font-medium">{r.team}</th>
                <th scope="col" className="px-2 py-2 text-right font-medium">{r.reach}</th>
                <th scope="col" className="px-2 py-2 text-left font-medium">{r.gaps}</th>
                <th scope="col" className="py-2 pl-2 text-right font-medium">{r.risk}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {systems.map((s) => (
                <tr key={s.system.id}>
                  <th scope="row" className="py-1.5 pr-2 text-left font-normal">
                    <Link href={systemHref(s.system.id)} className="text-indigo-700 hover:underline">{s.system.name}</Link>
                    <div className="text-xs text-slate-500">{s.system.key}</div>
                  </th>
                  <td className="px-2 py-1.5"><TierBadge tier={s.tier} /></td>
                  <td className="px-2 py-1.5">
                    {s.team ? <Link href={teamHref(s.team.id)} className="text-indigo-700 hover:underline">{s.team.name}</Link> : <span className="text-slate-400">{r.noTeam}</span>}
                  </td>
                  <td className="px-2 py-1.5 text-right tabular-nums">{n(s.reach)}</td>
                  <td className="px-2 py-1.5">
                    {s.gaps.length === 0 ? (
                      <span className="text-slate-400">{r.noGaps}</span>
                    ) : (
                      <span className="flex flex-wrap gap-1">{s.gaps.map((g) => <Badge key={g} tone={g === "deactivatedOwner" ? "red" : "amber"}>{r.gap[g]}</Badge>)}</span>
                    )}
                  </td>
                  <td className="py-1.5 pl-2 text-right font-semibold tabular-nums">{n(s.risk)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </DashboardCard>
  );
}
