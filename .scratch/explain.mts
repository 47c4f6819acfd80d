import pg from "pg";
import { startEmbeddedPostgres } from "/work/wt/health/scripts/lib/embedded-postgres";
const cluster = await startEmbeddedPostgres({ name: "bench-health", port: 54380, database: "junction_bench_health", durable: false });
const c = new pg.Client({ connectionString: cluster.url });
await c.connect();
const [{ id }] = (await c.query(`SELECT "id" FROM "Interface" ORDER BY "key" LIMIT 1 OFFSET 37`)).rows;
const q = process.argv[2] === "chart" ? `EXPLAIN (ANALYZE, BUFFERS) SELECT date_bin('60 seconds'::interval, "at", TIMESTAMP '2000-01-01') AS t, count(*)::int, max(CASE "status" WHEN 'DOWN' THEN 3 WHEN 'DEGRADED' THEN 2 WHEN 'UP' THEN 1 END),
 avg("latencyP95Ms")::float8, max("latencyP99Ms")::float8, avg("errorRate")::float8, avg("throughput")::float8, max("backlog")::float8, max("lagMessages")::float8, max("lagSeconds")::float8, max("deadLettered")::float8, min("consumers")::float8
 FROM "HealthSample" WHERE "subjectId" = $1 AND "at" >= now() - interval '7 days' AND "at" < now() GROUP BY 1 ORDER BY 1` : process.argv[2];
for (let i = 0; i < 3; i++) {
  const r = await c.query(q, q.includes("$1") ? [id] : []);
  if (i === 2) console.log(r.rows.map((x) => x["QUERY PLAN"]).join("\n"));
}
await c.end();
await cluster.stop();
