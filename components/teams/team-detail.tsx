"use client";
import { useQuery } from "@tanstack/react-query";
import { useI18n } from "@/lib/i18n/client";
import { HistoryPanel } from "@/components/audit/history-panel";
import { DetailHeader } from "@/components/catalog/detail-header";
import { QueryState } from "@/components/catalog/query-state";
import { TeamContact } from "./team-contact";
import { TeamMembers } from "./team-members";
import { TeamOwned } from "./team-owned";
import { TeamHealthSection } from "@/components/team-health/team-health-section";
import { teamDetailQuery } from "@/lib/queries/teams";

/** /teams/[id]: how to reach them first, then members, their health, what the team owns by tier, change history. */
export function TeamDetail({ id, canWrite }: { id: string; canWrite: boolean }) {
  const { m } = useI18n();
  const query = useQuery(teamDetailQuery(id));
  return (
    <QueryState query={query} back={{ href: "/teams", label: m.teams.detail.breadcrumb }}>
      {(t) => (
        <>
          <DetailHeader entity={t} base="/teams" backLabel={m.teams.detail.breadcrumb} canWrite={canWrite} />
          <div className="space-y-4">
            <TeamContact team={t} />
            <TeamMembers team={t} />
            <TeamHealthSection teamId={t.id} />
            <TeamOwned teamId={t.id} teamName={t.name} />
            <HistoryPanel entityType="TEAM" entityId={t.id} />
          </div>
        </>
      )}
    </QueryState>
  );
}
