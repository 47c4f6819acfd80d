// Ingestion throughput over HTTP: POST /api/v1/health/signals in batches of 1,000 from several
// concurrent senders (each a keep-alive connection, one batch in flight at a time), against a
// prepared estate. Bodies are built before the clock starts, so the figures are the server's and
// PostgreSQL's, not the sender's JSON work (all run on the same 2 cores all the same).
export type IngestTarget = { type: "SYSTEM" | "INTERFACE"; id: string };

export type BenchIngestOptions = {
  baseUrl: string;
  /** An INGEST token. */
  token: string;
  targets: IngestTarget[];
  senders?: number;
  /** Measured batches in all (after `warmup` unmeasured ones). */
  batches?: number;
  warmup?: number;
  batchSize?: number;
};

export type BenchIngestResult = {
  senders: number; batches: number; samples: number; seconds: number;
  samplesPerSecond: number; p50Ms: number; p95Ms: number; maxMs: number;
};

const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
const STATUSES = ["UP", "UP", "UP", "UP", "UP", "UP", "UP", "UP", "DEGRADED", "DOWN"];

/** Batch `n`: every sample a distinct (target, time, source), dated just before `clock`. */
function batchBody(n: number, size: number, targets: IngestTarget[], clock: number): string {
  const samples = Array.from({ length: size }, (_, j) => {
    const k = n * size + j;
    return {
      target: targets[k % targets.length],
      at: new Date(clock - Math.floor(k / targets.length) * 1000 - (k % 1000)).toISOString(),
      source: "bench",
      status: STATUSES[k % STATUSES.length],
      latencyP95Ms: 20 + (k % 180),
      latencyP99Ms: 60 + (k % 400),
      errorRate: (k % 50) / 1000,
      throughput: 100 + (k % 900),
    };
  });
  return JSON.stringify({ samples });
}

export async function benchIngest(o: BenchIngestOptions): Promise<BenchIngestResult> {
  const { senders = 4, batches = 200, warmup = 20, batchSize = 1_000 } = o;
  const clock = Date.now();
  const bodies = Array.from({ length: warmup + batches }, (_, n) => batchBody(n, batchSize, o.targets, clock));
  const send = async (body: string) => {
    const started = performance.now();
    const res = await fetch(`${o.baseUrl}/api/v1/health/signals`, {
      method: "POST", headers: { authorization: `Bearer ${o.token}`, "content-type": "application/json" }, body,
    });
    const answer = (await res.json()) as { accepted?: number; rejected?: unknown[] };
    const ms = performance.now() - started;
    if (res.status !== 200 || answer.accepted !== batchSize) throw new Error(`batch refused: ${res.status} ${JSON.stringify(answer).slice(0, 300)}`);
    return ms;
  };
  for (let i = 0; i < warmup; i++) await send(bodies[i]);

  let next = warmup;
  const times: number[] = [];
  const started = performance.now();
  await Promise.all(Array.from({ length: senders }, async () => {
    while (next < bodies.length) times.push(await send(bodies[next++]));
  }));
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return {
    senders, batches, samples: batches * batchSize, seconds,
    samplesPerSecond: Math.round((batches * batchSize) / seconds),
    p50Ms: percentile(times, 0.5), p95Ms: percentile(times, 0.95), maxMs: times[times.length - 1],
  };
}
