// Junction's own metrics (prom-client), read at GET /metrics (app/api/v1/metrics/route.ts) by a
// SCRAPE token. One registry per process, on globalThis: the production server's fast path and
// Next's own copies of the route modules must count into the same metrics.
import "server-only";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { pool } from "@/server/db";

function create() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "junction_" });
  const requests = new Histogram({
    name: "junction_http_request_duration_seconds",
    help: "API requests by method, route template and status, with their duration",
    labelNames: ["method", "route", "status"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const ingested = new Counter({
    name: "junction_health_ingested_total",
    help: "Health samples and events received, by kind and outcome (accepted, duplicate, rejected)",
    labelNames: ["kind", "outcome"] as const,
    registers: [registry],
  });
  new Gauge({
    name: "junction_job_queue_depth",
    help: "Background jobs waiting (created or to retry) per pg-boss queue, read at scrape",
    labelNames: ["queue"] as const,
    registers: [registry],
    async collect() {
      this.reset();
      const { rows } = await pool()
        .query<{ name: string; n: number }>(
          `SELECT q."name", count(j."id") FILTER (WHERE j."state" IN ('created', 'retry'))::int AS "n"
             FROM pgboss.queue q LEFT JOIN pgboss.job j ON j."name" = q."name" GROUP BY q."name"`,
        )
        // Before the first job runner created pg-boss's schema there is no queue to report.
        .catch(() => ({ rows: [] }));
      for (const r of rows) this.set({ queue: r.name }, r.n);
    },
  });
  return { registry, requests, ingested };
}

const globalForMetrics = globalThis as unknown as { junctionMetrics?: ReturnType<typeof create> };

export const metrics = () => (globalForMetrics.junctionMetrics ??= create());
