"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useListParams } from "@/hooks/use-list-params";
import { useI18n } from "@/lib/i18n/client";
import { messagingHealthQuery } from "@/lib/queries/health-reports";
import { EmptyState, ErrorState, Spinner } from "@/components/ui/feedback";
import { Button } from "@/components/ui/button";
import { SearchInput } from "@/components/ui/search-input";
import { TeamFilter } from "@/components/pickers/team-filter";
import { BrokerCard } from "./broker-card";

/** /health/messaging: brokers with their topics and queues, filtered by team and text in the URL. */
export function MessagingView() {
  const { m } = useI18n();
  const t = m.messaging;
  const list = useListParams({ sort: "name" });
  const params: Record<string, string> = {};
  if (list.params.q) params.q = list.params.q;
  if (list.params.teamId) params.teamId = list.params.teamId;
  const query = useQuery({ ...messagingHealthQuery(params), placeholderData: keepPreviousData });
  const filtered = Object.keys(params).length > 0;
  const data = query.data;
  return (
    <div className="space-y-4" aria-busy={query.isFetching}>
      <div role="search" aria-label={m.systems.shared.filters} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-900">
        <div className="min-w-64 flex-1"><SearchInput value={list.params.q ?? ""} onChange={(q) => list.set({ q })} label={t.search} placeholder={t.search} /></div>
        <div className="w-64"><TeamFilter list={list} label={m.common.fields.team} /></div>
        {filtered && <Button variant="ghost" onClick={list.clear}>{m.common.actions.clearFilters}</Button>}
      </div>
      {query.isPending ? <Spinner /> : !data ? <ErrorState error={query.error} onRetry={() => query.refetch()} /> : data.brokers.length === 0 ? (
        <EmptyState title={filtered ? t.noMatches : t.empty}>{!filtered && <p>{t.emptyHint}</p>}</EmptyState>
      ) : (
        <div className={query.isPlaceholderData ? "space-y-4 opacity-60 transition-opacity" : "space-y-4"}>
          {query.isError && <ErrorState error={query.error} onRetry={() => query.refetch()} />}
          {data.brokers.map((g) => <BrokerCard key={g.broker?.id ?? "none"} group={g} />)}
        </div>
      )}
    </div>
  );
}
