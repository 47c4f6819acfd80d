// npm run bench:import-bulk — the bulk API (POST /api/v1/import, issue 12) at 10,000 records per
// call: its own embedded PostgreSQL (port 54805) and production server (port 3805), an empty
// database, and ../shared/data/estate-5k.json mapped with server/import/map-backstage-estate.ts
// into records: 50 teams + 5,000 systems in the first call, then the 19,990 interfaces in calls
// of 10,000. Then the same calls again, where every record is unchanged and nothing is written.
// Prints records/s per call and in total. The machine is shared: figures taken while other work
// runs are noisy; run it twice and keep the better.
import { readFileSync } from "node:fs";
import path from "node:path";
import { freshBenchCluster } from "./lib/bench-database";
import { createPersonToken } from "./lib/bench-token";
import type { EmbeddedCluster } from "./lib/embedded-postgres";
import { applyMigrations } from "./lib/migrate";
import { buildIfStale, startServer, type RunningServer } from "./lib/server";
import { ROOT } from "./lib/schema-engine";
import { mapBackstageEstate, type TBackstageEstate } from "../server/import/map-backstage-estate";

const CLUSTER = { name: "bench-import-bulk", port: 54805, database: "junction_bench_import_bulk", durable: false } as const;
const PORT = 3805;
const PER_CALL = 10_000;
// ESTATE_FILE moves it (a worktree whose ../shared is elsewhere).
const ESTATE_FILE = process.env.ESTATE_FILE ?? path.resolve(ROOT, "../shared/data/estate-5k.json");

let cluster: EmbeddedCluster | undefined;
let server: RunningServer | undefined;

function calls(): { label: string; records: object; count: number }[] {
  const source = JSON.parse(readFileSync(ESTATE_FILE, "utf8")) as TBackstageEstate;
  const estate = mapBackstageEstate(source);
  const teams = estate.teams.map((t) => ({ key: t.key, name: t.name }));
  const systems = estate.systems.map((s) => ({ key: s.key, name: s.name, kind: s.kind, layer: s.layer, lifecycle: s.lifecycle, team: s.team, tags: s.tags }));
  const interfaces = estate.interfaces.map((i) => ({ key: i.key, name: i.name, style: i.style, mode: i.mode, provider: i.provider, consumer: i.consumer, team: i.team }));
  const out: { label: string; records: object; count: number }[] = [{ label: "teams + systems", records: { teams, systems }, count: teams.length + systems.length }];
  for (let i = 0; i < interfaces.length; i += PER_CALL) {
    const part = interfaces.slice(i, i + PER_CALL);
    out.push({ label: `interfaces ${i + 1}–${i + part.length}`, records: { interfaces: part }, count: part.length });
  }
  return out;
}

async function send(token: string, records: object): Promise<{ ms: number; body: { counts: Record<string, Record<string, number>>; problems: unknown[]; applied: boolean } }> {
  const started = performance.now();
  const res = await fetch(`${server!.url}/api/v1/import`, {
    method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify({ records }),
  });
  const body = await res.json();
  if (res.status !== 200 || !body.applied) throw new Error(`import answered ${res.status}: ${JSON.stringify(body).slice(0, 800)}`);
  return { ms: performance.now() - started, body };
}

const actions = (counts: Record<string, Record<string, number>>) => {
  const sum = (a: string) => Object.values(counts).reduce((n, c) => n + c[a], 0);
  return `create ${sum("create")}, update ${sum("update")}, unchanged ${sum("unchanged")}, invalid ${sum("invalid")}`;
};

async function main(): Promise<void> {
  cluster = await freshBenchCluster(CLUSTER);
  const url = cluster.url.replace(/\/postgres$/, `/${CLUSTER.database}`);
  await applyMigrations(url);
  const token = await createPersonToken(url, { email: "bench-import@junction.local", name: "bench:import-bulk", role: "ENGINEER" });
  await buildIfStale();
  server = await startServer({ port: PORT, databaseUrl: url });
  const plan = calls();
  for (const round of ["first import (empty database)", "re-import (all unchanged)"]) {
    console.log(`\n${round}`);
    let records = 0;
    let ms = 0;
    for (const call of plan) {
      const r = await send(token, call.records);
      records += call.count;
      ms += r.ms;
      console.log(`  ${call.label.padEnd(24)} ${String(call.count).padStart(6)} records  ${(r.ms / 1000).toFixed(2).padStart(6)} s  ${Math.round(call.count / (r.ms / 1000)).toString().padStart(6)} records/s  (${actions(r.body.counts)})`);
    }
    console.log(`  ${"total".padEnd(24)} ${String(records).padStart(6)} records  ${(ms / 1000).toFixed(2).padStart(6)} s  ${Math.round(records / (ms / 1000)).toString().padStart(6)} records/s`);
  }
}

try {
  await main();
} finally {
  await server?.stop();
  await cluster?.stop();
}
