"use client";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { TierBadge } from "@/components/catalog/catalog-badges";
import { countLabel } from "@/lib/i18n/format";
import type { TImpactResult } from "@/lib/schemas/impact";

type Props = { totals: TImpactResult["totals"] };

/** How big the blast radius is, and whether anyone can be called for all of it. */
export function ImpactSummary({ totals }: Props) {
  const { m, locale } = useI18n();
  const t = m.impact.summary;
  return (
    <section aria-label={t.title} className="space-y-2 text-sm">
      <p className="font-medium text-slate-900">
        {countLabel(locale, totals.systems, t.systems)} · {countLabel(locale, totals.interfaces, t.interfaces)}
      </p>
      <ul className="space-y-0.5 text-slate-600">
        <li>{countLabel(locale, totals.maxDistance, t.maxDistance)}</li>
        <li>{countLabel(locale, totals.teams, t.teams)}</li>
        <li className={totals.withoutTeam ? "font-medium text-amber-700" : "text-emerald-700"}>
          {totals.withoutTeam ? countLabel(locale, totals.withoutTeam, t.withoutTeam) : t.allOwned}
        </li>
      </ul>
      {totals.byTier.length > 0 && (
        <ul className="flex flex-wrap gap-1.5" aria-label={t.byTier}>
          {totals.byTier.map(({ tier, systems }) => (
            <li key={tier} className="inline-flex items-center gap-1 text-xs text-slate-600">
              <TierBadge tier={tier} />
              <span>{fmt(t.tierCount, { count: systems })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
