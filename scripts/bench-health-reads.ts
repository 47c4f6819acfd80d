// npm run bench:health-reads — the health read targets of issue 10 on this machine: the /health
// overview at 10,000 systems (p95 ≤ 200 ms), a 7-day chart at 1-minute resolution with 2,000
// records × 7 days (~20 million samples) stored (p95 ≤ 300 ms), and a DOWN sample reaching the
// served at-risk set at 10,000 systems (≤ 1 s). Its own embedded cluster (port 54380, a fresh
// database each run) and a production server on port 3280. Exits 1 when a target is missed.
// (Temporary: joins the ingestion figures in one bench:health.)
import { createHash, randomBytes } from "node:crypto";
import pg from "pg";
import { applyMigrations } from "./lib/migrate";
import { startEmbeddedPostgres, type EmbeddedCluster } from "./lib/embedded-postgres";
import { createClient } from "../server/db-client";
import { buildIfStale, startServer, type RunningServer } from "./lib/server";
import { createBenchToken } from "./bench-api-setup";
import { runBench, table } from "./lib/bench-measure";
import { prepareHealthReads, seedHealthStates } from "./bench-health/prepare-reads";
import { measureHealthReads } from "./bench-health/reads";

const PORT = 3280;
const CLUSTER = { name: "bench-health", port: 54380, database: "junction_bench_health", durable: false } as const;
const TARGETS = { overviewP95: 200, chartP95: 300, downToAtRiskMs: 1_000 };

let server: RunningServer | undefined;
let cluster: EmbeddedCluster | undefined;

async function freshDatabase(url: string): Promise<string> {
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${CLUSTER.database}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${CLUSTER.database}"`);
  await client.end();
  return url;
}

/** An INGEST token for the bench user, in the stored format (sha256 of the secret). */
async function ingestToken(databaseUrl: string): Promise<string> {
  const secret = `jct_${randomBytes(32).toString("base64url")}`;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`INSERT INTO "ApiToken" ("id", "userId", "name", "scope", "tokenHash", "prefix")
    SELECT gen_random_uuid()::text, "id", 'bench:health ingest', 'INGEST', $1, $2 FROM "User" WHERE "email" = 'bench@junction.local'`,
  [createHash("sha256").update(secret).digest("hex"), secret.slice(4, 12)]);
  await client.end();
  return secret;
}

/** `--reuse`: measure again on the database the last run prepared (the ~20M samples take minutes to write). */
async function prepared(url: string) {
  const prisma = createClient({ url });
  try {
    if (process.argv.includes("--reuse")) {
      const chartIds = (await prisma.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Interface" ORDER BY "key" LIMIT 2000`).map((r) => r.id);
      const [{ n }] = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "HealthSample"`;
      console.log(`[bench] reusing the prepared database: ${n} samples`);
      await prisma.apiToken.deleteMany({});
      await prisma.user.deleteMany({ where: { email: "bench@junction.local" } });
      return { chartIds, token: await createBenchToken(prisma) };
    }
    await freshDatabase(url);
    await applyMigrations(url);
    const done = await prepareHealthReads({ prisma, databaseUrl: url });
    console.log(`[bench] ${done.systems} systems, ${done.interfaces} interfaces; ${done.samples} samples for ${done.chartIds.length} interfaces in ${done.loadSeconds.toFixed(0)} s`);
    return { chartIds: done.chartIds, token: await createBenchToken(prisma) };
  } finally {
    await prisma.$disconnect();
  }
}

async function main(): Promise<boolean> {
  cluster = await startEmbeddedPostgres(CLUSTER);
  const url = cluster.url;
  const { chartIds, token } = await prepared(url);
  const ingest = await ingestToken(url);

  await buildIfStale();
  server = await startServer({ port: PORT, databaseUrl: url });
  await seedHealthStates(url);
  // The DOWN probes: UP systems with something downstream, spread over the estate.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const probes = (await client.query<{ id: string }>(`SELECT DISTINCT i."providerSystemId" AS id FROM "Interface" i
    JOIN "HealthStatus" h ON h."subjectId" = i."providerSystemId" AND h."state" = 'UP' ORDER BY 1 LIMIT 400`)).rows;
  await client.end();
  const figures = await measureHealthReads({
    base: server.url, token, ingestToken: ingest, chartIds,
    downIds: Array.from({ length: 20 }, (_, i) => probes[(i * 19) % probes.length].id),
  });

  const f = (n: number) => n.toFixed(1);
  // The overview target is for the 10,000 systems; the 50,000 interfaces have none (shown, not judged).
  const target = (query: string) => (query.startsWith("7-day") ? TARGETS.chartP95 : query.includes("interfaces") ? undefined : TARGETS.overviewP95);
  console.log("\n" + table([["read", "p50 ms", "p95 ms", "target p95", "runs", "size"], ...[...figures.overview, figures.chart].map((r) => [
    r.query, f(r.p50), f(r.p95), String(target(r.query) ?? "—"), String(r.runs), `${Math.round(r.bytes / 1000)} kB`,
  ])]));
  const d = figures.downToAtRisk;
  console.log(`\nDOWN sample → at-risk set served with its cause (POST, then GET /health/at-risk back to back), ${d.runs} systems:` +
    ` p50 ${f(d.p50)} ms, p95 ${f(d.p95)} ms, max ${f(d.max)} ms (target ≤ ${TARGETS.downToAtRiskMs} ms)`);
  return figures.overview.every((r) => r.p95 <= (target(r.query) ?? Infinity)) && figures.chart.p95 <= TARGETS.chartP95 && d.max <= TARGETS.downToAtRiskMs;
}

await runBench(main, async () => {
  await server?.stop();
  await cluster?.stop();
});
