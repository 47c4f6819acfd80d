"use client";
import { useI18n } from "@/lib/i18n/client";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/page-header";
import { EmptyState, ErrorState, Spinner } from "@/components/ui/feedback";
import { HistoryEntry } from "./history-entry";
import { useEntityHistory } from "./use-entity-history";

type Props = { entityType: "SYSTEM" | "INTERFACE" | "TEAM" | "USER" | "STANDARD"; entityId: string };

/** A record's change history from the audit log, newest first, with a field-level diff per change. */
export function HistoryPanel({ entityType, entityId }: Props) {
  const { m } = useI18n();
  const history = useEntityHistory(entityType, entityId);
  const entries = history.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Card title={m.common.history.title}>
      <div aria-busy={history.isPending || history.isFetchingNextPage}>
        {history.isPending ? (
          <Spinner />
        ) : history.isError && entries.length === 0 ? (
          <ErrorState error={history.error} onRetry={() => history.refetch()} />
        ) : entries.length === 0 ? (
          <EmptyState title={m.common.history.empty} />
        ) : (
          <ol className="divide-y divide-slate-100" aria-label={m.common.history.title}>
            {entries.map((entry) => <HistoryEntry key={entry.id} entry={entry} />)}
          </ol>
        )}
        {history.isFetchNextPageError && <ErrorState error={history.error} onRetry={() => history.fetchNextPage()} />}
        {history.hasNextPage && !history.isFetchNextPageError && (
          <div className="pt-2">
            <Button variant="secondary" onClick={() => history.fetchNextPage()} disabled={history.isFetchingNextPage}>
              {history.isFetchingNextPage ? m.audit.loadingMore : m.audit.loadMore}
            </Button>
          </div>
        )}
      </div>
    </Card>
  );
}
