import "server-only";
import { env } from "@/lib/env";
import { db } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import type { SendResult } from "./send-notification";
import { SQL_NOW } from "./sql-now";

/** Seconds to wait after the nth failed attempt (1-based): 5 s, 15 s, 1 min, 5 min, 15 min, then every 30 min. */
export function backoffSeconds(attempt: number): number {
  const steps = [5, 15, 60, 300, 900];
  return steps[attempt - 1] ?? 1800;
}

export type RecordDeliveryOptions = { id: string; claim: string; attempts: number; result: SendResult; durationMs: number };

/**
 * The attempt is always logged; the row's state changes only while this claim still holds it
 * (a slower instance whose lease lapsed must not overwrite the result of the one that took over).
 */
export async function recordDelivery({ id, claim, attempts, result, durationMs }: RecordDeliveryOptions): Promise<void> {
  const dead = !result.ok && (result.final || attempts >= env().NOTIFY_MAX_ATTEMPTS);
  const retryIn = backoffSeconds(attempts);
  await db().$transaction(async (tx) => {
    await tx.notificationAttempt.create({
      data: { notificationId: id, ok: result.ok, httpStatus: result.httpStatus, error: result.error, durationMs },
    });
    if (result.ok) {
      await tx.$executeRaw(Prisma.sql`
        UPDATE "Notification" SET "state" = 'DELIVERED', "deliveredAt" = ${SQL_NOW}, "leaseUntil" = NULL, "lastError" = NULL
         WHERE "id" = ${id} AND "leasedBy" = ${claim} AND "state" = 'PENDING'`);
    } else if (dead) {
      await tx.$executeRaw(Prisma.sql`
        UPDATE "Notification" SET "state" = 'DEAD', "leaseUntil" = NULL, "lastError" = ${result.error}
         WHERE "id" = ${id} AND "leasedBy" = ${claim} AND "state" = 'PENDING'`);
    } else {
      await tx.$executeRaw(Prisma.sql`
        UPDATE "Notification"
           SET "nextAttemptAt" = ${SQL_NOW} + make_interval(secs => ${retryIn}::int), "leaseUntil" = NULL, "lastError" = ${result.error}
         WHERE "id" = ${id} AND "leasedBy" = ${claim} AND "state" = 'PENDING'`);
    }
  });
}
