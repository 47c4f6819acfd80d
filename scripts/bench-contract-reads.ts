// npm run bench:contract-reads — does linting a contract slow everyone else down? A production
// server on a small synthetic estate (port 3203, the bench cluster's junction_bench database):
// the p50/p95 of GET /api/v1/systems/{key} idle, then while an engineer attaches Spotify's 286 KB
// OpenAPI document again and again (each a new version: parse, lint in the worker, store).
// Target (issue 9): the p95 while linting within 2 ms of idle.
import { createClient } from "../server/db-client";
import { applyMigrations } from "./lib/migrate";
import { buildIfStale, startServer, type RunningServer } from "./lib/server";
import { createBenchToken, freshBenchDatabase } from "./bench-api-setup";
import { generateSyntheticEstate } from "../server/import/generate-synthetic-estate";
import { importEstate } from "../server/import/import-estate";
import { readFixture } from "../server/contracts/shared-fixtures";
import { runBench, table, timeGet } from "./lib/bench-measure";

const PORT = 3203;
const READS = 400;
const TARGET_ADDED_MS = 2;
const SPOTIFY = readFixture("openapi", "spotify-web-api-sonallux-3.0.3.yaml");

let server: RunningServer | undefined;
let stopDatabase: () => Promise<void> = async () => undefined;

const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];

async function reads(token: string, keys: string[], count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) times.push((await timeGet(server!.url, `/api/v1/systems/${keys[i % keys.length]}`, token)).ms);
  return times.sort((a, b) => a - b);
}

async function main(): Promise<boolean> {
  const database = await freshBenchDatabase();
  stopDatabase = database.stop;
  await applyMigrations(database.url);
  const prisma = createClient({ url: database.url });
  await importEstate(prisma, { actorLabel: "bench", estate: generateSyntheticEstate({ systems: 500, interfacesPerSystem: 2 }) });
  const token = await createBenchToken(prisma);
  const keys = (await prisma.system.findMany({ select: { key: true }, take: 200, orderBy: { key: "asc" } })).map((s) => s.key);
  const target = (await prisma.interface.findFirstOrThrow({ select: { id: true } })).id;
  await prisma.$disconnect();

  await buildIfStale();
  server = await startServer({ port: PORT, databaseUrl: database.url });
  const attach = async (run: number) => {
    const started = performance.now();
    const res = await fetch(`${server!.url}/api/v1/interfaces/${target}/contracts`, {
      method: "PUT", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      // A comment makes each text new, so each is stored and linted (the same text is not).
      body: JSON.stringify({ text: `${SPOTIFY}\n# run ${run}\n`, fileName: "spotify.yaml" }),
    });
    if (!res.ok) throw new Error(`PUT contract → ${res.status}: ${(await res.text()).slice(0, 300)}`);
    await res.arrayBuffer();
    return performance.now() - started;
  };

  await reads(token, keys, 100); // warm-up
  await attach(0); // starts the worker, loads Spectral
  const idle = await reads(token, keys, READS);
  let linting = true;
  const lints: number[] = [];
  const attaching = (async () => {
    for (let run = 1; linting; run++) lints.push(await attach(run));
  })();
  const busy = await reads(token, keys, READS);
  linting = false;
  await attaching;
  lints.sort((a, b) => a - b);

  const f = (n: number) => n.toFixed(1);
  const added = percentile(busy, 0.95) - percentile(idle, 0.95);
  console.log(`\nGET /api/v1/systems/{key}, ${READS} sequential reads each; meanwhile ${lints.length} contract attachments ` +
    `(Spotify, 286 KB: parse, lint, store), median ${Math.round(percentile(lints, 0.5))} ms each\n`);
  console.log(table([
    ["", "p50 ms", "p95 ms", "max ms"],
    ["idle", f(percentile(idle, 0.5)), f(percentile(idle, 0.95)), f(idle[idle.length - 1])],
    ["while contracts are linted", f(percentile(busy, 0.5)), f(percentile(busy, 0.95)), f(busy[busy.length - 1])],
  ]));
  console.log(`\np95 added while linting: ${f(added)} ms (target ≤ ${TARGET_ADDED_MS})`);
  return added <= TARGET_ADDED_MS;
}

await runBench(main, async () => {
  await server?.stop();
  await stopDatabase();
});
