"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useListParams } from "@/hooks/use-list-params";
import { useI18n } from "@/lib/i18n/client";
import { ButtonLink } from "@/components/ui/button";
import { ListPage } from "@/components/catalog/list-page";
import { useSystemColumns } from "./system-columns";
import { SYSTEM_FILTER_PARAMS, SystemFilters } from "./system-filters";
import { systemListQuery } from "./system-queries";

/** /systems: search, filter, sort and page through the systems; state in the URL. */
export function SystemList({ canWrite }: { canWrite: boolean }) {
  const { m } = useI18n();
  const list = useListParams({ sort: "name", pageSize: 25 });
  const query = useQuery({ ...systemListQuery(list.params), placeholderData: keepPreviousData });
  return (
    <ListPage list={list} query={query} columns={useSystemColumns()} rowKey={(s) => s.id}
      caption={m.systems.caption} searchLabel={m.systems.search} searchPlaceholder={m.systems.searchPlaceholder}
      filters={<SystemFilters list={list} />} filterParams={SYSTEM_FILTER_PARAMS}
      empty={{
        title: m.systems.empty,
        hint: m.systems.emptyHint,
        action: canWrite ? <ButtonLink href="/systems/new">{m.systems.createFirst}</ButtonLink> : undefined,
      }} />
  );
}
