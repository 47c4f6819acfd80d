import "server-only";
import { db } from "@/server/db";
import { takeStaleMarks } from "./take-stale-marks";

const KEEP_DAYS = 400;

/**
 * Today's counts per standard and team, and levels per record type and team, written over
 * whatever today's rows said (a day's snapshot is its last state); earlier days stay as they
 * were. Recounts only when something the counts read changed since the last time (take-stale-marks):
 * a trend read then costs a probe, not two passes over every record. Any instance may call it at
 * any time (idempotent upserts); rows older than 400 days are dropped on the way. Initiatives' own
 * progress rows are taken by take-initiative-snapshot.ts. Returns whether it recounted.
 */
export async function takeComplianceSnapshot(): Promise<boolean> {
  return db().$transaction(async (tx) => {
    if (!(await takeStaleMarks({ tx, kind: "compliance" }))) return false;
    // Today's rows go first: a team (or standard) that no longer has records must not keep its count.
    await tx.$executeRaw`DELETE FROM "ComplianceSnapshot" WHERE "day" = current_date`;
    await tx.$executeRaw`DELETE FROM "LevelSnapshot" WHERE "day" = current_date AND "initiativeId" = ''`;
    await tx.$executeRaw`
      WITH g AS (
        SELECT r."subjectType", r."results", coalesce(s."teamId", i."teamId", '') AS "teamId"
          FROM "ComplianceRecord" r
          LEFT JOIN "System" s ON r."subjectType" = 'SYSTEM' AND s."id" = r."subjectId"
          LEFT JOIN "Interface" i ON r."subjectType" = 'INTERFACE' AND i."id" = r."subjectId")
      INSERT INTO "ComplianceSnapshot" ("day", "standardId", "teamId", "pass", "fail", "waived", "notApplicable")
      SELECT current_date, st."id", g."teamId",
             count(*) FILTER (WHERE g."results"->>st."id" = 'PASS')::int,
             count(*) FILTER (WHERE g."results"->>st."id" IN ('FAIL', 'NEEDS_ATTESTATION', 'EXPIRED'))::int,
             count(*) FILTER (WHERE g."results"->>st."id" = 'WAIVED')::int,
             count(*) FILTER (WHERE NOT g."results" ? st."id")::int
        FROM "Standard" st JOIN g ON g."subjectType" = st."appliesTo"
       WHERE st."active"
       GROUP BY st."id", g."teamId"
      ON CONFLICT ("day", "standardId", "teamId") DO UPDATE SET
        "pass" = EXCLUDED."pass", "fail" = EXCLUDED."fail", "waived" = EXCLUDED."waived", "notApplicable" = EXCLUDED."notApplicable"`;
    await tx.$executeRaw`
      INSERT INTO "LevelSnapshot" ("day", "initiativeId", "subjectType", "teamId", "none", "bronze", "silver", "gold", "atTarget")
      SELECT current_date, '', r."subjectType", coalesce(s."teamId", i."teamId", ''),
             count(*) FILTER (WHERE r."level" = 'NONE')::int, count(*) FILTER (WHERE r."level" = 'BRONZE')::int,
             count(*) FILTER (WHERE r."level" = 'SILVER')::int, count(*) FILTER (WHERE r."level" = 'GOLD')::int, 0
        FROM "ComplianceRecord" r
        LEFT JOIN "System" s ON r."subjectType" = 'SYSTEM' AND s."id" = r."subjectId"
        LEFT JOIN "Interface" i ON r."subjectType" = 'INTERFACE' AND i."id" = r."subjectId"
       GROUP BY r."subjectType", 4
      ON CONFLICT ("day", "initiativeId", "subjectType", "teamId") DO UPDATE SET
        "none" = EXCLUDED."none", "bronze" = EXCLUDED."bronze", "silver" = EXCLUDED."silver", "gold" = EXCLUDED."gold"`;
    await tx.$executeRaw`DELETE FROM "ComplianceSnapshot" WHERE "day" < current_date - ${KEEP_DAYS}::int`;
    await tx.$executeRaw`DELETE FROM "LevelSnapshot" WHERE "day" < current_date - ${KEEP_DAYS}::int`;
    return true;
  });
}
