// npm run bench:standards — integration standards at scale: a synthetic estate of 10,000 systems
// and 50,000 interfaces with the default catalogue plus one more standard (20), served by a
// production server as an API-token client. Prints:
//  - a full evaluation: every record against every standard, as done when a standard is edited
//    (PATCH /standards/{id}: read the facts, evaluate, write the results, in the request);
//  - what evaluating one record adds to its edit (PATCH /interfaces/{id} with the standards active
//    and with all of them paused);
//  - GET /compliance and /compliance/summary p50/p95.
// Own database (the "bench" cluster's junction_bench, as bench:api) and port 3202. Exits 1 when a
// target is missed.
import pg from "pg";
import { applyMigrations } from "./lib/migrate";
import { createClient } from "../server/db-client";
import { buildIfStale, startServer, type RunningServer } from "./lib/server";
import { createBenchToken, freshBenchDatabase } from "./bench-api-setup";
import { generateSyntheticEstate } from "../server/import/generate-synthetic-estate";
import { importEstate } from "../server/import/import-estate";
import { seedDefaultStandards } from "../server/seed/seed-default-standards";
import { measure, runBench, table, timeGet } from "./lib/bench-measure";

const PORT = 3202;
const SYSTEMS = 10_000;
const TARGETS = { fullMs: 2_000, editAddedMs: 20, matrixP95: 200, summaryP95: 100 };

let server: RunningServer | undefined;
let stopDatabase: () => Promise<void> = async () => undefined;

const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function send(method: string, path: string, token: string, body: unknown): Promise<{ ms: number; json: { id: string; version: number } }> {
  const started = performance.now();
  const res = await fetch(`${server!.url}${path}`, {
    method, headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify(body),
  });
  const json = await res.json();
  const ms = performance.now() - started;
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${JSON.stringify(json).slice(0, 300)}`);
  return { ms, json };
}

/** PATCHes a standard's description back and forth: each edit re-evaluates every record of its type. */
async function timeFullEvaluation(token: string, id: string, runs: number): Promise<number[]> {
  let version = (await timeGet(server!.url, `/api/v1/standards/${id}`, token).then((r) => JSON.parse(r.body))).version;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { ms, json } = await send("PATCH", `/api/v1/standards/${id}`, token, { version, goodExample: `run ${i}` });
    version = json.version;
    times.push(ms);
  }
  return times;
}

/** p95 of PATCH /interfaces/{id} over many interfaces, each edit changing the description. */
async function timeEdits(token: string, ids: string[], label: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < ids.length; i++) {
    const current = JSON.parse((await timeGet(server!.url, `/api/v1/interfaces/${ids[i]}`, token)).body);
    const { ms } = await send("PATCH", `/api/v1/interfaces/${ids[i]}`, token, { version: current.version, description: `${label} ${i}` });
    times.push(ms);
  }
  return times.sort((a, b) => a - b);
}

async function setAllActive(databaseUrl: string, active: boolean) {
  // Straight to the table, not through the API: pausing 20 standards one by one would re-evaluate
  // the estate 20 times for nothing. The next read settles the marks the UPDATE left.
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`UPDATE "Standard" SET "active" = $1`, [active]);
  await client.end();
}

async function main(): Promise<boolean> {
  const database = await freshBenchDatabase();
  stopDatabase = database.stop;
  await applyMigrations(database.url);
  const prisma = createClient({ url: database.url });
  const estate = generateSyntheticEstate({ systems: SYSTEMS, interfacesPerSystem: 5 });
  const loadStarted = performance.now();
  const imported = await importEstate(prisma, { actorLabel: "bench", estate });
  console.log(`[bench] estate: ${imported.systems} systems, ${imported.interfaces} interfaces in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s`);
  await seedDefaultStandards(prisma);
  const token = await createBenchToken(prisma);
  const interfaceIds = (await prisma.interface.findMany({ select: { id: true }, orderBy: { key: "asc" } })).map((r) => r.id);
  await prisma.$disconnect();

  await buildIfStale();
  server = await startServer({ port: PORT, databaseUrl: database.url });
  const extra = await send("POST", "/api/v1/standards", token, {
    key: "interfaces-described", text: { en: { name: "Interfaces are described", description: "", rationale: "" }, "zh-CN": { name: "接口有描述", description: "", rationale: "" } },
    category: "DOCUMENTATION", severity: "MAY", appliesTo: "INTERFACE", check: { kind: "FIELD", match: "all", conditions: [{ field: "description", op: "not_empty" }] },
  });
  const standards = JSON.parse((await timeGet(server.url, "/api/v1/standards?pageSize=200", token)).body).items as { id: string; appliesTo: string }[];
  const systemStandard = standards.find((s) => s.appliesTo === "SYSTEM")!.id;
  console.log(`[bench] ${standards.length} standards; first evaluation (POST of the 20th) ${Math.round(extra.ms)} ms`);

  const interfacesFull = await timeFullEvaluation(token, extra.json.id, 3);
  const systemsFull = await timeFullEvaluation(token, systemStandard, 3);
  const full = median(interfacesFull) + median(systemsFull);

  const sample = Array.from({ length: 200 }, (_, i) => interfaceIds[(i * 241) % interfaceIds.length]);
  const withStandards = await timeEdits(token, sample, "with");
  await setAllActive(database.url, false);
  await timeGet(server.url, "/api/v1/compliance/summary", token); // settles the marks the pause left
  const withoutStandards = await timeEdits(token, sample, "without");
  await setAllActive(database.url, true);
  await timeGet(server.url, "/api/v1/compliance/summary", token);
  const added = percentile(withStandards, 0.95) - percentile(withoutStandards, 0.95);

  const reads = [
    await measure({ base: server.url, token, query: "compliance matrix, interfaces, page 1", path: () => "/api/v1/compliance?subject=INTERFACE" }),
    await measure({ base: server.url, token, query: "matrix, failing only, sorted by score", path: () => "/api/v1/compliance?subject=INTERFACE&failing=true&sort=score&page=3" }),
    await measure({ base: server.url, token, query: "matrix, systems, one layer", path: () => "/api/v1/compliance?subject=SYSTEM&layer=DATA" }),
    await measure({ base: server.url, token, query: "summary, interfaces", path: () => "/api/v1/compliance/summary?subject=INTERFACE" }),
    await measure({ base: server.url, token, query: "summary, systems", path: () => "/api/v1/compliance/summary?subject=SYSTEM" }),
  ];

  const f = (n: number) => n.toFixed(1);
  console.log(`\nFull evaluation, 20 standards over ${imported.systems} systems + ${imported.interfaces} interfaces (read, evaluate, write):`);
  console.log(`  interfaces ${interfacesFull.map(Math.round).join(" / ")} ms (median ${Math.round(median(interfacesFull))}), systems ${systemsFull.map(Math.round).join(" / ")} ms (median ${Math.round(median(systemsFull))})`);
  console.log(`  total ${Math.round(full)} ms (target ≤ ${TARGETS.fullMs})`);
  console.log(`\nEdit of one interface, PATCH p50/p95: with 20 standards ${f(percentile(withStandards, 0.5))} / ${f(percentile(withStandards, 0.95))} ms, ` +
    `standards paused ${f(percentile(withoutStandards, 0.5))} / ${f(percentile(withoutStandards, 0.95))} ms → added at p95 ${f(added)} ms (target ≤ ${TARGETS.editAddedMs})`);
  console.log("\n" + table([["query", "p50 ms", "p95 ms", "target p95", "runs"], ...reads.map((r) => [
    r.query, f(r.p50), f(r.p95), String(r.query.startsWith("summary") ? TARGETS.summaryP95 : TARGETS.matrixP95), String(r.runs),
  ])]));
  const readsOk = reads.every((r) => r.p95 <= (r.query.startsWith("summary") ? TARGETS.summaryP95 : TARGETS.matrixP95));
  return full <= TARGETS.fullMs && added <= TARGETS.editAddedMs && readsOk;
}

await runBench(main, async () => {
  await server?.stop();
  await stopDatabase();
});
