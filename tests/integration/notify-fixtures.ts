// Shared by the notify-*.test.ts files: channels made over the API, and incidents made the way
// alert processing will make them. Until the intake work (server/alerts) is merged, incidents are
// inserted directly (Incident + IncidentEscalation rows, as startEscalation writes them) and the
// notify queue is woken by a pg-boss client of the test's own, sending the job the app sends.
import { randomBytes } from "node:crypto";
import PgBoss from "pg-boss";
import { expect } from "vitest";
import type { ApiClient } from "./helpers/client";
import { DATABASE_URL, queryDb } from "./helpers/db";
import { until } from "./helpers/receiver";

let sender: PgBoss | undefined;

/** Queues a notify job now, as wakeNotifier() does after a commit. */
export async function wake(): Promise<void> {
  if (!sender) {
    // Only sends: no workers, no cron, no maintenance in the test process.
    sender = new PgBoss({ connectionString: DATABASE_URL, schema: "pgboss", max: 1, supervise: false, schedule: false, migrate: false });
    await sender.start();
  }
  await until(async () => ((await queryDb(`SELECT 1 FROM pgboss.queue WHERE "name" = 'notify'`)).length ? true : undefined), "the notify queue");
  await sender.send("notify", {});
}

export async function stopWaking(): Promise<void> {
  await sender?.stop({ graceful: false, wait: true });
  sender = undefined;
}

export async function createChannel(admin: ApiClient, body: Record<string, unknown>): Promise<{ id: string; version: number } & Record<string, any>> {
  const res = await admin.post("/api/v1/notifications/channels", { name: `ch-${randomBytes(4).toString("hex")}`, ...body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

export type NotificationRow = {
  id: string; kind: string; state: string; channelId: string | null; userId: string | null;
  attempts: number; targetNote: string; lastError: string | null; idempotencyKey: string;
};

export async function notificationsOf(where: string, params: unknown[]): Promise<NotificationRow[]> {
  return queryDb<NotificationRow>(
    `SELECT "id", "kind"::text, "state"::text, "channelId", "userId", "attempts", "targetNote", "lastError", "idempotencyKey"
       FROM "Notification" WHERE ${where} ORDER BY "createdAt", "id"`, params);
}

/** Waits for a notification to reach a state. */
export async function untilState(id: string, state: string, ms = 20_000): Promise<NotificationRow> {
  return until(async () => {
    const [row] = await notificationsOf(`"id" = $1`, [id]);
    return row?.state === state ? row : undefined;
  }, `notification ${id} to be ${state}`, ms);
}

/** An open incident on a system, escalating under `policyId` with step 0 due now. */
export async function openIncident(o: { systemId: string; teamId: string; policyId: string; title?: string }): Promise<{ id: string; number: number }> {
  const id = `test-inc-${randomBytes(6).toString("hex")}`;
  const [incident] = await queryDb<{ id: string; number: number }>(
    `INSERT INTO "Incident" ("id", "systemId", "teamId", "title", "severity", "state")
     VALUES ($1, $2, $3, $4, 'CRITICAL', 'OPEN') RETURNING "id", "number"`,
    [id, o.systemId, o.teamId, o.title ?? "Orders API error rate above 5%"]);
  await queryDb(
    `INSERT INTO "IncidentEscalation" ("incidentId", "policyId", "step", "round", "nextAt")
     VALUES ($1, $2, 0, 0, now() AT TIME ZONE 'UTC')`, [id, o.policyId]);
  // Its firing alert, as processing leaves it: the server's minute sweep resolves an open incident
  // with no unresolved alert, which would end the escalation under a test that runs past a sweep.
  await queryDb(
    `INSERT INTO "Alert" ("id", "dedupKey", "sourceKind", "source", "title", "severity", "state", "systemId", "incidentId", "labels",
       "startsAt", "firstSeenAt", "lastSeenAt")
     VALUES ($1, $1, 'GENERIC', 'notify-test', $2, 'CRITICAL', 'FIRING', $3, $4, '{}', now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC')`,
    [`${id}-alert`, o.title ?? "Orders API error rate above 5%", o.systemId, id]);
  return incident;
}

export async function escalationOf(incidentId: string) {
  const [row] = await queryDb<{ step: number; round: number; nextAt: Date | null; stoppedAt: Date | null; stopReason: string | null }>(
    `SELECT "step", "round", "nextAt", "stoppedAt", "stopReason" FROM "IncidentEscalation" WHERE "incidentId" = $1`, [incidentId]);
  return row;
}

/** The controllable clock: the next step falls due now, as if its wait had passed. */
export async function makeNextStepDue(incidentId: string): Promise<void> {
  await queryDb(`UPDATE "IncidentEscalation" SET "nextAt" = now() AT TIME ZONE 'UTC' WHERE "incidentId" = $1 AND "nextAt" IS NOT NULL`, [incidentId]);
}
