// Health reads at scale, on a prepared database (prepare-reads.ts) behind a running server:
//  - GET /health (the overview) at 10,000 systems, p50/p95 over a few filter combinations;
//  - a 7-day chart at 1-minute resolution (10,080 buckets) of one of 2,000 interfaces with ~20
//    million samples stored, p50/p95 cycling through the records;
//  - from a DOWN sample (POST /health/signals) to the at-risk set served with its cause
//    (GET /health/at-risk polled back to back), over several systems.
import { measure, timeGet, type Measured } from "../lib/bench-measure";

export type HealthReadsOptions = {
  base: string;
  /** A reader's token (catalog:read) and an INGEST token. */
  token: string;
  ingestToken: string;
  chartIds: string[];
  /** Systems to take DOWN one after another (each with something downstream). */
  downIds: string[];
};

export type HealthReadFigures = { overview: Measured[]; chart: Measured; downToAtRisk: { runs: number; p50: number; p95: number; max: number; atRisk: number } };

const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];

async function signal(o: HealthReadsOptions, id: string, status: "UP" | "DOWN") {
  const res = await fetch(`${o.base}/api/v1/health/signals`, {
    method: "POST",
    headers: { authorization: `Bearer ${o.ingestToken}`, "content-type": "application/json" },
    body: JSON.stringify({ samples: [{ target: { type: "SYSTEM", id }, at: new Date().toISOString(), source: "bench-probe", status }] }),
  });
  const body = await res.text();
  if (!res.ok) throw new Error(`POST /health/signals → ${res.status}: ${body.slice(0, 300)}`);
}

/** Polls until the at-risk answer names (or no longer names) `id` among its causes; the time from `started`. */
async function waitForCause(o: HealthReadsOptions, id: string, present: boolean, started: number): Promise<{ ms: number; atRisk: number }> {
  for (;;) {
    const { body } = await timeGet(o.base, "/api/v1/health/at-risk?limit=0", o.token);
    const answer = JSON.parse(body) as { causes: { id: string; atRisk: number }[] };
    const cause = answer.causes.find((c) => c.id === id);
    if (!!cause === present) return { ms: performance.now() - started, atRisk: cause?.atRisk ?? 0 };
    if (performance.now() - started > 30_000) throw new Error(`the at-risk set did not follow ${id} within 30 s`);
  }
}

export async function measureHealthReads(o: HealthReadsOptions): Promise<HealthReadFigures> {
  const overview = [
    await measure({ base: o.base, token: o.token, query: "/health, systems", path: () => "/api/v1/health" }),
    await measure({ base: o.base, token: o.token, query: "/health, interfaces", path: () => "/api/v1/health?subject=INTERFACE" }),
    await measure({ base: o.base, token: o.token, query: "/health, DOWN + at risk, by layer", path: () => "/api/v1/health?state=DOWN,AT_RISK&groupBy=layer&sort=-since" }),
    await measure({ base: o.base, token: o.token, query: "/health, tier 0–1, search", path: () => "/api/v1/health?tier=0,1&q=syn" }),
  ];
  const chart = await measure({
    base: o.base, token: o.token, query: "7-day chart, 1-minute buckets", runs: 100, warmup: 5,
    path: (i) => `/api/v1/health/interfaces/${o.chartIds[(i * 37) % o.chartIds.length]}/series?range=7d`,
  });
  const times: number[] = [];
  let atRisk = 0;
  for (const id of o.downIds) {
    const started = performance.now();
    await signal(o, id, "DOWN");
    const down = await waitForCause(o, id, true, started);
    times.push(down.ms);
    atRisk = Math.max(atRisk, down.atRisk);
    await signal(o, id, "UP");
    await waitForCause(o, id, false, performance.now());
  }
  times.sort((a, b) => a - b);
  return { overview, chart, downToAtRisk: { runs: times.length, p50: percentile(times, 0.5), p95: percentile(times, 0.95), max: times.at(-1) ?? 0, atRisk } };
}
