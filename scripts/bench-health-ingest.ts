// npm run bench:health-ingest — the ingestion half of bench:health (issue 10): its own embedded
// PostgreSQL (port 54390) and production server (port 3290), an estate of 1,000 systems and
// ~1,000 interfaces (2,000 records reporting), an INGEST token. Prints:
//  - sustained samples/s over HTTP in batches of 1,000 from 2 and from 4 concurrent senders, p50/p95 per batch
//    (targets: ≥ 20,000 samples/s, p95 ≤ 100 ms);
//  - the fault check: PostgreSQL stopped for 8 s and started again during ingestion (503 +
//    Retry-After, no 500, no dropped connection, every acknowledged sample stored exactly once).
// Exits 1 when a target is missed or the fault check fails.
import { createIngestToken, freshBenchCluster } from "./lib/bench-database";
import { startEmbeddedPostgres, type EmbeddedCluster } from "./lib/embedded-postgres";
import { applyMigrations } from "./lib/migrate";
import { buildIfStale, startServer, type RunningServer } from "./lib/server";
import { runBench, table } from "./lib/bench-measure";
import { createClient } from "../server/db-client";
import { generateSyntheticEstate } from "../server/import/generate-synthetic-estate";
import { importEstate } from "../server/import/import-estate";
import { benchIngest, type BenchIngestResult, type IngestTarget } from "./bench-health/ingest";
import { checkFaults } from "./bench-health/faults";

const CLUSTER = { name: "bench-health", port: 54390, database: "junction_bench_health", durable: false } as const;
const PORT = 3290;
const TARGETS = { samplesPerSecond: 20_000, p95Ms: 100 };

let cluster: EmbeddedCluster | undefined;
let server: RunningServer | undefined;

async function main(): Promise<boolean> {
  cluster = await freshBenchCluster(CLUSTER);
  const url = cluster.url.replace(/\/postgres$/, `/${CLUSTER.database}`);
  await applyMigrations(url);
  const prisma = createClient({ url, max: 2 });
  await importEstate(prisma, { actorLabel: "bench", estate: generateSyntheticEstate({ systems: 1_000, interfacesPerSystem: 1 }) });
  const targets: IngestTarget[] = [
    ...(await prisma.system.findMany({ select: { id: true } })).map((s) => ({ type: "SYSTEM" as const, id: s.id })),
    ...(await prisma.interface.findMany({ select: { id: true } })).map((i) => ({ type: "INTERFACE" as const, id: i.id })),
  ];
  await prisma.$disconnect();
  const token = await createIngestToken(url, { email: "bench-health@junction.local", name: "bench:health-ingest" });
  console.log(`[bench] estate: ${targets.length} records reporting`);

  await buildIfStale();
  server = await startServer({ port: PORT, databaseUrl: url });
  // Two senders (the fewest the issue allows) and four: latency per batch grows with the batches
  // in flight on two cores, throughput does not; a target is met when one run meets both.
  const runs: BenchIngestResult[] = [];
  for (const senders of [2, 4]) runs.push(await benchIngest({ baseUrl: server.url, token, targets, senders, batches: 300, warmup: 30 }));
  const met = (r: BenchIngestResult) => r.samplesPerSecond >= TARGETS.samplesPerSecond && r.p95Ms <= TARGETS.p95Ms;
  console.log(`\n[bench] ingestion, POST /api/v1/health/signals, batches of 1,000 (targets ≥ ${TARGETS.samplesPerSecond.toLocaleString("en")} samples/s, p95 ≤ ${TARGETS.p95Ms} ms)`);
  console.log(table([
    ["senders", "batches", "seconds", "samples/s", "p50 ms", "p95 ms", "max ms", "both met"],
    ...runs.map((r) => [String(r.senders), String(r.batches), r.seconds.toFixed(1), r.samplesPerSecond.toLocaleString("en"),
      r.p50Ms.toFixed(1), r.p95Ms.toFixed(1), r.maxMs.toFixed(1), met(r) ? "yes" : "no"]),
  ]));

  const faults = await checkFaults({
    baseUrl: server.url, token, databaseUrl: url, targets,
    stopDatabase: async () => cluster!.stop(),
    startDatabase: async () => void (cluster = await startEmbeddedPostgres({ ...CLUSTER, database: "postgres" })),
  });
  console.log(`\n[bench] fault check: PostgreSQL stopped 8 s during ingestion`);
  console.log(`  answers ${JSON.stringify(faults.answers)}, dropped connections ${faults.dropped}, 503 without Retry-After ${faults.missingRetryAfter}`);
  console.log(`  acknowledged ${faults.acknowledged} samples in ${faults.batches} batches (${faults.attempts} attempts); stored ${faults.stored} → ${faults.ok ? "OK" : "FAILED"}`);
  return runs.some(met) && faults.ok;
}

await runBench(main, async () => {
  await server?.stop();
  await cluster?.stop();
});
