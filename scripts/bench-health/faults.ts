// The fault check: PostgreSQL stopped and started again while a client sends samples. While it is
// down the API must answer 503 with Retry-After (never a 500, never a dropped connection); a client
// that resends every batch not acknowledged with a 2xx loses nothing, and every acknowledged sample
// is stored exactly once (counted in the database afterwards).
import pg from "pg";
import type { IngestTarget } from "./ingest";

export type CheckFaultsOptions = {
  baseUrl: string;
  token: string;
  databaseUrl: string;
  targets: IngestTarget[];
  /** Stops PostgreSQL, and starts it again. */
  stopDatabase: () => Promise<void>;
  startDatabase: () => Promise<void>;
  /** How long it stays down. */
  outageMs?: number;
  batchSize?: number;
};

export type CheckFaultsResult = {
  batches: number; acknowledged: number; stored: number; attempts: number;
  answers: Record<string, number>; dropped: number; missingRetryAfter: number; ok: boolean;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function checkFaults(o: CheckFaultsOptions): Promise<CheckFaultsResult> {
  const { outageMs = 8_000, batchSize = 200 } = o;
  const source = `fault-${Date.now()}`;
  const clock = Date.now();
  const answers: Record<string, number> = {};
  let dropped = 0;
  let missingRetryAfter = 0;
  let attempts = 0;
  let acknowledged = 0;
  let batches = 0;
  let running = true;

  // One sender, as a monitoring bridge would be: a batch is resent until a 2xx acknowledges it.
  const sender = (async () => {
    for (let n = 0; running; n++) {
      const samples = Array.from({ length: batchSize }, (_, j) => ({
        target: o.targets[(n * batchSize + j) % o.targets.length], at: new Date(clock - n * batchSize - j).toISOString(), source, status: "UP",
      }));
      const body = JSON.stringify({ samples });
      for (;;) {
        attempts++;
        try {
          const res = await fetch(`${o.baseUrl}/api/v1/health/signals`, {
            method: "POST", headers: { authorization: `Bearer ${o.token}`, "content-type": "application/json" }, body,
          });
          await res.arrayBuffer();
          answers[res.status] = (answers[res.status] ?? 0) + 1;
          if (res.ok) {
            acknowledged += batchSize;
            batches++;
            break;
          }
          const retryAfter = Number(res.headers.get("retry-after"));
          if (!(retryAfter > 0)) missingRetryAfter++;
          // Retry-After says 5 s; waiting 0.5 s keeps the check short and still honours "retry".
          await sleep(Math.min(retryAfter * 1000 || 500, 500));
        } catch {
          dropped++;
          await sleep(200);
        }
      }
      await sleep(20);
    }
  })();

  await sleep(2_000);
  await o.stopDatabase();
  await sleep(outageMs);
  await o.startDatabase();
  await sleep(4_000);
  running = false;
  await sender;

  const client = new pg.Client({ connectionString: o.databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ n: number; distinct: number }>(
    `SELECT count(*)::int AS n, count(DISTINCT ("subjectId", "at"))::int AS "distinct" FROM "HealthSample" WHERE "source" = $1`, [source]);
  await client.end();
  const stored = rows[0].n;
  const ok = stored === acknowledged && rows[0].distinct === stored && dropped === 0 && !answers[500] && missingRetryAfter === 0 && (answers[503] ?? 0) > 0;
  return { batches, acknowledged, stored, attempts, answers, dropped, missingRetryAfter, ok };
}
