import "server-only";
import { z } from "zod";
import type { Tx } from "@/server/db";
import { ZEscalationTarget, type TEscalationStep } from "@/lib/schemas/notify-escalation";

export type ChosenPolicy = { id: string; name: string; steps: TEscalationStep[]; repeatCount: number };

// Stored steps, read leniently: the API validated them when they were written.
const ZStoredSteps = z.array(z.object({ waitMinutes: z.number(), target: ZEscalationTarget, userId: z.string().nullish() }));

export const toChosen = (p: { id: string; name: string; steps: unknown; repeatCount: number }): ChosenPolicy => ({
  id: p.id,
  name: p.name,
  steps: ZStoredSteps.parse(p.steps),
  repeatCount: p.repeatCount,
});

/** Most specific first: the team and tier, the team (any tier), the tier (any team), the default. */
export async function choosePolicy(tx: Tx, options: { teamId: string | null; tier: number | null }): Promise<ChosenPolicy | null> {
  const { teamId, tier } = options;
  const or: object[] = [{ isDefault: true }];
  if (teamId) or.push({ teamId });
  if (tier !== null) or.push({ teamId: null, tier });
  const candidates = await tx.escalationPolicy.findMany({ where: { OR: or } });
  const rank = (p: { teamId: string | null; tier: number | null; isDefault: boolean }) => {
    if (teamId && p.teamId === teamId && p.tier !== null && p.tier === tier) return 0;
    if (teamId && p.teamId === teamId && p.tier === null) return 1;
    if (p.teamId === null && p.tier !== null && p.tier === tier) return 2;
    if (p.isDefault) return 3;
    return 9;
  };
  const best = candidates.filter((p) => rank(p) < 9).sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name))[0];
  return best ? toChosen(best) : null;
}

/** By id (the policy an escalation started with), or the default when it was deleted since. */
export async function policyOrDefault(tx: Tx, id: string): Promise<ChosenPolicy | null> {
  const policy = (await tx.escalationPolicy.findUnique({ where: { id } })) ?? (await tx.escalationPolicy.findFirst({ where: { isDefault: true } }));
  return policy ? toChosen(policy) : null;
}
