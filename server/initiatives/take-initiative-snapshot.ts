import "server-only";
import { db } from "@/server/db";
import type { TScope } from "@/lib/schemas/standard";
import { takeStaleMarks } from "@/server/compliance/take-stale-marks";
import { atTarget, initiativeFrom } from "./initiative-scope-sql";

/**
 * Today's progress row per initiative and team (idempotent; a day keeps its last state), recounted
 * only when something it reads changed since (see take-stale-marks.ts). Returns whether it recounted.
 */
export async function takeInitiativeSnapshot(): Promise<boolean> {
  return db().$transaction(async (tx) => {
    if (!(await takeStaleMarks({ tx, kind: "initiative" }))) return false;
    // Today's rows go first: a team that no longer has records in scope must not keep its old count.
    await tx.$executeRaw`DELETE FROM "LevelSnapshot" WHERE "day" = current_date AND "initiativeId" <> ''`;
    const initiatives = await tx.initiative.findMany({ select: { id: true, appliesTo: true, scope: true, targetLevel: true } });
    for (const i of initiatives) await tx.$executeRaw`
      INSERT INTO "LevelSnapshot" ("day", "initiativeId", "subjectType", "teamId", "none", "bronze", "silver", "gold", "atTarget")
      SELECT current_date, ${i.id}, ${i.appliesTo}::"SubjectType", coalesce(x."teamId", ''),
             count(*) FILTER (WHERE r."level" = 'NONE')::int, count(*) FILTER (WHERE r."level" = 'BRONZE')::int,
             count(*) FILTER (WHERE r."level" = 'SILVER')::int, count(*) FILTER (WHERE r."level" = 'GOLD')::int,
             count(*) FILTER (WHERE ${atTarget(i.targetLevel)})::int
      ${initiativeFrom(i.appliesTo, i.scope as TScope)}
      GROUP BY 4
      ON CONFLICT ("day", "initiativeId", "subjectType", "teamId") DO UPDATE SET "none" = EXCLUDED."none",
        "bronze" = EXCLUDED."bronze", "silver" = EXCLUDED."silver", "gold" = EXCLUDED."gold", "atTarget" = EXCLUDED."atTarget"`;
    return true;
  });
}
