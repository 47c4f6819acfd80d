import "server-only";
import { db } from "@/server/db";
import type { TInitiativeDetail } from "@/lib/schemas/initiative";
import type { TScope } from "@/lib/schemas/standard";
import { AppError } from "@/server/http/app-error";
import { settleAllCompliance } from "@/server/compliance/settle-compliance";
import { atTarget, initiativeFrom } from "./initiative-scope-sql";
import { initiativeSelect, toInitiative } from "./initiative-select";
import { takeInitiativeSnapshot } from "./take-initiative-snapshot";

export type GetInitiativeOptions = { id: string };

type TeamRow = { teamId: string | null; teamKey: string | null; teamName: string | null; total: number; atTarget: number };
type LeftRow = { id: string; key: string; name: string; level: TInitiativeDetail["remaining"][number]["level"]; teamId: string | null; teamKey: string | null; teamName: string | null };
const team = (r: { teamId: string | null; teamKey: string | null; teamName: string | null }) => (r.teamId ? { id: r.teamId, key: r.teamKey!, name: r.teamName! } : null);

/** The initiative with its progress now, per team, the records still below target, and over time. */
export async function getInitiative({ id }: GetInitiativeOptions): Promise<TInitiativeDetail> {
  const row = await db().initiative.findUnique({ where: { id }, select: initiativeSelect });
  if (!row) throw AppError.notFound("initiative");
  await settleAllCompliance();
  await takeInitiativeSnapshot();
  const from = initiativeFrom(row.appliesTo, row.scope as TScope);
  const [byTeam, remaining, history] = await Promise.all([
    db().$queryRaw<TeamRow[]>`SELECT t."id" AS "teamId", t."key" AS "teamKey", t."name" AS "teamName", count(*)::int AS "total",
        (count(*) FILTER (WHERE ${atTarget(row.targetLevel)}))::int AS "atTarget" ${from} GROUP BY 1, 2, 3`,
    db().$queryRaw<LeftRow[]>`SELECT x."id", x."key", x."name", r."level"::text AS "level", t."id" AS "teamId", t."key" AS "teamKey", t."name" AS "teamName"
        ${from} AND NOT (${atTarget(row.targetLevel)}) ORDER BY r."level", r."score", x."key" LIMIT 200`,
    db().$queryRaw<{ day: Date; total: number; atTarget: number }[]>`SELECT "day", sum("none" + "bronze" + "silver" + "gold")::int AS "total",
        sum("atTarget")::int AS "atTarget" FROM "LevelSnapshot" WHERE "initiativeId" = ${id} GROUP BY "day" ORDER BY "day"`,
  ]);
  const total = byTeam.reduce((n, r) => n + r.total, 0);
  const reached = byTeam.reduce((n, r) => n + r.atTarget, 0);
  return {
    ...toInitiative(row, { total, atTarget: reached, ratio: total ? reached / total : 1 }),
    byTeam: byTeam.map((r) => ({ team: team(r), total: r.total, atTarget: r.atTarget, ratio: r.total ? r.atTarget / r.total : 1 }))
      .sort((a, b) => b.total - b.atTarget - (a.total - a.atTarget)),
    remaining: remaining.map((r) => ({ id: r.id, key: r.key, name: r.name, level: r.level, team: team(r) })),
    history: history.map((h) => ({ day: h.day.toISOString().slice(0, 10), total: h.total, atTarget: h.atTarget })),
  };
}
