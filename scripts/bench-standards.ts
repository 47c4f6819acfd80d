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

type Change = (run: number, standard: { check: unknown; active: boolean }) => Record<string, unknown>;

/**
 * PATCHes a standard back and forth: each edit re-evaluates every record of its type in the
 * request. `change` says how: an edit of the check that changes no result (the rows' digests
 * match, nothing is written), or pausing and resuming it (every record's results change).
 */
async function timeFullEvaluation(token: string, id: string, runs: number, change: Change): Promise<number[]> {
  const original = JSON.parse((await timeGet(server!.url, `/api/v1/standards/${id}`, token)).body);
  let version = original.version;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { ms, json } = await send("PATCH", `/api/v1/standards/${id}`, token, { version, ...change(i, original) });
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

const targetOf = (query: string) =>
  query.startsWith("summary") ? TARGETS.summaryP95 : query.startsWith("trend") ? undefined : TARGETS.matrixP95;

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
  const standards = JSON.parse((await timeGet(server.url, "/api/v1/standards?pageSize=200", token)).body).items as { id: string; appliesTo: string; check: { kind: string } }[];
  const systemStandard = standards.find((s) => s.appliesTo === "SYSTEM" && s.check.kind === "FIELD")!.id;
  console.log(`[bench] ${standards.length} standards; first evaluation (POST of the 20th) ${Math.round(extra.ms)} ms`);

  // Same outcome, another check: a second condition that always holds, on and off.
  const sameResults: Change = (i, s) => {
    const check = s.check as { conditions: unknown[] };
    return { check: { ...check, conditions: i % 2 === 0 ? [...check.conditions, { field: "key", op: "not_empty" }] : check.conditions } };
  };
  const allChange: Change = (i) => ({ active: i % 2 === 1 });
  const interfacesSame = await timeFullEvaluation(token, extra.json.id, 4, sameResults);
  const systemsSame = await timeFullEvaluation(token, systemStandard, 4, sameResults);
  const interfacesFull = await timeFullEvaluation(token, extra.json.id, 4, allChange);
  const systemsFull = await timeFullEvaluation(token, systemStandard, 4, allChange);
  const same = median(interfacesSame) + median(systemsSame);
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
    // No target in the issue: each read also refreshes today's snapshot (a whole-estate aggregate).
    await measure({ base: server.url, token, query: "trend, interfaces, 90 days", path: () => "/api/v1/compliance/trend?subject=INTERFACE&days=90", runs: 30, warmup: 3 }),
  ];

  const f = (n: number) => n.toFixed(1);
  const runs = (label: string, i: number[], s: number[]) =>
    console.log(`  ${label}: interfaces ${i.map(Math.round).join(" / ")} ms (median ${Math.round(median(i))}), ` +
      `systems ${s.map(Math.round).join(" / ")} ms (median ${Math.round(median(s))}), total ${Math.round(median(i) + median(s))} ms`);
  console.log(`\nFull evaluation, 20 standards over ${imported.systems} systems + ${imported.interfaces} interfaces, one PATCH of a standard each (read, evaluate, write):`);
  runs("check edited, no result changes", interfacesSame, systemsSame);
  runs("standard paused / resumed, every record's results change", interfacesFull, systemsFull);
  console.log(`  target ≤ ${TARGETS.fullMs} ms (held against the second: ${Math.round(full)} ms; the first ${Math.round(same)} ms)`);
  console.log(`\nEdit of one interface, PATCH p50/p95: with 20 standards ${f(percentile(withStandards, 0.5))} / ${f(percentile(withStandards, 0.95))} ms, ` +
    `standards paused ${f(percentile(withoutStandards, 0.5))} / ${f(percentile(withoutStandards, 0.95))} ms → added at p95 ${f(added)} ms (target ≤ ${TARGETS.editAddedMs})`);
  console.log("\n" + table([["query", "p50 ms", "p95 ms", "target p95", "runs"], ...reads.map((r) => [
    r.query, f(r.p50), f(r.p95), targetOf(r.query) === undefined ? "—" : String(targetOf(r.query)), String(r.runs),
  ])]));
  const readsOk = reads.every((r) => r.p95 <= (targetOf(r.query) ?? Infinity));
  return full <= TARGETS.fullMs && added <= TARGETS.editAddedMs && readsOk;
}

await runBench(main, async () => {
  await server?.stop();
  await stopDatabase();
});
