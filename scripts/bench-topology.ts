// npm run bench:topology — the map and impact analysis at scale. For synthetic estates of 1,000,
// 10,000 and 50,000 systems (≈5 interfaces each), and for ../shared/data/estate-5k.json, it loads
// the estate through the domain importer into a fresh database of its own embedded cluster
// ("bench-topology", port 54369), starts the production server on port 3300 and times, as an
// API-token client: the topology API (overview, grouped, depth-3 focus) with payload sizes, and
// impact analysis (full transitive downstream) from the largest hub and from random systems.
// Prints a table, writes bench-results/topology.json; exits 1 when the impact target is missed.
//   npm run bench:topology [-- --sizes 1000,10000] [--skip-5k] [--no-browser | --browser-only]
import { mkdirSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "./lib/migrate";
import { createClient } from "../server/db-client";
import { startEmbeddedPostgres, type EmbeddedCluster } from "./lib/embedded-postgres";
import { buildIfStale, startServer, type RunningServer } from "./lib/server";
import { ROOT } from "./lib/schema-engine";
import { formatBytes, measure, runBench, table, timeGet, type Measured } from "./lib/bench-measure";
import { createBenchToken } from "./bench-api-setup";
import { generateSyntheticEstate } from "../server/import/generate-synthetic-estate";
import { mapBackstageEstate, type TBackstageEstate } from "../server/import/map-backstage-estate";
import { importEstate } from "../server/import/import-estate";
import type { TEstate } from "../server/import/estate-types";
import { createRng } from "../lib/prng";
import { benchMapInBrowser, type MapBrowserFigures } from "./lib/bench-map-browser";

const CLUSTER = { name: "bench-topology", port: 54369, database: "junction_bench_topology", durable: false } as const;
const PORT = 3300;
// `-- --sizes 1000` for a quick run; the issue's figures are for all three.
const sizesArg = process.argv.indexOf("--sizes");
const SIZES = sizesArg > 0 ? process.argv[sizesArg + 1].split(",").map(Number) : [1_000, 10_000, 50_000];
const IMPACT_TARGET_P95_MS = 20;
// In Chromium, at 1,000 systems: the issue's targets for opening the map and panning it.
const INTERACTIVE_TARGET_MS = 2000;
const PAN_TARGET_FPS = 50;
const BROWSER_SIZE = 1_000;
const ESTATE_FILE = path.resolve(ROOT, "../shared/data/estate-5k.json");
const PAYMENT_ROOT = "svc-00036-payment";
const RESULTS_FILE = path.join(ROOT, "bench-results", "topology.json");

let cluster: EmbeddedCluster | undefined;
let server: RunningServer | undefined;
let cleaning: Promise<void> | undefined;
const cleanup = () =>
  (cleaning ??= (async () => {
    await server?.stop();
    if (cluster) await admin([`DROP DATABASE IF EXISTS "${TEMPLATE}" WITH (FORCE)`]).catch(() => undefined);
    await cluster?.stop();
  })());
process.on("SIGINT", () => void cleanup().then(() => process.exit(130)));
process.on("SIGTERM", () => void cleanup().then(() => process.exit(143)));

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

const TEMPLATE = `${CLUSTER.database}_template`;
const withDatabase = (url: string, database: string) => Object.assign(new URL(url), { pathname: `/${database}` }).toString();

async function admin(statements: string[]) {
  const client = new pg.Client({ connectionString: withDatabase(cluster!.url, "postgres") });
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Migrations are applied once, to a template each estate's database is copied from: the wasm
 * schema engine (scripts/lib/schema-engine.ts) cannot be loaded twice in one process.
 */
async function prepareTemplate() {
  await admin([`DROP DATABASE IF EXISTS "${TEMPLATE}" WITH (FORCE)`, `CREATE DATABASE "${TEMPLATE}"`]);
  await applyMigrations(withDatabase(cluster!.url, TEMPLATE));
}

const recreateDatabase = () =>
  admin([`DROP DATABASE IF EXISTS "${CLUSTER.database}" WITH (FORCE)`, `CREATE DATABASE "${CLUSTER.database}" TEMPLATE "${TEMPLATE}"`]);

type Loaded = { base: string; token: string; idOf: Map<string, string>; firstRequestMs: number; loadSeconds: number };

/** A fresh database holding only `estate`, and the production server on it. */
async function serveEstate(label: string, estate: TEstate): Promise<Loaded> {
  await server?.stop();
  server = undefined;
  const url = cluster!.url;
  await recreateDatabase();
  const started = performance.now();
  const prisma = createClient({ url });
  const imported = await importEstate(prisma, { actorLabel: "bench:topology", estate });
  const token = await createBenchToken(prisma);
  const ids = await prisma.system.findMany({ select: { id: true, key: true } });
  await prisma.$disconnect();
  const loadSeconds = (performance.now() - started) / 1000;
  console.log(`[bench] ${label}: imported ${imported.systems} systems, ${imported.interfaces} interfaces, ${imported.teams} teams in ${seconds(started)}`);
  server = await startServer({ port: PORT, databaseUrl: url, quiet: true });
  // The first API request reads the whole graph into memory: what any instance pays once, and
  // again after each change to systems or interfaces.
  const first = await timeGet(server.url, "/api/v1/topology?groupBy=layer", token);
  return { base: server.url, token, idOf: new Map(ids.map((s) => [s.key, s.id])), firstRequestMs: first.ms, loadSeconds };
}

/** The system with the most interfaces it provides. */
function largestHub(estate: TEstate): string {
  const provided = new Map<string, number>();
  for (const i of estate.interfaces) provided.set(i.provider, (provided.get(i.provider) ?? 0) + 1);
  return [...provided].sort((a, b) => b[1] - a[1])[0][0];
}

type Row = Measured & { estate: string; note?: string; target?: number; pass?: boolean };

async function reached(l: Loaded, id: string) {
  const { body } = await timeGet(l.base, `/api/v1/systems/${id}/impact?limit=0`, l.token);
  return JSON.parse(body).totals.systems as number;
}

async function benchSynthetic(size: number): Promise<{ rows: Row[]; info: Record<string, unknown> }> {
  const estate = generateSyntheticEstate({ systems: size, interfacesPerSystem: 5 });
  const label = `${size.toLocaleString("en")} systems`;
  const l = await serveEstate(label, estate);
  const hub = l.idOf.get(largestHub(estate))!;
  const rng = createRng(size);
  const sample = Array.from({ length: 100 }, () => l.idOf.get(rng.pick(estate.systems).key)!);
  const pick = (i: number) => sample[i % sample.length];
  const q = (query: string, p: (i: number) => string) => measure({ base: l.base, token: l.token, query, path: p });
  const target = size >= 10_000 ? IMPACT_TARGET_P95_MS : undefined;
  const impact = async (query: string, p: (i: number) => string, note?: string): Promise<Row> => {
    const m = await q(query, p);
    return { ...m, estate: label, note, target, pass: target === undefined ? undefined : m.p95 <= target };
  };
  // --browser-only: just the map in Chromium (the API rows take minutes on a busy machine).
  const rows: Row[] = process.argv.includes("--browser-only") ? [] : [
    { ...(await q("topology: overview (default)", () => "/api/v1/topology")), estate: label },
    { ...(await q("topology: grouped by team", () => "/api/v1/topology?groupBy=team")), estate: label },
    { ...(await q("topology: grouped by layer", () => "/api/v1/topology?groupBy=layer")), estate: label },
    { ...(await q("topology: focus depth 3, hub", () => `/api/v1/topology?focus=${hub}&depth=3`)), estate: label },
    { ...(await q("topology: focus depth 3, random", (i) => `/api/v1/topology?focus=${pick(i)}&depth=3`)), estate: label },
    await impact("impact: downstream, largest hub", () => `/api/v1/systems/${hub}/impact`, `reaches ${await reached(l, hub)}`),
    await impact("impact: downstream, hub, counts only (limit=0)", () => `/api/v1/systems/${hub}/impact?limit=0`),
    await impact("impact: downstream, random systems", (i) => `/api/v1/systems/${pick(i)}/impact`),
    await impact("impact: upstream, random systems", (i) => `/api/v1/systems/${pick(i)}/impact?direction=upstream`),
  ];
  if (size === BROWSER_SIZE && !process.argv.includes("--no-browser")) rows.push(...browserRows(label, await benchMapInBrowser({ base: l.base, databaseUrl: cluster!.url, systems: size })));
  return { rows, info: { systems: size, interfaces: estate.interfaces.length, importSeconds: l.loadSeconds, firstRequestMs: l.firstRequestMs } };
}

const parts = (b: MapBrowserFigures["breakdownFirst"]) => `data at ${b.response} ms, placed at ${b.placed} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Browser figures as table rows: "p50" is the median of the runs and "p95" their worst. */
function browserRows(label: string, f: MapBrowserFigures): Row[] {
  const row = (query: string, xs: number[], note: string): Row => {
    const p95 = Math.max(...xs);
    return { query, example: "/topology", estate: label, p50: median(xs), p95, bytes: 0, runs: xs.length, note, target: INTERACTIVE_TARGET_MS, pass: p95 <= INTERACTIVE_TARGET_MS };
  };
  return [
    row("map in Chromium: navigation → interactive, layout in worker (first opening after a change)", f.interactiveFirstMs, `${f.nodes} nodes; ${parts(f.breakdownFirst)}`),
    row("map in Chromium: navigation → interactive, layout stored on the server (later openings)", f.interactiveCachedMs, `no saved positions; ${parts(f.breakdownCached)}`),
    row("map in Chromium: navigation → interactive, saved positions", f.interactiveSavedMs, `no layout; ${parts(f.breakdownSaved)}`),
    {
      query: "map in Chromium: panning with all nodes in view (fps)", example: "/topology", estate: label, p50: f.panFps, p95: f.panFps, bytes: 0, runs: 1,
      note: `${f.panLongFrames} frames > 50 ms; target ≥ ${PAN_TARGET_FPS} fps`, pass: f.panFps >= PAN_TARGET_FPS,
    },
    {
      // No target in the issue: reported so a regression in editing big maps shows.
      query: "map in Chromium: dragging a node, all nodes in view (fps)", example: "/topology", estate: label, p50: f.dragFps, p95: f.dragFps, bytes: 0, runs: 1,
      note: `${f.dragLongFrames} frames > 50 ms; no target`, pass: true,
    },
  ];
}

async function benchEstate5k(): Promise<{ rows: Row[]; info: Record<string, unknown> }> {
  const estate = mapBackstageEstate(JSON.parse(await readFile(ESTATE_FILE, "utf8")) as TBackstageEstate);
  const label = "estate-5k";
  const l = await serveEstate(label, estate);
  const root = l.idOf.get(PAYMENT_ROOT)!;
  const count = await reached(l, root);
  const peer = "Backstage 520–780 ms";
  const q = (query: string, p: string) => measure({ base: l.base, token: l.token, query, path: () => p });
  const rows: Row[] = [
    { ...(await q(`impact: downstream of ${PAYMENT_ROOT}, first 100 listed`, `/api/v1/systems/${root}/impact`)), estate: label, note: `reaches ${count}; ${peer}` },
    { ...(await q(`impact: downstream of ${PAYMENT_ROOT}, all listed`, `/api/v1/systems/${root}/impact?limit=5000`)), estate: label, note: `with owners and paths; ${peer}` },
  ];
  return { rows, info: { systems: estate.systems.length, interfaces: estate.interfaces.length, reached: count, importSeconds: l.loadSeconds, firstRequestMs: l.firstRequestMs } };
}

async function main(): Promise<boolean> {
  await buildIfStale();
  cluster = await startEmbeddedPostgres(CLUSTER);
  await prepareTemplate();
  const rows: Row[] = [];
  const estates: Record<string, unknown> = {};
  for (const size of SIZES) {
    const result = await benchSynthetic(size);
    rows.push(...result.rows);
    estates[`${size}`] = result.info;
  }
  if (!process.argv.includes("--skip-5k")) {
    const five = await benchEstate5k();
    rows.push(...five.rows);
    estates["estate-5k"] = five.info;
  }

  const ms = (n: number) => n.toFixed(1);
  console.log(`\n${table([
    ["estate", "query", "p50 ms", "p95 ms", "bytes", "runs", "target p95", "", "note"],
    ...rows.map((r) => [r.estate, r.query, ms(r.p50), ms(r.p95), formatBytes(r.bytes), String(r.runs),
      r.target ? `≤ ${r.target}` : "", r.pass === undefined ? "" : r.pass ? "met" : "MISSED", r.note ?? ""]),
  ])}\n`);
  for (const [name, info] of Object.entries(estates)) console.log(`[bench] ${name}: ${JSON.stringify(info)}`);

  mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify({
    at: new Date().toISOString(),
    server: { base: `http://localhost:${PORT}`, mode: "serve" },
    machine: { cpus: os.cpus().length, node: process.version },
    estates,
    rows,
  }, null, 2)}\n`);
  console.log(`[bench] figures written to ${path.relative(ROOT, RESULTS_FILE)}`);
  return rows.every((r) => r.pass !== false);
}

await runBench(main, cleanup);
