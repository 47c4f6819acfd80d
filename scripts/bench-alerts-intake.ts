// npm run bench:alerts-intake — Alertmanager webhooks into alert intake (issue 11): its own
// embedded PostgreSQL (port 54650) and production server (port 3650), the 5,000-system synthetic
// estate (2 interfaces per system), an INGEST token. Sends 100 webhooks/s × 10 alerts (1,000
// alerts/s) for 60 s, open-loop (each webhook leaves at its scheduled moment, whatever the server
// is doing), in a realistic mix: per webhook 7 repeats of firing alerts, 2 new fingerprints, 1
// resolved; one alert in ten carries no label a rule maps (it waits as unmapped); 10 receivers.
// Prints alerts/s and p50/p95/max per webhook. Targets: ≥ 1,000 alerts/s sustained, p95 ≤ 50 ms,
// no 5xx. Exits 1 when one is missed. BENCH_SECONDS shortens the measured run (a quick look, not a figure).
import { createIngestToken, freshBenchCluster } from "./lib/bench-database";
import pg from "pg";
import type { EmbeddedCluster } from "./lib/embedded-postgres";
import { applyMigrations } from "./lib/migrate";
import { buildIfStale, startServer, type RunningServer } from "./lib/server";
import { runBench, table } from "./lib/bench-measure";
import { createClient } from "../server/db-client";
import { generateSyntheticEstate } from "../server/import/generate-synthetic-estate";
import { importEstate } from "../server/import/import-estate";
import { buildWebhooks } from "./bench-alerts/webhooks";

const CLUSTER = { name: "bench-alerts", port: 54650, database: "junction_bench_alerts", durable: false } as const;
const PORT = 3650;
const RATE = 100; // webhooks per second
const PER_WEBHOOK = 10;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const WARMUP = 200;
const TARGETS = { alertsPerSecond: 1_000, p95Ms: 50 };

let cluster: EmbeddedCluster | undefined;
let server: RunningServer | undefined;

const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];

async function main(): Promise<boolean> {
  cluster = await freshBenchCluster(CLUSTER);
  const url = cluster.url.replace(/\/postgres$/, `/${CLUSTER.database}`);
  await applyMigrations(url);
  const prisma = createClient({ url, max: 2 });
  await importEstate(prisma, { actorLabel: "bench", estate: generateSyntheticEstate({ systems: 5_000, interfacesPerSystem: 2 }) });
  const keys = (await prisma.system.findMany({ select: { key: true } })).map((s) => s.key);
  await prisma.$disconnect();
  const token = await createIngestToken(url, { email: "bench-alerts@junction.local", name: "bench:alerts-intake" });
  await buildIfStale();
  server = await startServer({ port: PORT, databaseUrl: url });

  const bodies = buildWebhooks({ keys, count: WARMUP + RATE * SECONDS, perWebhook: PER_WEBHOOK });
  const statuses: Record<number, number> = {};
  const send = async (body: string) => {
    const started = performance.now();
    const res = await fetch(`${server!.url}/api/v1/alerts/alertmanager`, {
      method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body,
    });
    await res.arrayBuffer();
    statuses[res.status] = (statuses[res.status] ?? 0) + 1;
    return performance.now() - started;
  };
  // Warm-up at a tenth of the rate: caches, prepared statements, JIT.
  const sequential: number[] = [];
  for (let i = 0; i < WARMUP; i++) sequential.push(await send(bodies[i]));
  sequential.sort((a, b) => a - b);
  // The same webhooks again: every alert a pure repeat (no state change, no incident work), the floor of a webhook's cost.
  const repeats: number[] = [];
  for (let i = 0; i < 100; i++) repeats.push(await send(bodies[i]));
  repeats.sort((a, b) => a - b);
  console.log(`[bench] one webhook at a time: mixed p50 ${percentile(sequential, 0.5).toFixed(1)} ms, p95 ${percentile(sequential, 0.95).toFixed(1)} ms;` +
    ` repeats only p50 ${percentile(repeats, 0.5).toFixed(1)} ms, p95 ${percentile(repeats, 0.95).toFixed(1)} ms`);

  const times: number[] = [];
  for (const k of Object.keys(statuses)) delete statuses[Number(k)];
  const t0 = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < RATE * SECONDS; i++) {
    const due = t0 + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    inFlight.push(send(bodies[WARMUP + i]).then((ms) => void times.push(ms)));
  }
  await Promise.all(inFlight);
  const seconds = (performance.now() - t0) / 1000;
  times.sort((a, b) => a - b);
  // Only what was accepted counts: a 503 (the pool's connection wait ran out) stored nothing.
  const alertsPerSecond = ((statuses[200] ?? 0) * PER_WEBHOOK) / seconds;
  const errors = Object.entries(statuses).filter(([s]) => Number(s) >= 300).reduce((n, [, c]) => n + c, 0);
  const p95 = percentile(times, 0.95);
  const met = alertsPerSecond >= TARGETS.alertsPerSecond * 0.98 && p95 <= TARGETS.p95Ms && errors === 0;

  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const [{ rows: [counts] }] = await Promise.all([
    db.query(`SELECT count(*)::int AS alerts, sum("count")::int AS receipts, count(*) FILTER (WHERE "systemId" IS NULL)::int AS unmapped,
                     (SELECT count(*)::int FROM "Incident") AS incidents, (SELECT count(*)::int FROM "Incident" WHERE "stormSuppressed") AS storm FROM "Alert"`),
  ]);
  await db.end();

  console.log(`\n[bench] POST /api/v1/alerts/alertmanager, ${RATE} webhooks/s × ${PER_WEBHOOK} alerts for ${SECONDS} s, 5,000-system estate (targets ≥ ${TARGETS.alertsPerSecond} alerts/s, p95 ≤ ${TARGETS.p95Ms} ms, no errors)`);
  console.log(table([
    ["webhooks", "seconds", "alerts/s", "p50 ms", "p95 ms", "max ms", "answers", "met"],
    [String(times.length), seconds.toFixed(1), Math.round(alertsPerSecond).toLocaleString("en"), percentile(times, 0.5).toFixed(1), p95.toFixed(1),
      times.at(-1)!.toFixed(1), JSON.stringify(statuses), met ? "yes" : "no"],
  ]));
  console.log(`[bench] stored: ${JSON.stringify(counts)}`);
  return met;
}

await runBench(main, async () => {
  await server?.stop();
  await cluster?.stop();
});
