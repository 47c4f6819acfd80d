// npm run bench:api — loads ../shared/data/estate-5k.json (5,000 systems, 19,990 interfaces) the
// way an import would, then times three /api/v1 queries as an authenticated API client and
// compares them with the peer measured in ../shared/data/README.md. Self-contained: its own
// throwaway database (embedded cluster "bench", or junction_bench beside DATABASE_URL), dropped
// and recreated each run, and its own production server on port 3200, stopped at the end.
// BENCH_BASE_URL=http://host:port skips starting the server; that server must then be serving
// the junction_bench database this script loads. Then the manager dashboard and ownership
// endpoints on a synthetic 10,000-system / 50,000-interface estate (scripts/bench-api-ownership.ts).
// Exits 1 when a target is missed.
import { mkdirSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { applyMigrations } from "./lib/migrate";
import { createClient } from "../server/db-client";
import { buildIfStale, startServer, type RunningServer } from "./lib/server";
import { ROOT } from "./lib/schema-engine";
import { createBenchToken, freshBenchDatabase } from "./bench-api-setup";
import { mapBackstageEstate, type TBackstageEstate } from "../server/import/map-backstage-estate";
import { benchOwnership, copyEmptyDatabase, type OwnershipRow } from "./bench-api-ownership";
import { importEstate } from "../server/import/import-estate";
import { runBench } from "./lib/bench-measure";

const ESTATE_FILE = path.resolve(ROOT, "../shared/data/estate-5k.json");
const RESULTS_FILE = path.join(ROOT, "bench-results", "api.json");
const PORT = 3200;
const WARMUP = 50;
const RUNS = 200;
const LOAD_TARGET_MS = 10_000;
const LOAD_PEER = "53–78 s";
// `-- --skip-ownership` times only the estate-5k queries.
const skipOwnership = process.argv.includes("--skip-ownership");

// Every component's type is "service" → BUSINESS_APP: the kind filter keeps all 5,000 rows, as
// Backstage's kind=Component filter does. Detail requests cycle through 50 keys spread over the
// estate rather than hammering one cached row. "payment" matches 417 of the 5,000 names.
const sampleKeys = Array.from({ length: 50 }, (_, i) => `svc-${String(i * 100 + 36).padStart(5, "0")}`);
const QUERIES = [
  { name: "list by kind, 50/page", target: 12, peer: { p50: "17–29", p95: "25–37" },
    path: () => "/api/v1/systems?kind=BUSINESS_APP&pageSize=50" },
  { name: "get one by key", target: 4, peer: { p50: "3.0–3.2", p95: "7.0–8.4" },
    path: (i: number) => `/api/v1/systems/${detailKeys[i % detailKeys.length]}` },
  { name: "search name+description, 50/page", target: 12, peer: { p50: "15–17", p95: "22–26" },
    path: () => "/api/v1/systems?q=payment&pageSize=50" },
];
let detailKeys: string[] = [];

const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
const ms = (n: number) => n.toFixed(1);

let server: RunningServer | undefined;
let stopDatabase: () => Promise<void> = async () => undefined;
let cleaning: Promise<void> | undefined;
async function cleanup() {
  cleaning ??= (async () => {
    await server?.stop();
    await stopDatabase();
  })();
  return cleaning;
}
process.on("SIGINT", () => void cleanup().then(() => process.exit(130)));
process.on("SIGTERM", () => void cleanup().then(() => process.exit(143)));

async function waitForHealth(base: string) {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const ok = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`${base}/api/health did not answer within 120 s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function timeRequest(base: string, url: string, token: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(`${base}${url}`, { headers: { authorization: `Bearer ${token}` } });
  const body = await res.text();
  const elapsed = performance.now() - started;
  if (!res.ok) throw new Error(`GET ${url} → ${res.status}: ${body.slice(0, 300)}`);
  return elapsed;
}

async function main() {
  const db = await freshBenchDatabase();
  stopDatabase = db.stop;
  await applyMigrations(db.url);
  // The dashboard and ownership part runs on a 10,000-system estate of its own, in a copy of
  // this migrated database (the wasm schema engine cannot be loaded twice in one process).
  const ownershipUrl = skipOwnership ? null : await copyEmptyDatabase(db.url, "junction_bench_ownership");
  const prisma = createClient({ url: db.url });

  const loadStarted = performance.now();
  const source = JSON.parse(await readFile(ESTATE_FILE, "utf8")) as TBackstageEstate;
  const estate = mapBackstageEstate(source);
  const mappedMs = performance.now() - loadStarted;
  const imported = await importEstate(prisma, { actorLabel: "bench", estate });
  const loadMs = performance.now() - loadStarted;
  console.log(`[bench] loaded ${imported.systems} systems, ${imported.interfaces} interfaces, ${imported.teams} teams ` +
    `(+${imported.auditEntries} audit entries) in ${(loadMs / 1000).toFixed(2)} s ` +
    `(read and map ${(mappedMs / 1000).toFixed(2)} s, import ${((loadMs - mappedMs) / 1000).toFixed(2)} s)`);
  const token = await createBenchToken(prisma);
  await prisma.$disconnect();
  detailKeys = sampleKeys.map((prefix) => estate.systems.find((s) => s.key.startsWith(prefix))!.key);

  const external = process.env.BENCH_BASE_URL;
  const base = external ?? `http://127.0.0.1:${PORT}`;
  if (!external) {
    await buildIfStale();
    server = await startServer({ port: PORT, databaseUrl: db.url, quiet: true });
  }
  await waitForHealth(base);
  console.log(`[bench] server ${base} (${external ? "external, as given by BENCH_BASE_URL" : "production build, scripts/serve.ts"})`);

  const results = [];
  for (const q of QUERIES) {
    for (let i = 0; i < WARMUP; i++) await timeRequest(base, q.path(i), token);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push(await timeRequest(base, q.path(i), token));
    times.sort((a, b) => a - b);
    const p50 = percentile(times, 0.5);
    const p95 = percentile(times, 0.95);
    results.push({ query: q.name, example: q.path(0), p50, p95, targetP95: q.target, peer: q.peer, pass: p95 <= q.target });
  }

  await server?.stop();
  server = undefined;
  const ownership = ownershipUrl ? await benchOwnership(ownershipUrl) : null;

  const rows = [
    ["query", "p50 ms", "p95 ms", "target p95", "peer p50", "peer p95", "result"],
    ...results.map((r) => [r.query, ms(r.p50), ms(r.p95), `≤ ${r.targetP95}`, r.peer.p50, r.peer.p95, r.pass ? "pass" : "FAIL"]),
    ["load estate-5k", `${(loadMs / 1000).toFixed(2)} s`, "", `≤ ${LOAD_TARGET_MS / 1000} s`, LOAD_PEER, "", loadMs <= LOAD_TARGET_MS ? "pass" : "FAIL"],
    ...(ownership?.rows ?? []).map((r: OwnershipRow) => [`10k: ${r.query} (${r.note})`, ms(r.p50), ms(r.p95), `≤ ${r.target}`, "", "", r.pass ? "pass" : "FAIL"]),
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  console.log(`\n${rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c])).join("  ")).join("\n")}\n`);
  console.log(`(${RUNS} sequential requests per query after ${WARMUP} warm-up requests; client on this machine)`);

  mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify({
    at: new Date().toISOString(),
    server: external ? { base, mode: "external" } : { base, mode: "serve" },
    machine: { cpus: os.cpus().length, node: process.version },
    requests: { warmup: WARMUP, measured: RUNS },
    load: { ms: Math.round(loadMs), readAndMapMs: Math.round(mappedMs), targetMs: LOAD_TARGET_MS, peer: LOAD_PEER, pass: loadMs <= LOAD_TARGET_MS, imported },
    queries: results,
    ownership: ownership && { estate: ownership.info, queries: ownership.rows },
  }, null, 2)}\n`);
  console.log(`[bench] figures written to ${path.relative(ROOT, RESULTS_FILE)}`);
  return results.every((r) => r.pass) && loadMs <= LOAD_TARGET_MS && (ownership?.rows ?? []).every((r) => r.pass);
}

await runBench(main, cleanup);
