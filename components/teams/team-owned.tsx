"use client";
import type { ReactNode } from "react";
import Link from "next/link";
import type { TPage } from "@/lib/schemas/common";
import type { TSystem } from "@/lib/schemas/system";
import type { TInterface } from "@/lib/schemas/interface";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { ErrorState, Spinner } from "@/components/ui/feedback";
import { Card } from "@/components/ui/page-header";
import { TierBadge } from "@/components/catalog/catalog-badges";
import { SystemSummaryTable } from "@/components/systems/system-summary-table";
import { InterfaceSummaryTable } from "@/components/interfaces/interface-summary-table";
import { TeamTierCounts } from "./team-tier-counts";
import { PER_TIER, TIERS, ownedHref, useOwnedByTier, type TierPages } from "./use-owned-by-tier";

type OwnedProps<T> = {
  title: string;
  area: "systems" | "interfaces";
  teamId: string;
  pages: TierPages<T>;
  children: (rows: T[], caption: string) => ReactNode;
};

/** One record type, grouped by tier (most critical first), each group's first records by name. */
function OwnedByTier<T>({ title, area, teamId, pages, children }: OwnedProps<T>) {
  const { m } = useI18n();
  const d = m.teams.detail;
  const failed = pages.find((p) => p.isError);
  const loaded = pages.every((p) => p.data);
  const total = pages.reduce((n, p) => n + (p.data?.total ?? 0), 0);
  return (
    <Card title={<>{title}{loaded && <span className="ml-1 font-normal text-slate-500">({total})</span>}</>}
      actions={loaded && total > 0 && <Link href={ownedHref(area, teamId)} className="text-sm text-indigo-700 hover:underline">{fmt(d.viewAll, { count: total })}</Link>}>
      {failed ? (
        <ErrorState error={failed.error} onRetry={() => pages.forEach((p) => p.isError && p.refetch())} />
      ) : !loaded ? (
        <Spinner />
      ) : total === 0 ? (
        <p className="text-sm text-slate-500">{d.noneOwned}</p>
      ) : (
        <div className="space-y-4">
          {TIERS.map((tier) => {
            const page = pages[tier].data as TPage<T>;
            if (page.total === 0) return null;
            const tierLabel = m.enums.Tier[tier];
            return (
              <section key={tier} aria-label={`${title} · ${tierLabel}`} className="space-y-1">
                <div className="flex items-center justify-between gap-2">
                  <h3 className="flex items-center gap-2 text-sm font-medium text-slate-700">
                    <TierBadge tier={tier} full /> <span className="font-normal text-slate-500">({page.total})</span>
                  </h3>
                  {page.total > PER_TIER && (
                    <Link href={ownedHref(area, teamId, tier)} className="text-xs text-indigo-700 hover:underline">{fmt(d.viewAll, { count: page.total })}</Link>
                  )}
                </div>
                {children(page.items, `${title} · ${tierLabel}`)}
              </section>
            );
          })}
        </div>
      )}
    </Card>
  );
}

/** What the team owns: counts per tier, then the systems and interfaces grouped by tier. */
export function TeamOwned({ teamId, teamName }: { teamId: string; teamName: string }) {
  const { m } = useI18n();
  const d = m.teams.detail;
  const { systems, interfaces } = useOwnedByTier(teamId);
  return (
    <>
      <TeamTierCounts teamId={teamId} teamName={teamName} systems={systems} interfaces={interfaces} />
      <OwnedByTier<TSystem> title={d.ownedSystems} area="systems" teamId={teamId} pages={systems}>
        {(rows, caption) => <SystemSummaryTable rows={rows} caption={caption} />}
      </OwnedByTier>
      <OwnedByTier<TInterface> title={d.ownedInterfaces} area="interfaces" teamId={teamId} pages={interfaces}>
        {(rows, caption) => <InterfaceSummaryTable rows={rows} caption={caption} />}
      </OwnedByTier>
    </>
  );
}
