"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useListParams } from "@/hooks/use-list-params";
import type { TInterface } from "@/lib/schemas/interface";
import { useI18n } from "@/lib/i18n/client";
import { ButtonLink } from "@/components/ui/button";
import { ListPage } from "@/components/catalog/list-page";
import { useBulkAssign } from "@/components/catalog/bulk-assign";
import { useInterfaceColumns } from "./interface-columns";
import { INTERFACE_FILTER_PARAMS, InterfaceFilters } from "./interface-filters";
import { interfaceListQuery } from "@/lib/queries/interfaces";

/** /interfaces: search, filter, sort and page through the interfaces; state in the URL. */
export function InterfaceList({ canWrite }: { canWrite: boolean }) {
  const { m } = useI18n();
  const list = useListParams({ sort: "name", pageSize: 25 });
  const query = useQuery({ ...interfaceListQuery(list.params), placeholderData: keepPreviousData });
  const bulk = useBulkAssign<TInterface>({
    kind: "interfaces", canWrite, pageKeys: query.data?.items.map((r) => r.id) ?? [], rowLabel: (r) => r.name,
  });
  return (
    <ListPage list={list} query={query} columns={useInterfaceColumns()} rowKey={(i) => i.id}
      caption={m.interfaces.caption} searchLabel={m.interfaces.search} searchPlaceholder={m.interfaces.searchPlaceholder}
      filters={<InterfaceFilters list={list} />} filterParams={INTERFACE_FILTER_PARAMS}
      selection={bulk.selection} notice={bulk.notice} bar={bulk.bar}
      empty={{
        title: m.interfaces.empty,
        hint: m.interfaces.emptyHint,
        action: canWrite ? <ButtonLink href="/interfaces/new">{m.interfaces.createFirst}</ButtonLink> : undefined,
      }} />
  );
}
