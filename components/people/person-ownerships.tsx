"use client";
import { useMemo, type ReactNode } from "react";
import Link from "next/link";
import type { UseQueryResult } from "@tanstack/react-query";
import { useI18n } from "@/lib/i18n/client";
import type { TOwnershipTeam, TUserOwnership, TUserOwnerships } from "@/lib/schemas/user";
import { Badge, ErrorState, Spinner } from "@/components/ui/feedback";
import { Card } from "@/components/ui/page-header";
import { OwnedListCard } from "./owned-list-card";
import { OwnershipGroup } from "./ownership-group";
import { usePersonTeams, useUserOwnerships } from "./use-person-ownerships";

const linkClass = "font-medium text-indigo-700 hover:underline";

type Teams = ReadonlyMap<string, TOwnershipTeam>;
type CardProps = {
  title: string;
  query: UseQueryResult<TUserOwnerships>;
  pick: (o: TUserOwnership) => boolean;
  children: (items: TUserOwnership[], teams: Teams) => ReactNode;
};

/** A card over part of the person's ownerships, with the query's loading and error states. */
function OwnershipCard({ title, query, pick, children }: CardProps) {
  const items = query.data?.items.filter(pick);
  // Records, not ownerships: a system owned in both roles counts once.
  const records = items && new Set(items.map((o) => o.id)).size;
  const teams = useMemo(() => new Map((query.data?.teams ?? []).map((t) => [t.id, t])), [query.data]);
  return (
    <Card title={<>{title}{items && <span className="ml-1 font-normal text-slate-500">({records})</span>}</>}>
      {query.isPending ? <Spinner /> : query.isError ? <ErrorState error={query.error} onRetry={() => query.refetch()} /> : children(items ?? [], teams)}
    </Card>
  );
}

const isSystem = (o: TUserOwnership) => o.entityType === "SYSTEM";

/**
 * What this person is accountable for, by role and most critical first (one request for all of
 * it: GET /users/{id}/ownerships), then their teams.
 */
export function PersonOwnerships({ userId }: { userId: string }) {
  const { m } = useI18n();
  const t = m.people.ownership;
  const ownerships = useUserOwnerships(userId);
  const teams = usePersonTeams(userId);
  return (
    <>
      <OwnershipCard title={t.systems} query={ownerships} pick={isSystem}>
        {(items, teams) => items.length === 0 ? <p className="text-sm text-slate-500">{t.noSystems}</p> : (
          <div className="space-y-4">
            <OwnershipGroup title={t.technicalSystems} items={items.filter((o) => o.role === "technicalOwner")} teams={teams} />
            <OwnershipGroup title={t.businessSystems} items={items.filter((o) => o.role === "businessOwner")} teams={teams} />
          </div>
        )}
      </OwnershipCard>
      <OwnershipCard title={t.interfaces} query={ownerships} pick={(o) => !isSystem(o)}>
        {(items, teams) => items.length === 0 ? <p className="text-sm text-slate-500">{t.noInterfaces}</p> : (
          <OwnershipGroup title={t.technicalInterfaces} items={items} teams={teams} />
        )}
      </OwnershipCard>
      <OwnedListCard title={t.teams} query={teams} empty={t.noTeams} itemKey={(team) => team.id}
        renderItem={(team) => {
          const role = team.members.find((member) => member.user.id === userId)?.role;
          return (
            <>
              <Link href={`/teams/${team.id}`} className={linkClass}>{team.name}</Link>
              {role && <Badge tone={role === "LEAD" ? "indigo" : "slate"}>{m.enums.TeamRole[role]}</Badge>}
            </>
          );
        }} />
    </>
  );
}
