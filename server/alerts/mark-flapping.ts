import "server-only";
import type { Tx } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import { FLAP_CHANGES, FLAP_MINUTES } from "@/lib/alerts/alert-rules";

export type MarkFlappingOptions = { tx: Tx; alertIds: string[]; now: Date };

/**
 * Flapping: at least FLAP_CHANGES state changes within FLAP_MINUTES (the first FIRING, a creation,
 * is not a change). Re-judged for alerts that just changed and for those flapping now, so a calm
 * alert turns back (the minute job does it for alerts nobody sends any more).
 */
export async function markFlapping({ tx, alertIds, now }: MarkFlappingOptions): Promise<void> {
  if (!alertIds.length) return;
  const since = new Date(now.getTime() - FLAP_MINUTES * 60_000);
  await tx.$executeRaw(Prisma.sql`
    UPDATE "Alert" a SET "flapping" = f."flapping"
      FROM (SELECT u."id", (SELECT count(*) FROM "AlertTransition" t
                             WHERE t."alertId" = u."id" AND t."fromState" IS NOT NULL AND t."at" > ${since}) >= ${FLAP_CHANGES} AS "flapping"
              FROM unnest(${alertIds}::text[]) AS u("id")) f
     WHERE a."id" = f."id" AND a."flapping" <> f."flapping"`);
}
