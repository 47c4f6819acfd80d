import "server-only";
import { db } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import type { Actor } from "@/server/auth/actor";
import { writeAudit } from "@/server/audit/write-audit";
import { getGraph } from "@/server/graph/get-graph";
import { wakeNotifier } from "@/server/notify/escalation-hooks";
import type { TMapUnmapped } from "@/lib/schemas/alerts-admin";
import type { FiringAlert } from "./assign-incidents";
import { decideSuppression } from "./decide-suppression";
import { processAlerts } from "./process-alerts";
import { readAlertConfig } from "./read-alert-config";
import { resolveMappingTarget } from "./resolve-mapping-target";

type Waiting = { id: string; labels: Record<string, string>; source: string; title: string; severity: FiringAlert["severity"] };

/**
 * "Map this label value to …": an alias rule for the future (audited), and the unresolved alerts
 * waiting with that label value mapped now, in the same transaction — judged against maintenance
 * and silences as on arrival, and the firing ones processed (incidents, escalation).
 */
export async function mapUnmapped({ actor, input }: { actor: Actor; input: TMapUnmapped }) {
  const [config, graph] = await Promise.all([readAlertConfig(), getGraph()]);
  const now = new Date();
  const result = await db().$transaction(async (tx) => {
    const target = await resolveMappingTarget({ tx, targetType: input.targetType, targetId: input.targetId });
    const rule = await tx.alertMappingRule.create({
      data: { label: input.label, value: input.value, targetType: input.targetType, targetId: input.targetId, priority: 0, createdById: actor.userId },
    });
    await writeAudit(tx, { actor, action: "CREATE", entityType: "ALERT_MAPPING", entityId: rule.id, after: rule });
    const waiting = await tx.$queryRaw<Waiting[]>(Prisma.sql`
      SELECT "id", "labels", "source", "title", "severity"::text AS "severity" FROM "Alert"
       WHERE "systemId" IS NULL AND "state" <> 'RESOLVED' AND "labels" ->> ${input.label} = ${input.value} ORDER BY "id" FOR UPDATE`);
    const rows = waiting.map((a) => ({ id: a.id, ...decideSuppression({ config, labels: a.labels, systemId: target.systemId, now: now.getTime() }) }));
    if (rows.length) {
      await tx.$executeRaw(Prisma.sql`
        UPDATE "Alert" a SET "systemId" = ${target.systemId}, "interfaceId" = ${target.interfaceId}, "mappingRuleId" = ${rule.id},
               "suppressedBy" = COALESCE(x."suppressedBy"::"AlertSuppression", a."suppressedBy"), "silenceId" = COALESCE(x."silenceId", a."silenceId")
          FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x("id" text, "suppressedBy" text, "silenceId" text)
         WHERE a."id" = x."id"`);
    }
    const quiet = new Set(rows.filter((r) => r.suppressedBy).map((r) => r.id));
    const firing = waiting
      .filter((a) => !quiet.has(a.id))
      .map((a) => ({ id: a.id, source: a.source, title: a.title, severity: a.severity, systemId: target.systemId }));
    // Those silenced already (their suppressedBy kept) are released by the minute job when it ends.
    const alreadyQuiet = await tx.alert.findMany({ where: { id: { in: firing.map((f) => f.id) }, suppressedBy: { not: null } }, select: { id: true } });
    const skip = new Set(alreadyQuiet.map((a) => a.id));
    await processAlerts({ tx, graph, firing: firing.filter((f) => !skip.has(f.id)), resolvedIncidentIds: [], now });
    return { rule, mapped: rows.length };
  });
  wakeNotifier();
  return result;
}
