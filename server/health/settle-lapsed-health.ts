import "server-only";
import { db } from "@/server/db";
import { settleHealthStatus } from "./settle-health-status";

export type SettleLapsedHealthOptions = {
  now?: Date;
  /** The sweep also settles records with samples but no status row (an ingestion that died between the two). */
  orphans?: boolean;
};

/**
 * Before a health read, and every minute from the health-sweep job: re-decides the rows whose
 * state has lapsed (staleAt passed: a sample left its window, a record went quiet, a job's data
 * aged past its objective), so a read is right without waiting for the job, like compliance's
 * validUntil. Most reads find nothing: one probe on the staleAt index.
 */
export async function settleLapsedHealth({ now = new Date(), orphans = false }: SettleLapsedHealthOptions = {}): Promise<number> {
  const lapsed = await db().$queryRaw<{ id: string }[]>`SELECT "subjectId" AS id FROM "HealthStatus" WHERE "staleAt" <= ${now}`;
  const missing = orphans
    ? await db().$queryRaw<{ id: string }[]>`SELECT DISTINCT c."subjectId" AS id FROM "HealthCurrent" c
        WHERE NOT EXISTS (SELECT 1 FROM "HealthStatus" h WHERE h."subjectId" = c."subjectId")`
    : [];
  const ids = [...lapsed, ...missing].map((r) => r.id);
  return ids.length ? settleHealthStatus({ subjectIds: ids, now }) : 0;
}
