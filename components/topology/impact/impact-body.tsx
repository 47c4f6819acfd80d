"use client";
import { useI18n } from "@/lib/i18n/client";
import { ApiError } from "@/lib/api-client";
import { EmptyState, ErrorState } from "@/components/ui/feedback";
import type { TImpactDirection } from "@/lib/schemas/impact";
import { IMPACT_PAGE_SIZE, type ImpactTarget } from "@/lib/queries/impact";
import type { useImpactPages } from "./use-impact-pages";
import { ImpactSkeleton } from "./impact-skeleton";
import { ImpactSummary } from "./impact-summary";
import { ImpactTeams } from "./impact-teams";
import { ImpactSystemGroups } from "./impact-system-groups";

type Props = { targetType: ImpactTarget["type"]; direction: TImpactDirection; pages: ReturnType<typeof useImpactPages> };

const EMPTY = {
  system: { downstream: "systemDownstream", upstream: "systemUpstream" },
  interface: { downstream: "interfaceDownstream", upstream: "interfaceUpstream" },
} as const;

/** Loading → skeleton, failure → error, nothing reached → empty state, else the analysis. */
export function ImpactBody({ targetType, direction, pages: { query, merged } }: Props) {
  const { m } = useI18n();
  if (query.isPending) return <ImpactSkeleton />;
  if (!merged) {
    // As QueryState does: a 4xx (e.g. the system was deleted meanwhile) would only repeat itself.
    const final = query.error instanceof ApiError && query.error.status < 500;
    return <ErrorState error={query.error} onRetry={final ? undefined : () => query.refetch()} />;
  }
  if (merged.totals.systems === 0) return <EmptyState title={m.impact.empty[EMPTY[targetType][direction]]} />;
  return (
    <div className="space-y-6">
      <ImpactSummary totals={merged.totals} />
      <ImpactTeams teams={merged.teams} total={merged.totals.teams} />
      <ImpactSystemGroups
        systems={merged.systems}
        totals={merged.totals}
        pageSize={IMPACT_PAGE_SIZE}
        more={{
          hasMore: query.hasNextPage,
          loading: query.isFetchingNextPage,
          error: query.isFetchNextPageError ? query.error : null,
          fetchMore: () => void query.fetchNextPage(),
        }}
      />
    </div>
  );
}
