"use client";
import { useId } from "react";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { Button } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/feedback";
import { countLabel } from "@/lib/i18n/format";
import { groupByDistance } from "@/lib/topology/impact/group-by-distance";
import type { TImpactResult } from "@/lib/schemas/impact";
import type { TImpactSystem } from "@/lib/topology/impact/merge-impact-pages";
import { ImpactSystemItem } from "./impact-system-item";

type Props = {
  systems: TImpactSystem[];
  totals: TImpactResult["totals"];
  pageSize: number;
  more: { hasMore: boolean; loading: boolean; error: unknown; fetchMore: () => void };
};

/** Affected systems under "1 hop", "2 hops", …, a page at a time. */
export function ImpactSystemGroups({ systems, totals, pageSize, more }: Props) {
  const { m, locale } = useI18n();
  const t = m.impact.systems;
  const headingId = useId();
  const perDistance = new Map(totals.byDistance.map((d) => [d.distance, d.systems]));
  const remaining = totals.systems - systems.length;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="text-sm font-semibold text-slate-800">{t.title}</h3>
      {groupByDistance(systems).map((group) => (
        <div key={group.distance} className="mt-3">
          <h4 className="flex items-baseline justify-between border-b border-slate-200 pb-1 text-xs font-semibold uppercase tracking-wide text-slate-600">
            <span>{countLabel(locale, group.distance, t.hops)}</span>
            <span className="font-normal normal-case tracking-normal text-slate-500">
              {countLabel(locale, perDistance.get(group.distance) ?? group.items.length, t.inGroup)}
            </span>
          </h4>
          <ul className="divide-y divide-slate-100">
            {group.items.map((system) => <ImpactSystemItem key={system.id} system={system} />)}
          </ul>
        </div>
      ))}
      <p className="mt-3 text-xs text-slate-500">{fmt(t.showing, { shown: systems.length, total: totals.systems })}</p>
      {more.error ? (
        <div className="mt-2"><ErrorState error={more.error} onRetry={more.fetchMore} /></div>
      ) : (
        more.hasMore && (
          <Button variant="secondary" className="mt-2 w-full" onClick={more.fetchMore} disabled={more.loading}>
            {more.loading ? t.loadingMore : fmt(t.showMore, { count: Math.min(pageSize, remaining) })}
          </Button>
        )
      )}
    </section>
  );
}
