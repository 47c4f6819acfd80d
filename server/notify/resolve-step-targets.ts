import "server-only";
import type { Tx } from "@/server/db";
import type { TEscalationTarget } from "@/lib/schemas/notify-escalation";

/** One recipient of a step: a channel or a person (by email), and how it was chosen. */
export type StepTarget = { channelId: string | null; userId: string | null; note: string };

export type ResolveStepTargetsOptions = {
  tx: Tx;
  target: TEscalationTarget;
  teamId: string | null;
  technicalOwnerId: string | null;
  userId?: string | null;
};

type Person = { id: string; name: string; active: boolean };

async function person(tx: Tx, id: string | null | undefined): Promise<Person | null> {
  return id ? tx.user.findUnique({ where: { id }, select: { id: true, name: true, active: true } }) : null;
}

async function teamChannels(tx: Tx, teamId: string | null, why: string): Promise<StepTarget[]> {
  if (!teamId) return [];
  const links = await tx.teamChannel.findMany({ where: { teamId, channel: { enabled: true } }, select: { channel: { select: { id: true, name: true } } } });
  return links
    .map((l) => l.channel)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((c) => ({ channelId: c.id, userId: null, note: `${why}team channel ${c.name}` }));
}

/** The team's active leads; without any, the team's channels (so a step never silently reaches nobody). */
async function leads(tx: Tx, teamId: string | null, why: string): Promise<StepTarget[]> {
  if (!teamId) return [];
  const members = await tx.teamMember.findMany({
    where: { teamId, role: "LEAD", user: { active: true } },
    select: { user: { select: { id: true, name: true } } },
  });
  if (members.length) return members.map((m) => ({ channelId: null, userId: m.user.id, note: `${why}team lead ${m.user.name}` }));
  return teamChannels(tx, teamId, `${why}no active team lead → `);
}

/**
 * Who a step notifies, decided from the CMDB as it is when the step runs: a deactivated owner,
 * on-call member or named person falls through to the team lead, and the note says so
 * ("technical owner Jane Doe is deactivated → team lead Wang Lei").
 */
export async function resolveStepTargets({ tx, target, teamId, technicalOwnerId, userId }: ResolveStepTargetsOptions): Promise<StepTarget[]> {
  switch (target) {
    case "TEAM_CHANNEL": {
      const channels = await teamChannels(tx, teamId, "");
      return channels.length ? channels : leads(tx, teamId, "no enabled team channel → ");
    }
    case "TEAM_LEAD":
      return leads(tx, teamId, "");
    case "TECHNICAL_OWNER":
    case "TEAM_ON_CALL":
    case "USER": {
      const role = { TECHNICAL_OWNER: "technical owner", TEAM_ON_CALL: "on-call", USER: "named person" }[target];
      let id = target === "TECHNICAL_OWNER" ? technicalOwnerId : userId;
      if (target === "TEAM_ON_CALL" && teamId) {
        id = (await tx.team.findUnique({ where: { id: teamId }, select: { onCallUserId: true } }))?.onCallUserId;
      }
      const who = await person(tx, id);
      if (who?.active) return [{ channelId: null, userId: who.id, note: `${role} ${who.name}` }];
      const why = who ? `${role} ${who.name} is deactivated → ` : `no ${role} → `;
      return leads(tx, teamId, why);
    }
  }
}
