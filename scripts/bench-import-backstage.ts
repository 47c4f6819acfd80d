// npm run bench:import-backstage — ../shared/data/estate-5k.yaml (50 groups, 200 systems, 5,000
// components, 19,990 dependsOn: the file Backstage ingested in 53–78 s, 393–487 MB peak) through
// POST /api/v1/import/backstage on the production server, against its own embedded PostgreSQL
// (port 54815) and server (port 3815), from an empty catalogue. Prints the seconds of a dry run,
// of the apply, and of a second (unchanged) import, and the server's peak RSS (VmHWM) after each.
// Targets (issue 12): apply ≤ 6 s, peak RSS ≤ 450 MB. Exits 1 when one is missed.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./lib/schema-engine";
import { freshBenchCluster } from "./lib/bench-database";
import { createPersonToken } from "./lib/bench-token";
import type { EmbeddedCluster } from "./lib/embedded-postgres";
import { applyMigrations } from "./lib/migrate";
import { buildIfStale, startServer, type RunningServer } from "./lib/server";
import { runBench, table } from "./lib/bench-measure";

const CLUSTER = { name: "bench-import-backstage", port: 54815, database: "junction_bench_backstage", durable: false } as const;
const PORT = 3815;
// ../shared beside the checkout (or beside the worktrees' folder, for a git worktree under wt/).
const ESTATE = ["../shared", "../../shared"].map((d) => path.resolve(ROOT, d, "data/estate-5k.yaml")).find(existsSync) ?? "../shared/data/estate-5k.yaml";
const TARGETS = { seconds: 6, peakRssMb: 450 };

let cluster: EmbeddedCluster | undefined;
let server: RunningServer | undefined;

/** Resident set now and at its peak, in MB, from /proc (Linux). */
function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
  return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
}

type Counts = Record<string, Record<string, number>>;

async function post(token: string, body: unknown): Promise<{ seconds: number; status: number; counts: Counts; problems: number; applied: boolean }> {
  const started = performance.now();
  const res = await fetch(`${server!.url}/api/v1/import/backstage`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { counts?: Counts; problems?: unknown[]; applied?: boolean; detail?: string };
  const seconds = (performance.now() - started) / 1000;
  if (res.status !== 200) console.error(`[bench] ${res.status}: ${json.detail ?? JSON.stringify(json).slice(0, 500)}`);
  return { seconds, status: res.status, counts: json.counts ?? {}, problems: json.problems?.length ?? 0, applied: json.applied ?? false };
}

const summary = (c: Counts) => Object.entries(c).map(([entity, n]) => `${entity} +${n.create} ~${n.update} =${n.unchanged}${n.invalid ? ` !${n.invalid}` : ""}`).join(", ");

async function main(): Promise<boolean> {
  cluster = await freshBenchCluster(CLUSTER);
  const url = cluster.url.replace(/\/postgres$/, `/${CLUSTER.database}`);
  await applyMigrations(url);
  const token = await createPersonToken(url, { email: "bench-backstage@junction.local", name: "bench:import-backstage", role: "ENGINEER" });
  const text = readFileSync(ESTATE, "utf8");
  const files = [{ name: "estate-5k.yaml", text }];
  console.log(`[bench] estate-5k.yaml: ${(text.length / 1e6).toFixed(1)} MB`);

  await buildIfStale();
  server = await startServer({ port: PORT, databaseUrl: url });
  const idle = memory(server.pid);
  const rows: string[][] = [["run", "status", "seconds", "records (+create ~update =unchanged)", "problems", "RSS MB", "peak RSS MB"]];
  const run = async (label: string, dryRun: boolean) => {
    const r = await post(token, { files, mode: "all-or-nothing", dryRun });
    const m = memory(server!.pid);
    rows.push([label, String(r.status), r.seconds.toFixed(2), summary(r.counts), String(r.problems), m.rss.toFixed(0), m.peak.toFixed(0)]);
    return { ...r, peak: m.peak };
  };
  const dry = await run("dry run", true);
  const apply = await run("apply", false);
  const again = await run("re-import (unchanged)", false);
  console.log(`\n[bench] POST /api/v1/import/backstage, estate-5k.yaml (server idle: ${idle.rss.toFixed(0)} MB resident)`);
  console.log(table(rows));
  console.log(`\n[bench] apply ${apply.seconds.toFixed(1)} s (target ≤ ${TARGETS.seconds} s; Backstage 53–78 s), peak RSS ${again.peak.toFixed(0)} MB (target ≤ ${TARGETS.peakRssMb} MB; Backstage 393–487 MB)`);
  return [dry, apply, again].every((r) => r.status === 200) && apply.applied
    && apply.seconds <= TARGETS.seconds && again.peak <= TARGETS.peakRssMb;
}

await runBench(main, async () => {
  await server?.stop();
  await cluster?.stop();
});
