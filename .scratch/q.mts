import pg from "pg";
import { startEmbeddedPostgres } from "/work/wt/health/scripts/lib/embedded-postgres";
const cluster = await startEmbeddedPostgres({ name: "bench-health", port: 54380, database: "junction_bench_health", durable: false });
const c = new pg.Client({ connectionString: cluster.url });
await c.connect();
const [{ id }] = (await c.query(`SELECT "id" FROM "Interface" ORDER BY "key" LIMIT 1 OFFSET 37`)).rows;
const lo = new Date(Date.now() - 7 * 86400000).toISOString(), hi = new Date().toISOString();
const inner = `SELECT date_bin('60 seconds'::interval, "at", TIMESTAMP '2000-01-01') AS t, count(*)::int AS samples, max(CASE "status" WHEN 'DOWN' THEN 3 WHEN 'DEGRADED' THEN 2 WHEN 'UP' THEN 1 END) AS worst,
 avg("latencyP95Ms") AS "latencyP95", max("latencyP99Ms")::float8 AS "latencyP99", avg("errorRate") AS "errorRate", avg("throughput") AS "throughput", max("backlog")::float8 AS "backlog", max("lagMessages")::float8 AS "lagMessages", max("lagSeconds")::float8 AS "lagSeconds", max("deadLettered")::float8 AS "deadLettered", min("consumers")::float8 AS "consumers"
 FROM "HealthSample" WHERE "subjectId" = $1 AND "at" >= $2::timestamp AND "at" < $3::timestamp GROUP BY 1`;
const outer = `SELECT (extract(epoch FROM b.t) * 1000)::float8 AS t, sum(b.samples)::int AS samples, max(b.worst) AS worst, round((avg(b."latencyP95"))::numeric, 2)::float8 AS "latencyP95", round((max(b."latencyP99"))::numeric, 2)::float8 AS "latencyP99", round((avg(b."errorRate"))::numeric, 5)::float8 AS "errorRate", round((avg(b."throughput"))::numeric, 2)::float8 AS "throughput", max(b."backlog") AS "backlog", max(b."lagMessages") AS "lagMessages", round((max(b."lagSeconds"))::numeric, 2)::float8 AS "lagSeconds", max(b."deadLettered") AS "deadLettered", min(b."consumers") AS "consumers" FROM (${inner}) b GROUP BY b.t ORDER BY b.t`;
for (const [name, q] of [["inner", inner + " ORDER BY 1"], ["outer", outer]]) {
  const times: number[] = [];
  for (let i = 0; i < 10; i++) { const s = performance.now(); await c.query(q, [id, lo, hi]); times.push(performance.now() - s); }
  times.sort((a, b) => a - b);
  console.log(name, times.map((t) => t.toFixed(0)).join(" "));
}
const r = await c.query(`EXPLAIN ANALYZE ${outer}`, [id, lo, hi]); console.log(r.rows.slice(0, 6).map((x) => x["QUERY PLAN"]).join("\n"), "\n", r.rows.at(-1)["QUERY PLAN"]);
await c.end(); await cluster.stop();
