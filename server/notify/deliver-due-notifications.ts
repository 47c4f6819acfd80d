import "server-only";
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { env } from "@/lib/env";
import { db } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import { sendJob } from "@/server/jobs/job-queue";
import { recordDelivery } from "./record-delivery";
import { sendNotification, type OutboxRow } from "./send-notification";
import { SQL_NOW } from "./sql-now";

const BATCH = 20;
const INSTANCE = `${hostname()}:${process.pid}`;

/**
 * Claims up to BATCH due rows (FOR UPDATE SKIP LOCKED: two instances never claim the same row),
 * sends them in parallel, records each result; returns how many it claimed.
 *
 * A claim counts as an attempt and leases the row for NOTIFY_LEASE_SECONDS. An instance killed
 * mid-delivery leaves the row PENDING with its lease: once the lease lapses another claim takes it
 * over. The one duplicate this cannot rule out: killed after the receiver got the message but
 * before the result was recorded, the message is sent again. Every request carries
 * `Idempotency-Key: <notification id>` (email: Message-ID) so a receiver can drop that duplicate;
 * the robots of Slack, Feishu, DingTalk and WeCom do not, and will show it twice.
 */
export async function deliverDueNotifications(): Promise<number> {
  const claim = `${INSTANCE}:${randomBytes(6).toString("hex")}`;
  const lease = env().NOTIFY_LEASE_SECONDS;
  const rows = await db().$queryRaw<(OutboxRow & { attempts: number })[]>(Prisma.sql`
    UPDATE "Notification" n
       SET "leaseUntil" = ${SQL_NOW} + make_interval(secs => ${lease}::int), "leasedBy" = ${claim}, "attempts" = n."attempts" + 1
     WHERE n."id" IN (
       SELECT "id" FROM "Notification"
        WHERE "state" = 'PENDING' AND "nextAttemptAt" <= ${SQL_NOW} AND ("leaseUntil" IS NULL OR "leaseUntil" < ${SQL_NOW})
        ORDER BY "nextAttemptAt"
        LIMIT ${BATCH}
        FOR UPDATE SKIP LOCKED)
    RETURNING n."id", n."kind"::text AS "kind", n."incidentId", n."channelId", n."userId", n."payload", n."attempts"`);
  if (!rows.length) return 0;
  // Queued before sending, so it survives this instance: should it die mid-delivery, this job
  // runs when the lease has lapsed and whichever instance takes it delivers the rows again.
  await sendJob({ name: "notify", startAfter: new Date(Date.now() + (lease + 1) * 1000) });
  await Promise.all(
    rows.map(async (row) => {
      const started = Date.now();
      const result = await sendNotification(row);
      await recordDelivery({ id: row.id, claim, attempts: row.attempts, result, durationMs: Date.now() - started });
    }),
  );
  return rows.length;
}
