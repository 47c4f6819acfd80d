"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useListParams } from "@/hooks/use-list-params";
import type { TSystem } from "@/lib/schemas/system";
import { useI18n } from "@/lib/i18n/client";
import { ButtonLink } from "@/components/ui/button";
import { ListPage } from "@/components/catalog/list-page";
import { useBulkAssign } from "@/components/catalog/bulk-assign";
import { useSystemColumns } from "./system-columns";
import { SYSTEM_FILTER_PARAMS, SystemFilters } from "./system-filters";
import { systemListQuery } from "@/lib/queries/systems";

/** /systems: search, filter, sort and page through the systems; state in the URL. */
export function SystemList({ canWrite }: { canWrite: boolean }) {
  const { m } = useI18n();
  const list = useListParams({ sort: "name", pageSize: 25 });
  const query = useQuery({ ...systemListQuery(list.params), placeholderData: keepPreviousData });
  const bulk = useBulkAssign<TSystem>({
    kind: "systems", canWrite, pageKeys: query.data?.items.map((r) => r.id) ?? [], rowLabel: (r) => r.name,
  });
  return (
    <ListPage list={list} query={query} columns={useSystemColumns()} rowKey={(s) => s.id}
      caption={m.systems.caption} searchLabel={m.systems.search} searchPlaceholder={m.systems.searchPlaceholder}
      filters={<SystemFilters list={list} />} filterParams={SYSTEM_FILTER_PARAMS}
      selection={bulk.selection} notice={bulk.notice} bar={bulk.bar}
      empty={{
        title: m.systems.empty,
        hint: m.systems.emptyHint,
        action: canWrite ? <ButtonLink href="/systems/new">{m.systems.createFirst}</ButtonLink> : undefined,
      }} />
  );
}
