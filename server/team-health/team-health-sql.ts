import "server-only";
import { Prisma } from "@/server/generated/prisma/client";

/** Every system and interface with the team that answers for it (an interface's own, else its provider's). */
export const TEAM_RECORDS = Prisma.sql`
  SELECT s."id", s."teamId" FROM "System" s WHERE s."teamId" IS NOT NULL
  UNION ALL
  SELECT i."id", coalesce(i."teamId", p."teamId") FROM "Interface" i JOIN "System" p ON p."id" = i."providerSystemId"
   WHERE coalesce(i."teamId", p."teamId") IS NOT NULL`;

/**
 * Each time a record went DOWN, with when it was next UP (null while not yet). A DOWN that
 * follows DOWN through NO_DATA counts again: the record was seen failing again.
 */
export const DOWN_EPISODES = (since: Date) => Prisma.sql`
  SELECT h."subjectId", h."at" AS "downAt",
         (SELECT min(x."at") FROM "HealthTransition" x WHERE x."subjectId" = h."subjectId" AND x."at" > h."at" AND x."toState" = 'UP') AS "upAt"
    FROM "HealthTransition" h
   WHERE h."toState" = 'DOWN' AND h."at" >= ${since}`;

export const FAILED_DEPLOYMENT = Prisma.sql`d."status" IN ('FAILED', 'ROLLED_BACK')`;
