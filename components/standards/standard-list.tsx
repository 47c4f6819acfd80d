"use client";
import { useMemo } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useListParams } from "@/hooks/use-list-params";
import { useI18n } from "@/lib/i18n/client";
import { ButtonLink } from "@/components/ui/button";
import { ListPage } from "@/components/catalog/list-page";
import { complianceSummaryQuery } from "@/lib/queries/compliance";
import { standardListQuery } from "@/lib/queries/standards";
import { useStandardColumns, type StandardCounts } from "./standard-columns";
import { STANDARD_FILTER_PARAMS, StandardFilters } from "./standard-filters";

/** /standards: the catalogue, searchable in both languages, with today's pass / fail counts. */
export function StandardList({ canManage }: { canManage: boolean }) {
  const { m } = useI18n();
  const list = useListParams({ sort: "key", pageSize: 50 });
  const query = useQuery({ ...standardListQuery(list.params), placeholderData: keepPreviousData });
  // Counts come from the summaries of both record types; a standard appears in one of them.
  const systems = useQuery(complianceSummaryQuery("SYSTEM"));
  const interfaces = useQuery(complianceSummaryQuery("INTERFACE"));
  const counts = useMemo(() => new Map<string, StandardCounts>(
    [...(systems.data?.byStandard ?? []), ...(interfaces.data?.byStandard ?? [])].map((c) => [c.standard.id, c]),
  ), [systems.data, interfaces.data]);
  return (
    <ListPage list={list} query={query} columns={useStandardColumns(counts)} rowKey={(s) => s.id}
      caption={m.standards.caption} searchLabel={m.standards.search} searchPlaceholder={m.standards.searchPlaceholder}
      filters={<StandardFilters list={list} />} filterParams={STANDARD_FILTER_PARAMS}
      empty={{
        title: m.standards.empty,
        hint: m.standards.emptyHint,
        action: canManage ? <ButtonLink href="/standards/new">{m.standards.createFirst}</ButtonLink> : undefined,
      }} />
  );
}
