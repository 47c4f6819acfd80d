"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useListParams } from "@/hooks/use-list-params";
import { useI18n } from "@/lib/i18n/client";
import { ButtonLink } from "@/components/ui/button";
import { ListPage } from "@/components/catalog/list-page";
import { useTeamColumns } from "./team-columns";
import { teamListQuery } from "@/lib/queries/teams";

/** /teams: search, sort and page through the teams; state in the URL. */
export function TeamList({ canWrite }: { canWrite: boolean }) {
  const { m } = useI18n();
  const list = useListParams({ sort: "name", pageSize: 25 });
  const query = useQuery({ ...teamListQuery(list.params), placeholderData: keepPreviousData });
  return (
    <ListPage list={list} query={query} columns={useTeamColumns()} rowKey={(t) => t.id}
      caption={m.teams.caption} searchLabel={m.teams.search} searchPlaceholder={m.teams.searchPlaceholder}
      filterParams={[]}
      empty={{
        title: m.teams.empty,
        hint: m.teams.emptyHint,
        action: canWrite ? <ButtonLink href="/teams/new">{m.teams.createFirst}</ButtonLink> : undefined,
      }} />
  );
}
