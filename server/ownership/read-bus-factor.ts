import "server-only";
import { db } from "@/server/db";

export type BusFactorPerson = {
  id: string;
  name: string;
  email: string;
  active: boolean;
  /** Non-retired tier-0/1 systems they are technical owner of. */
  systems: number;
  /** The most critical of those tiers (0 or 1). */
  tier: number;
  /** The team owning most of those systems (null when none has a team). */
  teamId: string | null;
};

export type ReadBusFactorOptions = { threshold: number };

/** Active people who are technical owner of more than `threshold` tier-0/1 systems. */
export async function readBusFactor({ threshold }: ReadBusFactorOptions): Promise<BusFactorPerson[]> {
  // mode() ignores NULLs and, on a tie, takes the first value in its ORDER BY: the lowest team id.
  return db().$queryRaw<BusFactorPerson[]>`
    SELECT u."id", u."name", u."email", u."active", count(*)::int AS systems, min(s."tier")::int AS tier,
           mode() WITHIN GROUP (ORDER BY s."teamId") AS "teamId"
      FROM "System" s
      JOIN "User" u ON u."id" = s."technicalOwnerId" AND u."active"
     WHERE s."tier" <= 1 AND s."lifecycle" <> 'RETIRED'
     GROUP BY u."id"
    HAVING count(*) > ${threshold}`;
}
