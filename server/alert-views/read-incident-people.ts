import "server-only";
import { db } from "@/server/db";
import type { TIncidentDetail } from "@/lib/schemas/alert-views";
import { userRefSelect } from "@/server/shared/ref-select";

export type ReadIncidentPeopleOptions = { systemId: string; teamId: string | null };

/**
 * The people to call for an incident, as the CMDB says now: the system's technical owner, the
 * team's leads and its on-call member, with the team's own channels. Deactivated people are
 * listed too (marked inactive), so the page shows why escalation went past them.
 */
export async function readIncidentPeople({ systemId, teamId }: ReadIncidentPeopleOptions) {
  const [system, team] = await Promise.all([
    db().system.findUnique({ where: { id: systemId }, select: { technicalOwner: { select: userRefSelect } } }),
    teamId
      ? db().team.findUnique({
          where: { id: teamId },
          select: {
            chatChannel: true, onCall: true, contactEmail: true, onCallUserId: true,
            members: { where: { role: "LEAD" }, select: { user: { select: userRefSelect } }, orderBy: { user: { name: "asc" } } },
          },
        })
      : null,
  ]);
  const onCall = team?.onCallUserId ? await db().user.findUnique({ where: { id: team.onCallUserId }, select: userRefSelect }) : null;
  const people: TIncidentDetail["people"] = [];
  if (system?.technicalOwner) people.push({ role: "TECHNICAL_OWNER", user: system.technicalOwner });
  for (const m of team?.members ?? []) people.push({ role: "TEAM_LEAD", user: m.user });
  if (onCall) people.push({ role: "ON_CALL", user: onCall });
  const teamContact = team ? { chatChannel: team.chatChannel, onCall: team.onCall, contactEmail: team.contactEmail } : null;
  return { people, teamContact };
}
