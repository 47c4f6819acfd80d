// Timing HTTP GETs for benchmarks: sequential requests as an API-token client, p50/p95 and payload size.

export type Measured = { query: string; example: string; runs: number; p50: number; p95: number; bytes: number };

export type MeasureOptions = {
  base: string;
  token: string;
  query: string;
  /** The i-th request's path (lets a query cycle through sample ids). */
  path: (i: number) => string;
  warmup?: number;
  runs?: number;
  /** Stop measuring after this long (at least minRuns requests): some payloads are megabytes. */
  budgetMs?: number;
  minRuns?: number;
  /** Run (untimed) before each request, e.g. a write that invalidates caches. */
  before?: () => Promise<void>;
};

const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];

/** One GET: elapsed ms until the whole body is read, and the body. Throws on a non-2xx answer. */
export async function timeGet(base: string, path: string, token: string): Promise<{ ms: number; body: string }> {
  const started = performance.now();
  const res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const body = await res.text();
  const ms = performance.now() - started;
  if (!res.ok) throw new Error(`GET ${path} → ${res.status}: ${body.slice(0, 300)}`);
  return { ms, body };
}

export async function measure(o: MeasureOptions): Promise<Measured> {
  const { warmup = 20, runs = 200, budgetMs = 15_000, minRuns = 20 } = o;
  for (let i = 0; i < warmup; i++) await timeGet(o.base, o.path(i), o.token);
  const times: number[] = [];
  const sizes: number[] = [];
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    await o.before?.();
    const { ms, body } = await timeGet(o.base, o.path(i), o.token);
    times.push(ms);
    sizes.push(Buffer.byteLength(body));
    if (times.length >= minRuns && performance.now() - started > budgetMs) break;
  }
  times.sort((a, b) => a - b);
  sizes.sort((a, b) => a - b);
  return { query: o.query, example: o.path(0), runs: times.length, p50: percentile(times, 0.5), p95: percentile(times, 0.95), bytes: percentile(sizes, 0.5) };
}

/** Columns padded to their widest cell. */
export function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  return rows.map((r) => r.map((cell, c) => (cell ?? "").padEnd(widths[c])).join("  ")).join("\n");
}

export const formatBytes = (n: number) =>
  n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} kB` : `${n} B`;

/** A benchmark's last lines: run it, report a failure, always clean up, exit 1 when a target is missed. */
export async function runBench(main: () => Promise<boolean>, cleanup: () => Promise<void>): Promise<never> {
  let exitCode = 1;
  try {
    exitCode = (await main()) ? 0 : 1;
  } catch (error) {
    console.error("[bench] failed:", error instanceof Error ? error.stack : error);
  } finally {
    await cleanup();
  }
  process.exit(exitCode);
}
