"use client";
import { useId } from "react";
import type { UseQueryResult } from "@tanstack/react-query";
import type { TPage } from "@/lib/schemas/common";
import type { TWaiver } from "@/lib/schemas/waiver";
import { useI18n } from "@/lib/i18n/client";
import { countLabel } from "@/lib/i18n/format";
import { DataTable, Pagination, type Column } from "@/components/ui/data-table";
import { EmptyState, ErrorState, Spinner } from "@/components/ui/feedback";
import type { ListState } from "@/components/catalog/list-page";

type Props = {
  title: string;
  hint?: string;
  query: UseQueryResult<TPage<TWaiver>>;
  columns: Column<TWaiver>[];
  emptyTitle: string;
  emptyHint?: string;
  /** Paged through the URL when given; otherwise one page. */
  list?: ListState;
  testId: string;
};

/** A titled table of waivers with its loading, error and empty states. */
export function WaiverSection({ title, hint, query, columns, emptyTitle, emptyHint, list, testId }: Props) {
  const { m, locale } = useI18n();
  const headingId = useId();
  const data = query.data;
  return (
    <section aria-labelledby={headingId} className="space-y-2" data-testid={testId} aria-busy={query.isFetching}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <div>
          <h2 id={headingId} className="text-base font-semibold text-slate-900">{title}</h2>
          {hint && <p className="text-xs text-slate-500">{hint}</p>}
        </div>
        {data && <span className="text-sm text-slate-500">{countLabel(locale, data.total, m.waivers.count)}</span>}
      </div>
      {query.isPending ? <Spinner /> : !data ? <ErrorState error={query.error} onRetry={() => query.refetch()} /> : data.total === 0 ? (
        <EmptyState title={emptyTitle}>{emptyHint && <p>{emptyHint}</p>}</EmptyState>
      ) : (
        <div className={query.isPlaceholderData ? "opacity-60 transition-opacity" : undefined}>
          <DataTable columns={columns} rows={data.items} rowKey={(w) => w.id} caption={title} sort="" onSort={() => undefined} />
          {list && (
            <Pagination page={data.page} pageSize={data.pageSize} total={data.total}
              onPage={(page) => list.set({ page })} onPageSize={(pageSize) => list.set({ pageSize })} />
          )}
        </div>
      )}
    </section>
  );
}
