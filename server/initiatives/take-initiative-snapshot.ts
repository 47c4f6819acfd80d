import "server-only";
import { db } from "@/server/db";
import type { TScope } from "@/lib/schemas/standard";
import { atTarget, initiativeFrom } from "./initiative-scope-sql";

/** Today's progress row per initiative and team (idempotent; a day keeps its last state). */
export async function takeInitiativeSnapshot(): Promise<void> {
  const initiatives = await db().initiative.findMany({ select: { id: true, appliesTo: true, scope: true, targetLevel: true } });
  for (const i of initiatives) {
    await db().$executeRaw`
      INSERT INTO "LevelSnapshot" ("day", "initiativeId", "subjectType", "teamId", "none", "bronze", "silver", "gold", "atTarget")
      SELECT current_date, ${i.id}, ${i.appliesTo}::"SubjectType", coalesce(x."teamId", ''),
             count(*) FILTER (WHERE r."level" = 'NONE')::int, count(*) FILTER (WHERE r."level" = 'BRONZE')::int,
             count(*) FILTER (WHERE r."level" = 'SILVER')::int, count(*) FILTER (WHERE r."level" = 'GOLD')::int,
             count(*) FILTER (WHERE ${atTarget(i.targetLevel)})::int
      ${initiativeFrom(i.appliesTo, i.scope as TScope)}
      GROUP BY 4
      ON CONFLICT ("day", "initiativeId", "subjectType", "teamId") DO UPDATE SET "none" = EXCLUDED."none",
        "bronze" = EXCLUDED."bronze", "silver" = EXCLUDED."silver", "gold" = EXCLUDED."gold", "atTarget" = EXCLUDED."atTarget"`;
  }
}
