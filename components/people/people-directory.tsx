"use client";
import { useI18n } from "@/lib/i18n/client";
import { useListParams } from "@/hooks/use-list-params";
import { DataTable, Pagination } from "@/components/ui/data-table";
import { EmptyState, ErrorState, Spinner } from "@/components/ui/feedback";
import { Button } from "@/components/ui/button";
import { PeopleFilters } from "./people-filters";
import { peopleColumns } from "./people-columns";
import { usePeople } from "./use-people";

type Props = { canManage: boolean; currentUserId: string };

/** The people directory: search, status and (admins) role filters, sortable columns, all held in the URL. */
export function PeopleDirectory({ canManage, currentUserId }: Props) {
  const { m, locale } = useI18n();
  const { params, set, clear } = useListParams({ sort: "name", pageSize: 50 });
  const query = {
    q: params.q,
    active: params.active,
    role: canManage ? params.role : undefined,
    sort: params.sort,
    page: params.page,
    pageSize: params.pageSize,
  };
  const people = usePeople(query);
  const filtered = Boolean(query.q || query.active || query.role);
  const columns = peopleColumns({ m, locale, full: canManage, currentUserId });

  return (
    <div>
      <PeopleFilters params={params} set={set} clear={clear} showRole={canManage} />
      {people.isPending ? (
        <Spinner />
      ) : people.isError ? (
        <ErrorState error={people.error} onRetry={() => people.refetch()} />
      ) : people.data.items.length === 0 ? (
        <EmptyState title={filtered ? m.common.states.noMatches : m.people.empty}>
          {filtered && <Button variant="secondary" onClick={clear}>{m.common.actions.clearFilters}</Button>}
        </EmptyState>
      ) : (
        <div aria-busy={people.isFetching} className={people.isPlaceholderData ? "opacity-60 transition-opacity" : undefined}>
          <DataTable caption={m.people.caption} columns={columns} rows={people.data.items} rowKey={(p) => p.id}
            sort={params.sort} onSort={(sort) => set({ sort })} />
          <Pagination page={people.data.page} pageSize={people.data.pageSize} total={people.data.total}
            onPage={(page) => set({ page })} onPageSize={(pageSize) => set({ pageSize })} />
        </div>
      )}
    </div>
  );
}
