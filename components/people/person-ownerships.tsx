"use client";
import Link from "next/link";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { Badge } from "@/components/ui/feedback";
import { OwnedListCard } from "./owned-list-card";
import { useOwnedInterfaces, useOwnedSystems, usePersonTeams } from "./use-person-ownerships";

const linkClass = "font-medium text-indigo-700 hover:underline";

/** What this person is accountable for: systems (technical or business owner), interfaces, and their teams. */
export function PersonOwnerships({ userId }: { userId: string }) {
  const { m } = useI18n();
  const t = m.people.ownership;
  const systems = useOwnedSystems(userId);
  const interfaces = useOwnedInterfaces(userId);
  const teams = usePersonTeams(userId);
  return (
    <>
      <OwnedListCard title={t.systems} query={systems} empty={t.noSystems} itemKey={(s) => s.id}
        renderItem={(s) => (
          <>
            <span className="flex min-w-0 items-center gap-2">
              <Link href={`/systems/${s.id}`} className={linkClass}>{s.name}</Link>
              <code className="text-xs text-slate-500">{s.key}</code>
            </span>
            <span className="flex gap-1">
              {s.technicalOwner?.id === userId && <Badge tone="indigo">{t.asTechnical}</Badge>}
              {s.businessOwner?.id === userId && <Badge tone="amber">{t.asBusiness}</Badge>}
              <Badge>{m.enums.Lifecycle[s.lifecycle]}</Badge>
            </span>
          </>
        )} />
      <OwnedListCard title={t.interfaces} query={interfaces} empty={t.noInterfaces} itemKey={(i) => i.id}
        renderItem={(i) => (
          <>
            <span className="flex min-w-0 items-center gap-2">
              <Link href={`/interfaces/${i.id}`} className={linkClass}>{i.name}</Link>
              <span className="text-xs text-slate-500">{fmt(t.provider, { provider: i.provider.name, consumer: i.consumer.name })}</span>
            </span>
            <Badge>{m.enums.InterfaceStyle[i.style]}</Badge>
          </>
        )} />
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
