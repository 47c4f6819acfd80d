"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useListParams } from "@/hooks/use-list-params";
import { useI18n } from "@/lib/i18n/client";
import { initiativeListQuery } from "@/lib/queries/initiatives";
import { ButtonLink } from "@/components/ui/button";
import { ListPage } from "@/components/catalog/list-page";
import { useInitiativeColumns } from "./initiative-columns";

/** /initiatives: every goal with its progress now, soonest deadline first unless sorted otherwise. */
export function InitiativeList({ canManage }: { canManage: boolean }) {
  const { m } = useI18n();
  const t = m.initiatives;
  const list = useListParams({ sort: "deadline", pageSize: 50 });
  const query = useQuery({ ...initiativeListQuery(list.params), placeholderData: keepPreviousData });
  return (
    <ListPage list={list} query={query} columns={useInitiativeColumns()} rowKey={(i) => i.id}
      caption={t.caption} searchLabel={t.search} searchPlaceholder={t.searchPlaceholder} filterParams={[]}
      empty={{
        title: t.empty,
        hint: t.emptyHint,
        action: canManage ? <ButtonLink href="/initiatives/new">{t.createFirst}</ButtonLink> : undefined,
      }} />
  );
}
