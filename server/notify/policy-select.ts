import "server-only";
import type { Tx } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import type { TEscalationPolicy, TEscalationStep } from "@/lib/schemas/notify-escalation";
import type { VersionedEntity } from "@/server/shared/versioned-update";
import { checkReferences } from "@/server/shared/check-references";

export const POLICY_ENTITY: VersionedEntity = { type: "ESCALATION_POLICY", name: "escalationPolicy" };

type PolicyRow = Prisma.EscalationPolicyGetPayload<object>;

export async function toPolicies(tx: Tx, rows: PolicyRow[]): Promise<TEscalationPolicy[]> {
  const teamIds = [...new Set(rows.flatMap((r) => r.teamId ?? []))];
  const teams = new Map((await tx.team.findMany({ where: { id: { in: teamIds } }, select: { id: true, key: true, name: true } })).map((t) => [t.id, t]));
  const userIds = [...new Set(rows.flatMap((r) => (r.steps as TEscalationStep[]).flatMap((s) => s.userId ?? [])))];
  const users = new Map((await tx.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true, active: true } })).map((u) => [u.id, u]));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    team: r.teamId ? (teams.get(r.teamId) ?? null) : null,
    tier: r.tier,
    isDefault: r.isDefault,
    steps: (r.steps as TEscalationStep[]).map((s) => ({ ...s, user: s.userId ? (users.get(s.userId) ?? null) : null })),
    repeatCount: r.repeatCount,
    createdAt: r.createdAt.toISOString(),
    version: r.version,
  }));
}

/** The team and the named people of USER steps must exist (and the people be active). */
export function checkPolicyReferences(tx: Tx, input: { teamId?: string | null; steps?: TEscalationStep[] }) {
  return checkReferences(tx, {
    teams: [{ path: "teamId", id: input.teamId }],
    users: (input.steps ?? []).map((s, i) => ({ path: `steps.${i}.userId`, id: s.userId })),
  });
}

/**
 * Exactly one default: writes that touch `isDefault` take this lock, and making a policy the
 * default clears the flag on the others in the same transaction.
 */
export async function lockDefault(tx: Tx): Promise<void> {
  await tx.$executeRaw(Prisma.sql`SELECT pg_advisory_xact_lock(hashtext('junction:escalation-default'))`);
}
