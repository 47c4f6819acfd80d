import "server-only";
import type { z } from "zod";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { AppError } from "@/server/http/app-error";
import { versionedUpdate } from "@/server/shared/versioned-update";
import type { ZEscalationPolicyUpdate } from "@/lib/schemas/notify-escalation";
import { POLICY_ENTITY, checkPolicyReferences, lockDefault, toPolicies } from "./policy-select";

export type UpdateEscalationPolicyOptions = { actor: Actor; id: string; input: z.output<typeof ZEscalationPolicyUpdate> };

/**
 * Running escalations use the new steps from their next step on. The default cannot be
 * un-defaulted (409): make another policy the default instead, which clears this one.
 */
export async function updateEscalationPolicy({ actor, id, input }: UpdateEscalationPolicyOptions) {
  const { version, steps, ...rest } = input;
  return db().$transaction(async (tx) => {
    if (rest.isDefault !== undefined) await lockDefault(tx);
    const toOne = async () => (await toPolicies(tx, [await tx.escalationPolicy.findUniqueOrThrow({ where: { id } })]))[0];
    return versionedUpdate({
      tx, actor, entity: POLICY_ENTITY, id, version,
      find: () => tx.escalationPolicy.findUnique({ where: { id } }),
      check: async (before) => {
        if (before.isDefault && rest.isDefault === false) throw AppError.conflict({ key: "defaultPolicyRequired" });
        await checkPolicyReferences(tx, { teamId: rest.teamId, steps });
      },
      write: async (where, next) => {
        if (rest.isDefault) {
          await tx.escalationPolicy.updateMany({ where: { isDefault: true, id: { not: id } }, data: { isDefault: false, version: { increment: 1 } } });
        }
        const data = {
          ...rest,
          ...(steps ? { steps: steps.map((s) => ({ waitMinutes: s.waitMinutes, target: s.target, userId: s.userId ?? null })) } : {}),
        };
        return tx.escalationPolicy.updateMany({ where, data: { ...data, version: next } });
      },
      reread: toOne,
    });
  });
}
