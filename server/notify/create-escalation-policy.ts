import "server-only";
import type { z } from "zod";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { writeAudit } from "@/server/audit/write-audit";
import type { ZEscalationPolicyCreate } from "@/lib/schemas/notify-escalation";
import { checkPolicyReferences, lockDefault, toPolicies } from "./policy-select";

export type CreateEscalationPolicyOptions = { actor: Actor; input: z.output<typeof ZEscalationPolicyCreate> };

/** A new default replaces the old one (which stays, covering what its team and tier say). */
export async function createEscalationPolicy({ actor, input }: CreateEscalationPolicyOptions) {
  return db().$transaction(async (tx) => {
    await checkPolicyReferences(tx, input);
    if (input.isDefault) {
      await lockDefault(tx);
      await tx.escalationPolicy.updateMany({ where: { isDefault: true }, data: { isDefault: false, version: { increment: 1 } } });
    }
    const row = await tx.escalationPolicy.create({
      data: {
        name: input.name,
        teamId: input.teamId ?? null,
        tier: input.tier ?? null,
        isDefault: input.isDefault,
        steps: input.steps.map((s) => ({ waitMinutes: s.waitMinutes, target: s.target, userId: s.userId ?? null })),
        repeatCount: input.repeatCount,
      },
    });
    const [policy] = await toPolicies(tx, [row]);
    await writeAudit(tx, { actor, action: "CREATE", entityType: "ESCALATION_POLICY", entityId: row.id, after: policy });
    return policy;
  });
}
