import "server-only";
import type { Tx } from "@/server/db";
import { incidentMessage } from "./incident-message";
import { readIncidentFacts } from "./read-incident-facts";
import { targetKey, writeNotifications } from "./write-notifications";

export type EnqueueRecoveryOptions = { incidentId: string };

/** Resolved: one recovery notice to every channel and person the incident's steps notified. */
export async function enqueueRecovery(tx: Tx, { incidentId }: EnqueueRecoveryOptions): Promise<void> {
  const incident = await readIncidentFacts(tx, incidentId);
  if (!incident) return;
  const sent = await tx.notification.findMany({
    where: { incidentId, kind: { in: ["TRIGGER", "ESCALATION"] } },
    select: { channelId: true, userId: true },
    distinct: ["channelId", "userId"],
  });
  const message = incidentMessage({ kind: "RECOVERY", incident });
  await writeNotifications(
    tx,
    sent.map((t) => ({
      idempotencyKey: `${incidentId}:recovery:${targetKey(t)}`,
      kind: "RECOVERY",
      incidentId,
      channelId: t.channelId,
      userId: t.userId,
      targetNote: "recovery: notified while the incident was open",
      message,
    })),
  );
}
