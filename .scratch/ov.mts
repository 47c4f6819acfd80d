import pg from "pg";
import { startEmbeddedPostgres } from "/work/wt/health/scripts/lib/embedded-postgres";
const cluster = await startEmbeddedPostgres({ name: "bench-health", port: 54380, database: "junction_bench_health", durable: false });
const c = new pg.Client({ connectionString: cluster.url });
await c.connect();
const ids = (await c.query(`SELECT "id" FROM "Interface" WHERE random() < 0.9`)).rows.map((r) => r.id);
const from = `FROM "Interface" x JOIN "System" p ON p."id" = x."providerSystemId" LEFT JOIN "HealthStatus" h ON h."subjectId" = x."id" LEFT JOIN "Team" t ON t."id" = x."teamId"`;
const qs: [string, string, unknown[]][] = [
  ["counts", `SELECT t."id", t."key", t."name", coalesce(h."state"::text, 'UNKNOWN'), count(*) FILTER (WHERE x."id" = ANY($1::text[]))::int, count(*)::int ${from} WHERE TRUE GROUP BY 1,2,3,4`, [ids]],
  ["counts-noarr", `SELECT t."id", t."key", t."name", coalesce(h."state"::text, 'UNKNOWN'), count(*)::int ${from} WHERE TRUE GROUP BY 1,2,3,4`, []],
  ["rows", `SELECT x."id", x."key", x."name", x."tier", p."layer"::text, t."id", t."key", t."name", h."state"::text, h."since", h."lastSampleAt" ${from} WHERE TRUE ORDER BY CASE h."state" WHEN 'DOWN' THEN 0 WHEN 'DEGRADED' THEN 1 WHEN 'NO_DATA' THEN 2 WHEN 'UP' THEN 4 ELSE 3 END, x."tier", h."since" ASC NULLS LAST, x."name", x."id" LIMIT 50`, []],
  ["total", `SELECT count(*)::int ${from} WHERE TRUE`, []],
];
for (const [name, q, params] of qs) {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) { const s = performance.now(); await c.query(q, params); times.push(performance.now() - s); }
  console.log(name, times.map((t) => t.toFixed(0)).join(" "));
}
await c.end();
await cluster.stop();
