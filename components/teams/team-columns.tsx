"use client";
import Link from "next/link";
import type { TTeam } from "@/lib/schemas/team";
import type { Column } from "@/components/ui/data-table";
import { useI18n } from "@/lib/i18n/client";
import { PersonLabel } from "@/components/catalog/people";

/** The leads of a team, or a dash; deactivated leads are marked. */
export function TeamLeads({ team }: { team: TTeam }) {
  const leads = team.members.filter((mb) => mb.role === "LEAD");
  if (leads.length === 0) return <span className="text-slate-400">—</span>;
  return <span className="flex flex-col gap-0.5">{leads.map((l) => <PersonLabel key={l.user.id} user={l.user} />)}</span>;
}

export function useTeamColumns(): Column<TTeam>[] {
  const { m } = useI18n();
  const f = m.teams.fields;
  const num = "text-right tabular-nums";
  return [
    {
      id: "name", header: m.common.fields.name, sort: "name",
      cell: (t) => <Link href={`/teams/${t.id}`} className="font-medium text-indigo-700 hover:underline">{t.name}</Link>,
    },
    { id: "key", header: m.common.fields.key, sort: "key", cell: (t) => <code className="text-xs text-slate-600">{t.key}</code> },
    { id: "lead", header: f.lead, cell: (t) => <TeamLeads team={t} /> },
    { id: "members", header: f.members, className: num, cell: (t) => t.members.length },
    {
      id: "systems", header: f.systems, className: num,
      cell: (t) => <Link href={`/systems?teamId=${t.id}`} className="text-indigo-700 hover:underline">{t.counts.systems}</Link>,
    },
    {
      id: "interfaces", header: f.interfaces, className: num,
      cell: (t) => <Link href={`/interfaces?teamId=${t.id}`} className="text-indigo-700 hover:underline">{t.counts.interfaces}</Link>,
    },
  ];
}
