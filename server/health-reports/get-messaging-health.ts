import "server-only";
import { db } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import { likePattern } from "@/server/shared/list-args";
import { groupBy } from "@/lib/group-by";
import type { TBrokerHealth, TMessagingHealth, TMessagingQuery, TQueueHealth } from "@/lib/schemas/messaging-health";
import type { INTERFACE_STYLES } from "@/lib/schemas/enums";

type TInterfaceStyle = (typeof INTERFACE_STYLES)[number];

export type GetMessagingHealthOptions = { query: TMessagingQuery };

type QueueRow = {
  id: string; key: string; name: string; style: TInterfaceStyle; endpoint: string | null;
  pId: string; pKey: string; pName: string; cId: string; cKey: string; cName: string;
  bId: string | null; bKey: string | null; bName: string | null; bTier: number | null; bTeamId: string | null; bTeamKey: string | null; bTeamName: string | null;
  tId: string | null; tKey: string | null; tName: string | null;
};
type Latest = { subjectId: string; atMs: number; backlog: number | null; lagMessages: number | null; lagSeconds: number | null; deadLettered: number | null; consumers: number | null };
type Hour = { subjectId: string; hourMs: number; backlog: number | null; lagSeconds: number | null };

const ref = (id: string | null, key: string | null, name: string | null) => (id ? { id, key: key!, name: name! } : null);

/** Interfaces through a broker (or of a messaging style) with their latest figures and a day's trend, per broker. */
export async function getMessagingHealth({ query }: GetMessagingHealthOptions): Promise<TMessagingHealth> {
  const where: Prisma.Sql[] = [Prisma.sql`(i."viaSystemId" IS NOT NULL OR i."style" IN ('MESSAGE_QUEUE', 'EVENT_STREAM'))`];
  if (query.teamId) where.push(Prisma.sql`(coalesce(i."teamId", p."teamId") = ${query.teamId} OR b."teamId" = ${query.teamId})`);
  if (query.q) where.push(Prisma.sql`(i."searchText" LIKE ${likePattern(query.q.toLowerCase())} OR b."searchText" LIKE ${likePattern(query.q.toLowerCase())})`);
  const queues = await db().$queryRaw<QueueRow[]>`
    SELECT i."id", i."key", i."name", i."style"::text AS "style", i."endpoint",
           p."id" AS "pId", p."key" AS "pKey", p."name" AS "pName", c."id" AS "cId", c."key" AS "cKey", c."name" AS "cName",
           b."id" AS "bId", b."key" AS "bKey", b."name" AS "bName", b."tier" AS "bTier",
           bt."id" AS "bTeamId", bt."key" AS "bTeamKey", bt."name" AS "bTeamName", t."id" AS "tId", t."key" AS "tKey", t."name" AS "tName"
      FROM "Interface" i JOIN "System" p ON p."id" = i."providerSystemId" JOIN "System" c ON c."id" = i."consumerSystemId"
      LEFT JOIN "System" b ON b."id" = i."viaSystemId" LEFT JOIN "Team" bt ON bt."id" = b."teamId"
      LEFT JOIN "Team" t ON t."id" = coalesce(i."teamId", p."teamId")
     WHERE ${Prisma.join(where, " AND ")}
     ORDER BY b."name" NULLS LAST, i."name" LIMIT 2000`;
  const ids = queues.map((q) => q.id);
  const [latest, hours] = ids.length === 0 ? [[], []] : await Promise.all([
    db().$queryRaw<Latest[]>`
      SELECT DISTINCT ON ("subjectId") "subjectId", (extract(epoch FROM "at") * 1000)::float8 AS "atMs",
             "backlog"::float8 AS "backlog", "lagMessages"::float8 AS "lagMessages", "lagSeconds"::float8 AS "lagSeconds",
             "deadLettered"::float8 AS "deadLettered", "consumers"
        FROM "HealthSample"
       WHERE "subjectId" = ANY(${ids}::text[]) AND "at" > now() - interval '24 hours'
         AND ("backlog" IS NOT NULL OR "lagMessages" IS NOT NULL OR "lagSeconds" IS NOT NULL OR "deadLettered" IS NOT NULL OR "consumers" IS NOT NULL)
       ORDER BY "subjectId", "at" DESC`,
    db().$queryRaw<Hour[]>`
      SELECT "subjectId", (extract(epoch FROM "bucket") * 1000)::float8 AS "hourMs", "backlogMax"::float8 AS "backlog", "lagSecondsMax"::float8 AS "lagSeconds"
        FROM "HealthRollup"
       WHERE "grain" = 'HOUR' AND "subjectId" = ANY(${ids}::text[]) AND "bucket" > now() - interval '24 hours'
       ORDER BY "subjectId", "bucket"`,
  ]);
  const latestOf = new Map(latest.map((l) => [l.subjectId, l]));
  const hoursOf = groupBy(hours, (h) => h.subjectId);
  const items = queues.map((q): TQueueHealth & { broker: TBrokerHealth["broker"] } => {
    const l = latestOf.get(q.id);
    const trend = (hoursOf.get(q.id) ?? []).map((h) => ({ hour: new Date(h.hourMs).toISOString(), backlog: h.backlog, lagSeconds: h.lagSeconds }));
    const last3 = trend.filter((h) => h.backlog !== null).slice(-3).map((h) => h.backlog!);
    return {
      id: q.id, key: q.key, name: q.name, style: q.style, endpoint: q.endpoint,
      provider: { id: q.pId, key: q.pKey, name: q.pName }, consumer: { id: q.cId, key: q.cKey, name: q.cName },
      team: ref(q.tId, q.tKey, q.tName),
      latest: l ? { at: new Date(l.atMs).toISOString(), backlog: l.backlog, lagMessages: l.lagMessages, lagSeconds: l.lagSeconds, deadLettered: l.deadLettered, consumers: l.consumers } : null,
      trend,
      growing: last3.length === 3 && last3[0] < last3[1] && last3[1] < last3[2],
      broker: q.bId ? { ...ref(q.bId, q.bKey, q.bName)!, tier: q.bTier!, team: ref(q.bTeamId, q.bTeamKey, q.bTeamName) } : null,
    };
  });
  return {
    brokers: [...groupBy(items, (i) => i.broker?.id ?? "").values()].map((list) => ({
      broker: list[0].broker,
      interfaces: list.map(({ broker: _b, ...queue }) => queue),
      totals: {
        backlog: list.reduce((s, i) => s + (i.latest?.backlog ?? 0), 0),
        deadLettered: list.reduce((s, i) => s + (i.latest?.deadLettered ?? 0), 0),
        growing: list.filter((i) => i.growing).length,
        noConsumers: list.filter((i) => i.latest?.consumers === 0).length,
      },
    })),
  };
}
