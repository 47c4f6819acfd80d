// npm run bench:alerts-escalation — "an escalation step notifies within 2 s of falling due" (issue 11).
// Its own embedded PostgreSQL (port 54750) and production server (port 3750); a team with a
// webhook channel pointing at a receiver in this process; 200 open incidents whose escalation
// step falls due spread over ~1 minute (as startEscalation leaves them, then one wake-up, as
// wakeNotifier sends). Measures due → received at the receiver: p50 / p95 / max (target ≤ 2 s).
// Exits 1 when the target is missed or a step notified other than exactly once.
import { freshBenchCluster } from "./lib/bench-database";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import PgBoss from "pg-boss";
import type { EmbeddedCluster } from "./lib/embedded-postgres";
import { applyMigrations } from "./lib/migrate";
import { buildIfStale, startServer, type RunningServer } from "./lib/server";
import { runBench, table } from "./lib/bench-measure";

const CLUSTER = { name: "bench-alerts-escalation", port: 54750, database: "junction_bench_escalation", durable: false } as const;
const PORT = 3750;
const STEPS = 200;
const SPREAD_MS = 60_000;
const LEAD_MS = 5_000;
const TARGET_MS = 2_000;

let cluster: EmbeddedCluster | undefined;
let server: RunningServer | undefined;
let boss: PgBoss | undefined;
const receiver = createServer();

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function main(): Promise<boolean> {
  cluster = await freshBenchCluster(CLUSTER);
  const url = cluster.url.replace(/\/postgres$/, `/${CLUSTER.database}`);
  await applyMigrations(url);

  // The receiver: when each incident's message arrived (its first copy), and how many copies.
  const arrived = new Map<string, number>();
  let copies = 0;
  receiver.on("request", (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const at = Date.now();
      const { incidentId } = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { incidentId: string };
      copies++;
      if (!arrived.has(incidentId)) arrived.set(incidentId, at);
      res.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;

  const db = new pg.Client({ connectionString: url });
  await db.connect();
  await db.query(`INSERT INTO "Team" ("id", "key", "name", "updatedAt") VALUES ('bench-team', 'bench-team', 'Bench team', now())`);
  await db.query(`INSERT INTO "System" ("id", "key", "name", "kind", "layer", "teamId", "updatedAt")
                  VALUES ('bench-system', 'bench-system', 'Bench system', 'BUSINESS_APP', 'BUSINESS', 'bench-team', now())`);
  await db.query(`INSERT INTO "NotificationChannel" ("id", "name", "kind", "config") VALUES ('bench-channel', 'bench', 'WEBHOOK', $1)`, [JSON.stringify({ url: receiverUrl })]);
  await db.query(`INSERT INTO "TeamChannel" ("teamId", "channelId") VALUES ('bench-team', 'bench-channel')`);

  await buildIfStale();
  server = await startServer({ port: PORT, databaseUrl: url });

  // 200 incidents, step 0 due from LEAD_MS on, spread over SPREAD_MS.
  const start = Date.now() + LEAD_MS;
  const due = new Map<string, number>();
  for (let i = 0; i < STEPS; i++) {
    const id = `bench-inc-${i}`;
    const at = start + Math.round((i * SPREAD_MS) / STEPS);
    due.set(id, at);
    await db.query(`INSERT INTO "Incident" ("id", "systemId", "teamId", "title", "severity", "state") VALUES ($1, 'bench-system', 'bench-team', $2, 'MAJOR', 'OPEN')`, [id, `bench ${i}`]);
    await db.query(`INSERT INTO "IncidentEscalation" ("incidentId", "policyId", "step", "round", "nextAt")
                    VALUES ($1, 'default-escalation-policy', 0, 0, ($2::timestamptz AT TIME ZONE 'UTC'))`, [id, new Date(at).toISOString()]);
  }
  // The app's own wake-up after the commit that started the escalations (wakeNotifier).
  boss = new PgBoss({ connectionString: url, schema: "pgboss", max: 1, supervise: false, schedule: false, migrate: false });
  await boss.start();
  await boss.send("notify", {});

  const deadline = start + SPREAD_MS + 30_000;
  while (arrived.size < STEPS && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
  await new Promise((r) => setTimeout(r, 2_000)); // late duplicates, if any
  const rows = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Notification" WHERE "incidentId" LIKE 'bench-inc-%'`);
  await db.end();

  const latencies = [...due].filter(([id]) => arrived.has(id)).map(([id, at]) => arrived.get(id)! - at).sort((a, b) => a - b);
  const p50 = pct(latencies, 50), p95 = pct(latencies, 95), max = latencies.at(-1) ?? NaN;
  const exactlyOnce = arrived.size === STEPS && copies === STEPS && rows.rows[0].n === STEPS;
  console.log(`\n[bench] escalation steps: ${STEPS} falling due over ${SPREAD_MS / 1000} s, due → received at a local webhook receiver (target ≤ ${TARGET_MS} ms)`);
  console.log(table([
    ["steps", "received", "copies", "outbox rows", "p50 ms", "p95 ms", "max ms", "target met"],
    [String(STEPS), String(arrived.size), String(copies), String(rows.rows[0].n), String(p50), String(p95), String(max), exactlyOnce && max <= TARGET_MS ? "yes" : "no"],
  ]));
  if (!exactlyOnce) console.log("[bench] FAILED: every step must notify exactly once");
  return exactlyOnce && max <= TARGET_MS;
}

await runBench(main, async () => {
  await boss?.stop({ graceful: false, wait: true });
  await server?.stop();
  receiver.close();
  await cluster?.stop();
});
