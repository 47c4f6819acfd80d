import "server-only";
import { db } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import { policyOrDefault, type ChosenPolicy } from "./choose-policy";
import { incidentMessage } from "./incident-message";
import { readIncidentFacts } from "./read-incident-facts";
import { resolveStepTargets } from "./resolve-step-targets";
import { SQL_NOW } from "./sql-now";
import { targetKey, writeNotifications } from "./write-notifications";

export type DueStep = { incidentId: string; policyId: string; step: number; round: number };

/** The step after this one: the next in the list, else step 0 of the next round, else none. */
export function nextStep(policy: ChosenPolicy, step: number, round: number): { step: number; round: number; waitMinutes: number } | null {
  if (step + 1 < policy.steps.length) return { step: step + 1, round, waitMinutes: policy.steps[step + 1].waitMinutes };
  if (round < policy.repeatCount) {
    // A repeat starting with a "wait 0" step would follow the last step at once: it waits as long
    // as the last step did instead.
    const wait = policy.steps[0].waitMinutes || policy.steps[policy.steps.length - 1].waitMinutes;
    return { step: 0, round: round + 1, waitMinutes: wait };
  }
  return null;
}

/**
 * Runs one due step exactly once: the conditional update claims it (step, round unchanged, not
 * stopped, due) and moves the row to the next step, and the outbox rows commit with it. A second
 * instance racing for the same step updates nothing and returns false.
 */
export async function runEscalationStep(due: DueStep): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const policy = await policyOrDefault(tx, due.policyId);
    const next = policy ? nextStep(policy, due.step, due.round) : null;
    const nextAt = next ? Prisma.sql`${SQL_NOW} + make_interval(mins => ${next.waitMinutes}::int)` : Prisma.sql`NULL`;
    const claimed = await tx.$executeRaw(Prisma.sql`
      UPDATE "IncidentEscalation"
         SET "step" = ${next?.step ?? due.step}, "round" = ${next?.round ?? due.round}, "nextAt" = ${nextAt}
       WHERE "incidentId" = ${due.incidentId} AND "step" = ${due.step} AND "round" = ${due.round}
         AND "stoppedAt" IS NULL AND "nextAt" <= ${SQL_NOW}`);
    if (claimed === 0) return false;
    const incident = await readIncidentFacts(tx, due.incidentId);
    const step = policy?.steps[due.step];
    if (!incident || incident.state !== "OPEN" || !policy || !step) {
      // Acknowledged or resolved without stopEscalation having been called, or nothing to run.
      await tx.$executeRaw(Prisma.sql`
        UPDATE "IncidentEscalation" SET "stoppedAt" = ${SQL_NOW}, "nextAt" = NULL, "stopReason" = ${incident?.state ?? "GONE"}
         WHERE "incidentId" = ${due.incidentId}`);
      return true;
    }
    const targets = await resolveStepTargets({ tx, target: step.target, teamId: incident.teamId, technicalOwnerId: incident.technicalOwnerId, userId: step.userId });
    const first = due.step === 0 && due.round === 0;
    const message = first
      ? incidentMessage({ kind: "TRIGGER", incident })
      : incidentMessage({ kind: "ESCALATION", incident, step: due.step, round: due.round, policyName: policy.name });
    await writeNotifications(
      tx,
      targets.map((t) => ({
        idempotencyKey: `${due.incidentId}:esc:${due.round}:${due.step}:${targetKey(t)}`,
        kind: first ? "TRIGGER" : "ESCALATION",
        incidentId: due.incidentId,
        channelId: t.channelId,
        userId: t.userId,
        targetNote: `step ${due.step + 1} (${step.target}): ${t.note}`,
        message,
      })),
    );
    return true;
  });
}
