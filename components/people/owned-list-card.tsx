"use client";
import type { ReactNode } from "react";
import type { UseQueryResult } from "@tanstack/react-query";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import type { TPage } from "@/lib/schemas/common";
import { Card } from "@/components/ui/page-header";
import { ErrorState, Spinner } from "@/components/ui/feedback";

type Props<T> = {
  title: string;
  query: UseQueryResult<TPage<T>>;
  empty: string;
  itemKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
};

/** A card listing records related to a person (what they own, where they are a member), with its own loading states. */
export function OwnedListCard<T>({ title, query, empty, itemKey, renderItem }: Props<T>) {
  const { m } = useI18n();
  const total = query.data?.total;
  return (
    <Card title={total === undefined ? title : `${title} (${total})`}>
      {query.isPending ? (
        <Spinner />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <p className="text-sm text-slate-500">{empty}</p>
      ) : (
        <>
          <ul className="divide-y divide-slate-100">
            {query.data.items.map((item) => (
              <li key={itemKey(item)} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">{renderItem(item)}</li>
            ))}
          </ul>
          {query.data.total > query.data.items.length && (
            <p className="pt-2 text-xs text-slate-500">{fmt(m.people.ownership.more, { shown: query.data.items.length, total: query.data.total })}</p>
          )}
        </>
      )}
    </Card>
  );
}
