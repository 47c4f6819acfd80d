"use client";
import type { ReactNode } from "react";
import type { UseQueryResult } from "@tanstack/react-query";
import type { TPage } from "@/lib/schemas/common";
import type { useListParams } from "@/hooks/use-list-params";
import { useI18n } from "@/lib/i18n/client";
import { Button } from "@/components/ui/button";
import { DataTable, Pagination, type Column, type RowSelection } from "@/components/ui/data-table";
import { EmptyState, ErrorState, Spinner } from "@/components/ui/feedback";
import { SearchInput } from "@/components/ui/search-input";

export type ListState = ReturnType<typeof useListParams>;

type Props<T> = {
  list: ListState;
  query: UseQueryResult<TPage<T>>;
  columns: Column<T>[];
  rowKey: (row: T) => string;
  caption: string;
  searchLabel: string;
  searchPlaceholder?: string;
  /** Filter controls, bound to the URL through `list`. */
  filters?: ReactNode;
  /** The URL parameters the filters set; with `q` they decide "no records yet" vs "no matches". */
  filterParams: readonly string[];
  /** What to show when there are no records at all (with a call to action for writers). */
  empty: { title: string; hint?: string; action?: ReactNode };
  /** Row checkboxes (see useBulkAssign); absent for read-only users. */
  selection?: RowSelection<T>;
  /** Shown above the table, e.g. the outcome of a bulk action. */
  notice?: ReactNode;
  /** Shown below the table, e.g. the bar of actions on the selected rows. */
  bar?: ReactNode;
};

/** The list scaffold the catalog areas share: search, filters, states, sortable table, pagination. */
export function ListPage<T>({
  list, query, columns, rowKey, caption, searchLabel, searchPlaceholder, filters, filterParams, empty, selection, notice, bar,
}: Props<T>) {
  const { m } = useI18n();
  const { params, set, clear } = list;
  const filtered = ["q", ...filterParams].some((p) => !!params[p]);
  const data = query.data;

  let body: ReactNode;
  if (query.isPending) body = <Spinner />;
  else if (query.isError && !data) body = <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  else if (data && data.total === 0 && !filtered) {
    body = (
      <EmptyState title={empty.title}>
        {empty.hint && <p>{empty.hint}</p>}
        {empty.action && <div className="mt-4">{empty.action}</div>}
      </EmptyState>
    );
  } else if (data && data.total === 0) {
    body = (
      <EmptyState title={m.common.states.noMatches}>
        <Button variant="secondary" onClick={clear}>{m.common.actions.clearFilters}</Button>
      </EmptyState>
    );
  } else if (data) {
    body = (
      <div className={query.isPlaceholderData ? "opacity-60 transition-opacity" : undefined}>
        {query.isError && <ErrorState error={query.error} onRetry={() => query.refetch()} />}
        <DataTable columns={columns} rows={data.items} rowKey={rowKey} caption={caption}
          sort={params.sort} onSort={(sort) => set({ sort })} selection={selection} />
        <Pagination page={data.page} pageSize={data.pageSize} total={data.total}
          onPage={(page) => set({ page })} onPageSize={(pageSize) => set({ pageSize })} />
      </div>
    );
  }

  return (
    <div className="space-y-4" aria-busy={query.isFetching}>
      <div role="search" aria-label={m.systems.shared.filters} className="space-y-3 rounded-lg border border-slate-200 bg-white p-3">
        <div className="flex items-center gap-3">
          <div className="flex-1">
            <SearchInput value={params.q ?? ""} onChange={(q) => set({ q })} label={searchLabel} placeholder={searchPlaceholder} />
          </div>
          {filtered && <Button variant="ghost" onClick={clear}>{m.common.actions.clearFilters}</Button>}
        </div>
        {filters && <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">{filters}</div>}
      </div>
      {notice}
      {body}
      {bar}
    </div>
  );
}
