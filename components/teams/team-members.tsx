"use client";
import type { TTeam } from "@/lib/schemas/team";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { DataTable } from "@/components/ui/data-table";
import { Badge, Banner } from "@/components/ui/feedback";
import { Card } from "@/components/ui/page-header";
import { PersonLabel } from "@/components/catalog/people";
import { ActiveBadge } from "@/components/people/active-badge";

type Member = TTeam["members"][number];

/**
 * Members with their role (leads first, as the API sorts them) and status; warns when nobody active
 * is left to answer for what the team owns, or no active lead is.
 */
export function TeamMembers({ team }: { team: TTeam }) {
  const { m } = useI18n();
  const d = m.teams.detail;
  const noneActive = team.members.length > 0 && !team.members.some((mb) => mb.user.active);
  const noActiveLead = !noneActive && team.members.length > 0 && !team.members.some((mb) => mb.role === "LEAD" && mb.user.active);
  const inactive = team.members.filter((mb) => !mb.user.active).length;
  return (
    <Card title={
      <>
        {m.teams.fields.members} <span className="ml-1 font-normal text-slate-500">({team.members.length})</span>
        {inactive > 0 && <span className="ml-2"><Badge tone="red">{fmt(d.inactiveMembers, { count: inactive })}</Badge></span>}
      </>
    }>
      {noneActive && <div className="mb-3"><Banner>{d.noActiveMembers}</Banner></div>}
      {noActiveLead && <div className="mb-3"><Banner>{d.noActiveLead}</Banner></div>}
      {team.members.length === 0 ? (
        <p className="text-sm text-amber-700">{d.noMembers}</p>
      ) : (
        <DataTable<Member> caption={fmt(d.membersCaption, { name: team.name })} rows={team.members} rowKey={(mb) => mb.user.id}
          sort="" onSort={() => {}} columns={[
            { id: "name", header: m.teams.members.person, cell: (mb) => <PersonLabel user={mb.user} /> },
            { id: "email", header: m.common.fields.email, cell: (mb) => <a href={`mailto:${mb.user.email}`} className="text-indigo-700 hover:underline">{mb.user.email}</a> },
            { id: "role", header: m.common.fields.role, cell: (mb) => <Badge tone={mb.role === "LEAD" ? "indigo" : "slate"}>{m.enums.TeamRole[mb.role]}</Badge> },
            { id: "status", header: d.status, cell: (mb) => <ActiveBadge active={mb.user.active} /> },
          ]} />
      )}
    </Card>
  );
}
