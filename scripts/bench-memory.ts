// npm run bench:memory — how much memory the app holds, started exactly as `npm start` starts it,
// while ../shared/data/estate-5k.json is loaded through the API one record per request (50 teams,
// 5,000 systems, 19,990 interfaces: 25,040 sequential POSTs). Prints the Node processes `npm start`
// left running besides PostgreSQL, the app's peak resident set during start and load (VmHWM), and
// its steady resident set once the load is over and memory has settled (VmRSS), against Backstage's
// catalog on the same estate and machine (../shared/data/README.md). Self-contained: a throwaway
// database in its own embedded cluster (port JUNCTION_DB_PORT + 30, i.e. 54359 by default),
// `npm start` on PORT (default 3000) pointed at it with DATABASE_URL, stopped with SIGINT at the end
// as Ctrl-C would. Writes bench-results/memory.json; exits 1 when a target is missed.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "./lib/migrate";
import { createClient } from "../server/db-client";
import { startEmbeddedPostgres, type EmbeddedCluster } from "./lib/embedded-postgres";
import { buildIfStale } from "./lib/server";
import { ROOT } from "./lib/schema-engine";
import { isNode, isRunning, listenerOf, mb, memoryOf, processTree, type ProcInfo } from "./lib/proc-memory";
import { loadEstateThroughApi } from "./lib/load-estate-api";
import { runBench, table } from "./lib/bench-measure";
import { createBenchToken } from "./bench-api-setup";
import { mapBackstageEstate, type TBackstageEstate } from "../server/import/map-backstage-estate";

// ESTATE_FILE points elsewhere when the checkout does not sit beside ../shared (e.g. a worktree).
const ESTATE_FILE = process.env.ESTATE_FILE ?? path.resolve(ROOT, "../shared/data/estate-5k.json");
const RESULTS_FILE = path.join(ROOT, "bench-results", "memory.json");
const PORT = Number(process.env.PORT) || 3000;
const DB_PORT = (Number(process.env.JUNCTION_DB_PORT) || 54329) + 30; // +10 is the test cluster
const DATABASE = "junction_memory";
const TARGET = { steady: 300 * 2 ** 20, peak: 450 * 2 ** 20, nodeProcesses: 1 };
const PEER = { steady: "245 MB", peak: "425 MB" };
// Settled: the resident set moved less than 2 MB over the last 10 s (at most 90 s of waiting).
const SETTLE = { windowMs: 10_000, epsilon: 2 * 2 ** 20, maxMs: 90_000 };

let app: ChildProcess | undefined;
let cluster: EmbeddedCluster | undefined;
async function cleanup() {
  if (app && app.exitCode === null && app.signalCode === null) {
    const exited = new Promise((r) => app!.once("exit", r));
    process.kill(-app.pid!, "SIGINT"); // the whole group, as Ctrl-C in a terminal would
    await exited;
  }
  await cluster?.stop();
}
process.on("SIGINT", () => void cleanup().then(() => process.exit(130)));
process.on("SIGTERM", () => void cleanup().then(() => process.exit(143)));

async function freshDatabase(): Promise<string> {
  cluster = await startEmbeddedPostgres({ name: "memory", port: DB_PORT, database: "postgres", durable: false });
  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${DATABASE}"`);
  await client.end();
  return cluster.url.replace(/\/postgres$/, `/${DATABASE}`);
}

/** `npm start` on the bench database; resolves once /api/health answers, with the app's pid. */
async function npmStart(databaseUrl: string): Promise<{ npm: ChildProcess; appPid: number; tree: ProcInfo[] }> {
  const npm = spawn("npm", ["start"], {
    cwd: ROOT,
    detached: true, // its own process group, so SIGINT reaches it as a terminal's Ctrl-C does
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(PORT) },
  });
  let log = "";
  const keep = (c: Buffer) => (log = (log + c.toString()).slice(-4000));
  npm.stdout!.on("data", keep);
  npm.stderr!.on("data", keep);
  app = npm;
  const deadline = Date.now() + 900_000; // npm start builds first when .next is stale
  for (;;) {
    if (npm.exitCode !== null) throw new Error(`npm start exited with ${npm.exitCode}:\n${log}`);
    if (await fetch(`http://127.0.0.1:${PORT}/api/health`).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline) throw new Error(`npm start did not answer on port ${PORT}:\n${log}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  const tree = processTree(npm.pid!);
  const appPid = listenerOf(tree.map((p) => p.pid), PORT);
  if (!appPid) throw new Error(`no process under npm start listens on port ${PORT}`);
  return { npm, appPid, tree };
}

async function settle(pid: number): Promise<number> {
  const samples: { at: number; rss: number }[] = [];
  const started = Date.now();
  for (;;) {
    samples.push({ at: Date.now(), rss: memoryOf(pid).rss });
    const window = samples.filter((s) => s.at >= Date.now() - SETTLE.windowMs);
    const spread = Math.max(...window.map((s) => s.rss)) - Math.min(...window.map((s) => s.rss));
    if (Date.now() - started >= SETTLE.windowMs && spread < SETTLE.epsilon) return samples.at(-1)!.rss;
    if (Date.now() - started > SETTLE.maxMs) return samples.at(-1)!.rss;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

async function main(): Promise<boolean> {
  const url = await freshDatabase();
  await applyMigrations(url);
  const prisma = createClient({ url });
  const token = await createBenchToken(prisma);
  await prisma.$disconnect();
  const estate = mapBackstageEstate(JSON.parse(readFileSync(ESTATE_FILE, "utf8")) as TBackstageEstate);
  await buildIfStale();

  const { npm, appPid, tree } = await npmStart(url);
  // npm's own CLI process is the one `npm start` cannot do without; count what it runs.
  const nodeProcesses = tree.filter((p) => p.pid !== npm.pid && isNode(p));
  const afterStart = memoryOf(appPid);
  console.log(`[bench] npm start (pid ${npm.pid}) runs: ${tree.filter((p) => p.pid !== npm.pid)
    .map((p) => `${p.comm}[${p.pid}] ${mb(memoryOf(p.pid).rss)}`).join(", ")}`);
  console.log(`[bench] app process ${appPid}: ${mb(afterStart.rss)} resident after start (peak so far ${mb(afterStart.hwm)})`);

  const base = `http://127.0.0.1:${PORT}`;
  const loadStarted = performance.now();
  const trail: { done: number; rss: number; hwm: number }[] = [];
  const requests = await loadEstateThroughApi(base, token, estate, (done, total) => {
    if (done % 2500 !== 0 && done !== total) return;
    const m = memoryOf(appPid);
    trail.push({ done, ...m });
    console.log(`[bench] ${String(done).padStart(6)} / ${total} created: RSS ${mb(m.rss)}, peak ${mb(m.hwm)}`);
  });
  const loadMs = performance.now() - loadStarted;
  const steady = await settle(appPid);
  const peak = memoryOf(appPid).hwm;

  const pass = { steady: steady <= TARGET.steady, peak: peak <= TARGET.peak, processes: nodeProcesses.length <= TARGET.nodeProcesses };
  const rows = [
    ["", "Junction", "target", "peer (Backstage)", "result"],
    ["Node processes besides PostgreSQL", String(nodeProcesses.length), `${TARGET.nodeProcesses}`, "", pass.processes ? "pass" : "FAIL"],
    ["app steady RSS after the load", mb(steady), `≤ ${mb(TARGET.steady)}`, PEER.steady, pass.steady ? "pass" : "FAIL"],
    ["app peak RSS (VmHWM)", mb(peak), `≤ ${mb(TARGET.peak)}`, PEER.peak, pass.peak ? "pass" : "FAIL"],
  ];
  console.log(`\n${table(rows)}\n`);
  console.log(`(${requests} sequential creates in ${(loadMs / 1000).toFixed(1)} s; steady = VmRSS once it moved < 2 MB in 10 s)`);

  const stopStarted = performance.now();
  await cleanup();
  // By pid: processes that outlived npm would have been handed to init, out of npm's tree.
  await new Promise((r) => setTimeout(r, 2000));
  const left = tree.filter((p) => isRunning(p.pid)).length;
  console.log(`[bench] SIGINT stopped npm start in ${Math.round(performance.now() - stopStarted)} ms; processes left: ${left}`);

  mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify({
    at: new Date().toISOString(),
    machine: { cpus: os.cpus().length, memory: os.totalmem(), node: process.version },
    processes: nodeProcesses.map((p) => p.cmdline),
    appAfterStart: afterStart,
    load: { requests, ms: Math.round(loadMs), trail },
    steadyRss: steady,
    peakRss: peak,
    target: TARGET,
    peer: PEER,
    pass,
  }, null, 2)}\n`);
  console.log(`[bench] figures written to ${path.relative(ROOT, RESULTS_FILE)}`);
  return pass.steady && pass.peak && pass.processes && left === 0;
}

await runBench(main, cleanup);
