import "server-only";
import { db } from "@/server/db";
import type { TComplianceLevels, TComplianceLevelsQuery } from "@/lib/schemas/compliance";
import type { TComplianceLevel } from "@/lib/schemas/enums";
import { cacheBySnapshot } from "@/server/shared/cache-by-snapshot";
import { settleAllCompliance } from "./settle-compliance";

export type ListComplianceLevelsOptions = { query: TComplianceLevelsQuery };

/**
 * Every record's level, for colouring the map: ids and levels only (no join, no paging), so the
 * map needs one request per record type however much of the estate it shows, and matches by id.
 */
export async function listComplianceLevels({ query }: ListComplianceLevelsOptions): Promise<TComplianceLevels> {
  await settleAllCompliance();
  // The whole type at once: kept until the database changes, like the summary.
  return cacheBySnapshot(`compliance-levels:${query.subjectType}`, async () => ({
    items: await db().$queryRaw<{ id: string; level: TComplianceLevel }[]>`
      SELECT "subjectId" AS "id", "level"::text AS "level" FROM "ComplianceRecord" WHERE "subjectType" = ${query.subjectType}::"SubjectType"`,
  }));
}
