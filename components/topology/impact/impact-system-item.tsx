"use client";
import Link from "next/link";
import { useI18n } from "@/lib/i18n/client";
import { TierBadge } from "@/components/catalog/catalog-badges";
import { PersonLabel } from "@/components/catalog/people";
import type { TImpactSystem } from "@/lib/topology/impact/merge-impact-pages";

/** One affected system: what it is, how critical, and who answers for it. */
export function ImpactSystemItem({ system }: { system: TImpactSystem }) {
  const { m } = useI18n();
  const t = m.impact.systems;
  const { team } = system;
  return (
    <li className="py-2">
      <div className="flex items-start justify-between gap-2">
        <Link href={`/systems/${system.id}`} className="min-w-0 break-words text-sm font-medium text-indigo-700 hover:underline">
          {system.name}
        </Link>
        <TierBadge tier={system.tier} />
      </div>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
        <dt className="text-slate-500">{t.team}</dt>
        <dd className="min-w-0 break-words text-slate-800">{team ? team.name : <span className="text-amber-700">{t.noTeam}</span>}</dd>
        <dt className="text-slate-500">{t.technicalOwner}</dt>
        <dd className="min-w-0 text-slate-800"><PersonLabel user={system.technicalOwner} /></dd>
        <dt className="text-slate-500">{t.onCall}</dt>
        <dd className="min-w-0 break-words text-slate-800">{team?.onCall ?? <span className="text-slate-400">—</span>}</dd>
      </dl>
    </li>
  );
}
