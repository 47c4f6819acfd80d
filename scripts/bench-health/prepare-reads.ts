// The estate the health read benchmark measures on: 10,000 systems (the synthetic estate, ~5
// interfaces each), a status for every system (mostly UP, a few DEGRADED / DOWN / NO_DATA, as a
// monitored estate looks), and one sample a minute for 7 days for 2,000 interfaces (~20 million
// rows), written by one INSERT … SELECT generate_series per day partition, not over HTTP.
import pg from "pg";
import type { Db } from "../../server/db-client";
import { generateSyntheticEstate } from "../../server/import/generate-synthetic-estate";
import { importEstate } from "../../server/import/import-estate";

export type PrepareHealthReadsOptions = { prisma: Db; databaseUrl: string; systems?: number; chartRecords?: number; days?: number };
export type PreparedHealthReads = { systems: number; interfaces: number; samples: number; chartIds: string[]; loadSeconds: number };

const DAY_MS = 86_400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export async function prepareHealthReads(o: PrepareHealthReadsOptions): Promise<PreparedHealthReads> {
  const { prisma, databaseUrl, systems = 10_000, chartRecords = 2_000, days = 7 } = o;
  const imported = await importEstate(prisma, { actorLabel: "bench", estate: generateSyntheticEstate({ systems, interfacesPerSystem: 5 }) });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const chartIds = (await client.query<{ id: string }>(`SELECT "id" FROM "Interface" ORDER BY "key" LIMIT $1`, [chartRecords])).rows.map((r) => r.id);
    const now = Date.now();
    const from = Math.floor((now - days * DAY_MS) / 60_000) * 60_000;
    const started = performance.now();
    let samples = 0;
    for (let d = Date.parse(day(from)); d <= now; d += DAY_MS) {
      const name = `HealthSample_p${day(d).replaceAll("-", "")}`;
      await client.query(`CREATE TABLE IF NOT EXISTS "${name}" PARTITION OF "HealthSample" FOR VALUES FROM ('${day(d)}') TO ('${day(d + DAY_MS)}')`);
      const lo = new Date(Math.max(d, from)).toISOString();
      const hi = new Date(Math.min(d + DAY_MS, now)).toISOString();
      // Ordered by the primary key, so the index grows at its end instead of splitting pages.
      const res = await client.query(`INSERT INTO "${name}" ("subjectId", "at", "source", "subjectType", "status", "latencyP95Ms", "latencyP99Ms", "errorRate", "throughput")
        SELECT i.id, t, 'prometheus', 'INTERFACE', CASE WHEN random() < 0.002 THEN 'DOWN'::"SignalStatus" ELSE 'UP' END,
               80 + 40 * random(), 150 + 80 * random(), 0.01 * random(), 100 + 50 * random()
          FROM unnest($1::text[]) AS i(id) CROSS JOIN generate_series($2::timestamp, $3::timestamp - interval '1 minute', interval '1 minute') AS t
         ORDER BY i.id, t`, [chartIds, lo, hi]);
      samples += res.rowCount ?? 0;
      console.log(`[bench] ${name}: ${res.rowCount} samples (${Math.round((performance.now() - started) / 1000)} s)`);
    }
    await client.query(`ANALYZE "HealthSample"`);
    return { systems: imported.systems, interfaces: imported.interfaces, samples, chartIds, loadSeconds: (performance.now() - started) / 1000 };
  } finally {
    await client.end();
  }
}

/**
 * Every system reporting now, one source each, with the state the rules give it: 97% UP, 2%
 * DEGRADED, 0.5% DOWN, 0.5% went quiet an hour ago (NO_DATA). Written as ingestion and settling
 * would leave them (latest per source, status with staleAt), just before measuring.
 */
export async function seedHealthStates(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`DELETE FROM "HealthStatus"; DELETE FROM "HealthCurrent"`);
    await client.query(`CREATE TEMP TABLE s AS SELECT "id", CASE WHEN r < 0.97 THEN 'UP' WHEN r < 0.99 THEN 'DEGRADED' WHEN r < 0.995 THEN 'DOWN' ELSE 'NO_DATA' END AS state
      FROM (SELECT "id", random() AS r FROM "System") x`);
    await client.query(`INSERT INTO "HealthCurrent" ("subjectId", "source", "subjectType", "at", "status", "intervalMs")
      SELECT "id", 'prometheus', 'SYSTEM', CASE state WHEN 'NO_DATA' THEN now() - interval '1 hour' ELSE now() END,
             CASE state WHEN 'NO_DATA' THEN 'UP' ELSE state END::"SignalStatus", 60000 FROM s`);
    await client.query(`INSERT INTO "HealthStatus" ("subjectId", "subjectType", "state", "since", "lastSampleAt", "staleAt", "rev", "updatedAt")
      SELECT "id", 'SYSTEM', state::"HealthState", now() - interval '2 hours', CASE state WHEN 'NO_DATA' THEN now() - interval '1 hour' ELSE now() END,
             CASE state WHEN 'NO_DATA' THEN NULL ELSE now() + interval '15 minutes' END, nextval('"HealthStatus_rev_seq"'), now() FROM s`);
  } finally {
    await client.end();
  }
}
