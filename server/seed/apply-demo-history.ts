// Writes the demo estate's past (demo-estate-history.ts) in the seed's own transaction, right after
// the import: N days before the seed, on the database clock. Not marked server-only: scripts run
// the seed outside Next.js. The seed's backdating, not an edit: the audit log keeps the import.
import { Prisma } from "../generated/prisma/client";
import type { Tx } from "../db-client";
import type { DemoHistory } from "./demo-estate-history";

// Timestamps are stored as UTC without a zone (as server/ownership/record-facts-sql.ts reads them).
const ago = (days: number) => Prisma.sql`((now() AT TIME ZONE 'UTC') - make_interval(days => ${days}::int))`;
const entries = (record: Record<string, number>) => Object.entries(record);

export async function applyDemoHistory(tx: Tx, history: DemoHistory): Promise<void> {
  for (const [team, days] of entries(history.teamsUntouched)) {
    const teamId = Prisma.sql`(SELECT "id" FROM "Team" WHERE "key" = ${team})`;
    await tx.$executeRaw`UPDATE "System" SET "createdAt" = ${ago(days)}, "updatedAt" = ${ago(days)} WHERE "teamId" = ${teamId}`;
    // The interfaces the team answers for: its own, and those without a team that its systems provide.
    await tx.$executeRaw`
      UPDATE "Interface" i SET "createdAt" = ${ago(days)}, "updatedAt" = ${ago(days)}
        FROM "System" p
       WHERE p."id" = i."providerSystemId" AND coalesce(i."teamId", p."teamId") = ${teamId}`;
  }
  for (const [key, days] of entries(history.systemsUntouched)) {
    await tx.$executeRaw`
      UPDATE "System" SET "createdAt" = least("createdAt", ${ago(days)}), "updatedAt" = ${ago(days)} WHERE "key" = ${key}`;
  }
  // Confirmed by its technical owner, as "Confirm still accurate" would stamp it.
  for (const [key, days] of entries(history.systemsReviewed)) {
    await tx.$executeRaw`UPDATE "System" SET "reviewedAt" = ${ago(days)}, "reviewedById" = "technicalOwnerId" WHERE "key" = ${key}`;
  }
  for (const [email, days] of entries(history.lastSignIn)) {
    await tx.$executeRaw`UPDATE "User" SET "lastLoginAt" = ${ago(days)} WHERE "email" = ${email}`;
  }
}
