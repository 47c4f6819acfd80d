"use client";
import Link from "next/link";
import { useI18n } from "@/lib/i18n/client";
import type { TUser, TUserOwnerships } from "@/lib/schemas/user";
import { Banner } from "@/components/ui/feedback";

/** Before deactivating: the teams that will be left without an active lead, linked so the admin can fix them. */
export function OnlyLeadNote({ person, teamsLed }: { person: TUser; teamsLed: TUserOwnerships["teamsLed"] }) {
  const { m } = useI18n();
  const alone = teamsLed.filter((team) => team.otherActiveLeads === 0);
  if (alone.length === 0) return null;
  const [before, after] = m.people.handover.onlyLead.replace("{name}", person.name).split("{teams}");
  return (
    <Banner tone="info">
      {before}
      {alone.map((team, i) => (
        <span key={team.id}>
          {i > 0 && ", "}
          <Link href={`/teams/${team.id}`} className="font-medium underline">{team.name}</Link>
        </span>
      ))}
      {after}
    </Banner>
  );
}
