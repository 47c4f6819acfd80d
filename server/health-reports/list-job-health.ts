import "server-only";
import { db } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import { likePattern } from "@/server/shared/list-args";
import type { TJobHealth, TJobHealthPage, TJobListQuery, TJobRun } from "@/lib/schemas/job-health";

export type ListJobHealthOptions = { query: TJobListQuery };

// Timestamps leave PostgreSQL as epoch milliseconds: inside JSON a timestamp without time zone
// would lose its UTC meaning.
type RunJson = { runId: string; status: TJobRun["status"]; startedMs: number; endedMs: number | null; rows: number | null; freshMs: number | null; checks: TJobRun["qualityChecks"] };
type Row = {
  subjectType: "SYSTEM" | "INTERFACE"; id: string; key: string; name: string; tier: number; fresh: number | null;
  teamId: string | null; teamKey: string | null; teamName: string | null;
  recent: RunJson[] | null; finished: number; succeeded: number; freshMs: number | null; total: number;
};

const ORDER: Record<string, Prisma.Sql> = {
  name: Prisma.sql`j."name"`,
  tier: Prisma.sql`j."tier"`,
  // Failed first, then running, then fine, then never reported.
  lastRun: Prisma.sql`CASE l."status" WHEN 'FAILED' THEN 0 WHEN 'RUNNING' THEN 1 WHEN 'SUCCEEDED' THEN 2 ELSE 3 END`,
  successRate: Prisma.sql`(s."succeeded"::float8 / nullif(s."finished", 0))`,
};

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function toRun(r: RunJson): TJobRun {
  return {
    runId: r.runId, status: r.status, startedAt: iso(r.startedMs)!, endedAt: iso(r.endedMs),
    durationMs: r.endedMs === null ? null : r.endedMs - r.startedMs, rows: r.rows, dataFreshAt: iso(r.freshMs),
    qualityChecks: Array.isArray(r.checks) ? r.checks : [],
  };
}

/** ETL batch interfaces and scheduler systems with their latest runs, success rate and data age. */
export async function listJobHealth({ query }: ListJobHealthOptions): Promise<TJobHealthPage> {
  const where: Prisma.Sql[] = [Prisma.sql`true`];
  if (query.teamId) where.push(Prisma.sql`j."teamId" = ${query.teamId}`);
  if (query.q) where.push(Prisma.sql`j."searchText" LIKE ${likePattern(query.q.toLowerCase())}`);
  if (query.lastRun) where.push(query.lastRun === "NONE" ? Prisma.sql`l."status" IS NULL` : Prisma.sql`l."status" = ${query.lastRun}::"JobRunStatus"`);
  const field = query.sort.replace(/^-/, "");
  const dir = Prisma.raw(query.sort.startsWith("-") ? "DESC NULLS LAST" : "ASC NULLS LAST");
  const now = Date.now();
  // The page is chosen first (filters and sort need only the last run and the 30-day counts);
  // the 20 recent runs are read for the page's rows alone, not for every job.
  const rows = await db().$queryRaw<Row[]>`
    WITH j AS (
      SELECT 'INTERFACE' AS "subjectType", i."id", i."key", i."name", i."tier", coalesce(i."teamId", p."teamId") AS "teamId",
             i."sloFreshnessMinutes" AS "fresh", i."searchText"
        FROM "Interface" i JOIN "System" p ON p."id" = i."providerSystemId" WHERE i."style" = 'ETL_BATCH'
      UNION ALL
      SELECT 'SYSTEM', s."id", s."key", s."name", s."tier", s."teamId", NULL, s."searchText" FROM "System" s WHERE s."kind" = 'SCHEDULER'),
    page AS (
      SELECT j."subjectType", j."id", j."key", j."name", j."tier", j."fresh", j."teamId",
             coalesce(s."finished", 0)::int AS "finished", coalesce(s."succeeded", 0)::int AS "succeeded", (count(*) OVER ())::int AS "total",
             row_number() OVER (ORDER BY ${ORDER[field] ?? ORDER.lastRun} ${dir}, j."name", j."id") AS "rank"
        FROM j
        LEFT JOIN LATERAL (SELECT "status" FROM "JobRun" WHERE "subjectId" = j."id" ORDER BY "startedAt" DESC LIMIT 1) l ON true
        LEFT JOIN LATERAL (
          SELECT count(*) FILTER (WHERE "status" <> 'RUNNING') AS "finished", count(*) FILTER (WHERE "status" = 'SUCCEEDED') AS "succeeded"
            FROM "JobRun" WHERE "subjectId" = j."id" AND "startedAt" > now() - interval '30 days') s ON true
       WHERE ${Prisma.join(where, " AND ")}
       ORDER BY "rank"
       LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize})
    SELECT pg."subjectType", pg."id", pg."key", pg."name", pg."tier", pg."fresh", pg."teamId", pg."finished", pg."succeeded", pg."total", t."key" AS "teamKey", t."name" AS "teamName", r."recent", f."freshMs"
      FROM page pg
      LEFT JOIN "Team" t ON t."id" = pg."teamId"
      LEFT JOIN LATERAL (
        SELECT (extract(epoch FROM max(coalesce("dataFreshAt", "startedAt"))) * 1000)::float8 AS "freshMs"
          FROM "JobRun" WHERE "subjectId" = pg."id" AND "status" = 'SUCCEEDED') f ON true
      LEFT JOIN LATERAL (
        SELECT jsonb_agg(jsonb_build_object('runId', x."runId", 'status', x."status", 'rows', x."rows", 'checks', x."qualityChecks",
                 'startedMs', extract(epoch FROM x."startedAt") * 1000, 'endedMs', extract(epoch FROM x."endedAt") * 1000,
                 'freshMs', extract(epoch FROM x."dataFreshAt") * 1000) ORDER BY x."startedAt" DESC) AS "recent"
          FROM (SELECT * FROM "JobRun" WHERE "subjectId" = pg."id" ORDER BY "startedAt" DESC LIMIT 20) x) r ON true
     ORDER BY pg."rank"`;
  return {
    items: rows.map((row): TJobHealth => {
      const recent = (row.recent ?? []).map(toRun);
      const age = row.freshMs === null ? null : Math.max(0, Math.round((now - row.freshMs) / 60_000));
      return {
        subjectType: row.subjectType, id: row.id, key: row.key, name: row.name, tier: row.tier,
        team: row.teamId ? { id: row.teamId, key: row.teamKey!, name: row.teamName! } : null,
        freshnessObjectiveMinutes: row.fresh,
        lastRun: recent[0] ?? null,
        lastFinished: recent.find((r) => r.status !== "RUNNING") ?? null,
        recent: recent.map(({ runId, status, startedAt, durationMs }) => ({ runId, status, startedAt, durationMs })),
        runs30d: row.finished,
        successRate30d: row.finished ? row.succeeded / row.finished : null,
        dataAgeMinutes: age,
        fresh: row.fresh === null || age === null ? null : age <= row.fresh,
      };
    }),
    total: rows[0]?.total ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}
