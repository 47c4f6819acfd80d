import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { writeAudit } from "@/server/audit/write-audit";
import type { TMappingRuleCreate } from "@/lib/schemas/alerts-admin";
import { resolveMappingTarget } from "./resolve-mapping-target";

/** A mapping rule (audited). It applies to alerts arriving from now on; the unmapped list's "map to…" also maps those waiting. */
export async function createMappingRule({ actor, input }: { actor: Actor; input: TMappingRuleCreate }) {
  return db().$transaction(async (tx) => {
    if (input.targetId) await resolveMappingTarget({ tx, targetType: input.targetType, targetId: input.targetId });
    const rule = await tx.alertMappingRule.create({ data: { ...input, createdById: actor.userId } });
    await writeAudit(tx, { actor, action: "CREATE", entityType: "ALERT_MAPPING", entityId: rule.id, after: rule });
    return rule;
  });
}
