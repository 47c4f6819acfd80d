// npm run bench:alerts-inbox — the alert reads of issue 11: the inbox with 10,000 open alerts
// (p95 ≤ 200 ms) — by default, filtered, "mine", deep pages — and the incidents list, an
// incident's page and the map's badges beside it. Its own embedded PostgreSQL (port 54660, a
// fresh database each run), the 5,000-system synthetic estate, alerts written straight in SQL
// (intake has its own bench): 10,000 open (a tenth of them suppressed, some flapping) over 2,000
// incidents, and 50,000 resolved from the last month. A production server on port 3660.
import { freshBenchCluster } from "./lib/bench-database";
import pg from "pg";
import type { EmbeddedCluster } from "./lib/embedded-postgres";
import { applyMigrations } from "./lib/migrate";
import { buildIfStale, startServer, type RunningServer } from "./lib/server";
import { measure, runBench, table, type Measured } from "./lib/bench-measure";
import { createClient } from "../server/db-client";
import { generateSyntheticEstate } from "../server/import/generate-synthetic-estate";
import { importEstate } from "../server/import/import-estate";
import { createBenchToken } from "./bench-api-setup";

const CLUSTER = { name: "bench-alerts-inbox", port: 54660, database: "junction_bench_alerts_inbox", durable: false } as const;
const PORT = 3660;
const TARGET_P95 = 200;

let cluster: EmbeddedCluster | undefined;
let server: RunningServer | undefined;

/** 2,000 incidents, 10,000 open alerts on them and 50,000 resolved ones, spread over the estate's systems. */
async function seedAlerts(url: string) {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  await db.query(`
    CREATE TEMP TABLE sys AS SELECT row_number() OVER (ORDER BY "key") AS n, "id", "teamId" FROM "System";
    INSERT INTO "Incident" ("id", "systemId", "teamId", "title", "severity", "state", "openedAt")
      SELECT 'inc' || g, s."id", s."teamId", 'Bench incident ' || g,
             (ARRAY['CRITICAL','MAJOR','MINOR','WARNING','INFO'])[1 + g % 5]::"AlertSeverity",
             (CASE WHEN g % 4 = 0 THEN 'ACKNOWLEDGED' ELSE 'OPEN' END)::"IncidentState", now() - (g % 600) * interval '1 minute'
        FROM generate_series(1, 2000) g JOIN sys s ON s.n = 1 + (g * 7) % 5000;
    INSERT INTO "Alert" ("id", "dedupKey", "sourceKind", "source", "fingerprint", "title", "summary", "severity", "labels", "state", "suppressedBy",
                         "systemId", "incidentId", "count", "flapping", "startsAt", "firstSeenAt", "lastSeenAt")
      SELECT 'al' || g, 'am:' || md5(g::text), 'ALERTMANAGER', 'prometheus-' || (g % 10), substr(md5(g::text), 1, 16),
             (ARRAY['HighErrorRate','InstanceDown','HighLatency','DiskFull','ConsumerLag'])[1 + g % 5],
             'Bench alert ' || g, (ARRAY['CRITICAL','MAJOR','MINOR','WARNING','INFO'])[1 + g % 5]::"AlertSeverity",
             jsonb_build_object('alertname', 'Bench', 'instance', 'host-' || g),
             (CASE WHEN g % 4 = 0 THEN 'ACKNOWLEDGED' ELSE 'FIRING' END)::"AlertState",
             (CASE WHEN g % 10 = 0 THEN 'SILENCE' END)::"AlertSuppression",
             i."systemId", CASE WHEN g % 10 = 0 THEN NULL ELSE i."id" END, 1 + g % 40, g % 97 = 0,
             now() - (g % 600) * interval '1 minute', now() - (g % 600) * interval '1 minute', now() - (g % 60) * interval '1 second'
        FROM generate_series(1, 10000) g JOIN "Incident" i ON i."id" = 'inc' || (1 + g % 2000);
    INSERT INTO "Alert" ("id", "dedupKey", "sourceKind", "source", "title", "severity", "state", "systemId", "count",
                         "startsAt", "firstSeenAt", "lastSeenAt", "resolvedAt", "endsAt")
      SELECT 'old' || g, 'ev:old' || g, 'GENERIC', 'cron-' || (g % 5), 'Old bench alert', 'WARNING', 'RESOLVED', s."id", 1,
             now() - (g % 43200) * interval '1 minute', now() - (g % 43200) * interval '1 minute', now() - (g % 43200) * interval '1 minute',
             now() - (g % 43200) * interval '1 minute', now() - (g % 43200) * interval '1 minute'
        FROM generate_series(1, 50000) g JOIN sys s ON s.n = 1 + g % 5000;
    ANALYZE "Alert"; ANALYZE "Incident";`);
  const { rows: [team] } = await db.query<{ id: string }>(`SELECT "teamId" AS id FROM "System" WHERE "teamId" IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`);
  const { rows: systems } = await db.query<{ id: string }>(`SELECT DISTINCT "systemId" AS id FROM "Alert" WHERE "state" <> 'RESOLVED' LIMIT 100`);
  // The bench user joins the largest team: "mine" then reads a real share of the inbox.
  await db.query(`INSERT INTO "TeamMember" ("teamId", "userId") SELECT $1, "id" FROM "User" WHERE "email" = 'bench@junction.local'`, [team.id]);
  await db.end();
  return { teamId: team.id, systemIds: systems.map((s) => s.id) };
}

async function main(): Promise<boolean> {
  cluster = await freshBenchCluster(CLUSTER);
  const url = cluster.url.replace(/\/postgres$/, `/${CLUSTER.database}`);
  await applyMigrations(url);
  const prisma = createClient({ url, max: 2 });
  await importEstate(prisma, { actorLabel: "bench", estate: generateSyntheticEstate({ systems: 5_000, interfacesPerSystem: 2 }) });
  const token = await createBenchToken(prisma);
  await prisma.$disconnect();
  const { teamId, systemIds } = await seedAlerts(url);
  await buildIfStale();
  server = await startServer({ port: PORT, databaseUrl: url });

  const base = server.url;
  const reads: [string, (i: number) => string, boolean][] = [
    ["inbox: open, by severity", () => "/api/v1/alerts", true],
    ["inbox: page 20 of open", () => "/api/v1/alerts?page=20", true],
    ["inbox: firing, critical, by last seen", () => "/api/v1/alerts?view=FIRING&severity=CRITICAL&sort=lastSeen", true],
    ["inbox: one team, tier 0–1", () => `/api/v1/alerts?teamId=${teamId}&tier=0,1`, true],
    ["inbox: search", (i) => `/api/v1/alerts?q=host-${100 + i}`, true],
    ["my alerts", () => "/api/v1/alerts?mine=true", true],
    ["inbox: one system", (i) => `/api/v1/alerts?systemId=${systemIds[i % systemIds.length]}`, true],
    ["incidents: open", () => "/api/v1/incidents", false],
    ["an incident's page", (i) => `/api/v1/incidents/inc${1 + (i % 2000)}`, false],
    ["map badges", () => "/api/v1/alerts/map", false],
  ];
  const figures: (Measured & { judged: boolean })[] = [];
  for (const [query, path, judged] of reads) figures.push({ ...(await measure({ base, token, query, path, runs: 200, budgetMs: 20_000 })), judged });
  console.log(`\n[bench] alert reads, 10,000 open alerts (1,000 suppressed) on 2,000 incidents, 50,000 resolved, 5,000 systems (inbox target p95 ≤ ${TARGET_P95} ms)`);
  console.log(table([["read", "p50 ms", "p95 ms", "target", "runs", "size"], ...figures.map((f) => [
    f.query, f.p50.toFixed(1), f.p95.toFixed(1), f.judged ? `≤ ${TARGET_P95}` : "—", String(f.runs), `${Math.round(f.bytes / 1000)} kB`,
  ])]));
  return figures.every((f) => !f.judged || f.p95 <= TARGET_P95);
}

await runBench(main, async () => {
  await server?.stop();
  await cluster?.stop();
});
