// npm run bench:import-table — CSV and Excel import (issue 12, TABLE): its own embedded PostgreSQL
// (port 54825) and production server (port 3825). The synthetic estate's teams and people are
// loaded first (they are what the rows refer to); then a CSV of 20,000 systems, written with the
// export's own columns, goes through POST /api/v1/import/table (accept-valid, as a person would
// after a dry run). Prints seconds and rows/s for: the CSV's dry run, the CSV creating 20,000 systems, the same CSV
// again (all unchanged, nothing written), and the same rows as xlsx into an emptied system table.
// Target: the CSV ≤ 5 s. Exits 1 when it is missed or a row was not created.
import { freshBenchCluster } from "./lib/bench-database";
import { createPersonToken } from "./lib/bench-token";
import type { EmbeddedCluster } from "./lib/embedded-postgres";
import { applyMigrations } from "./lib/migrate";
import { buildIfStale, startServer, type RunningServer } from "./lib/server";
import { createClient } from "../server/db-client";
import { generateSyntheticEstate } from "../server/import/generate-synthetic-estate";
import { importEstate } from "../server/import/import-estate";
import { toCsv } from "../lib/csv";
import { guardFormula } from "../lib/interop/table-cells";
import { tableSheet } from "../lib/interop/table-sheet";
import { writeXlsx } from "../server/interop/table/write-xlsx";

const CLUSTER = { name: "bench-import-table", port: 54825, database: "junction_bench_import_table", durable: false } as const;
const PORT = 3825;
const ROWS = Number(process.env.BENCH_ROWS ?? 20_000);
const TARGET_SECONDS = 5;

let cluster: EmbeddedCluster | undefined;
let server: RunningServer | undefined;

type Result = { seconds: number; counts: Record<string, number>; problems: number };

async function post(token: string, body: Record<string, unknown>): Promise<Result> {
  const started = performance.now();
  const res = await fetch(`${server!.url}/api/v1/import/table`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ entity: "systems", mode: "accept-valid", dryRun: false, ...body }),
  });
  const json = await res.json();
  const seconds = (performance.now() - started) / 1000;
  if (res.status !== 200) throw new Error(`import answered ${res.status}: ${JSON.stringify(json).slice(0, 500)}`);
  return { seconds, counts: json.counts.systems, problems: json.problems.length };
}

const line = (label: string, bytes: number, r: Result) =>
  console.log(`[bench] ${label.padEnd(34)} ${(bytes / 1e6).toFixed(1).padStart(5)} MB  ${r.seconds.toFixed(2).padStart(6)} s  ` +
    `${Math.round(ROWS / r.seconds).toLocaleString("en").padStart(7)} rows/s  ` +
    `create ${r.counts.create}, update ${r.counts.update}, unchanged ${r.counts.unchanged}, problems ${r.problems}`);

async function main(): Promise<boolean> {
  cluster = await freshBenchCluster(CLUSTER);
  const url = cluster.url.replace(/\/postgres$/, `/${CLUSTER.database}`);
  await applyMigrations(url);
  const estate = generateSyntheticEstate({ systems: ROWS, interfacesPerSystem: 0 });
  // Everyone active: owners must be active people, and this measures 20,000 creates, not refusals.
  const users = estate.users.map((u) => ({ ...u, active: true }));
  const prisma = createClient({ url, max: 2 });
  await importEstate(prisma, { actorLabel: "bench", estate: { ...estate, users, systems: [], interfaces: [] } });
  await prisma.$disconnect();
  const token = await createPersonToken(url, { email: "bench-table@junction.local", name: "bench:import-table", role: "ENGINEER" });

  const sheet = tableSheet({ entity: "systems", records: estate.systems, lang: "en" });
  const csv = toCsv(sheet.header, sheet.rows.map((row) => row.map((c) => (typeof c === "string" ? guardFormula(c) : c))));
  const xlsx = await writeXlsx({ sheet, lang: "en" });
  console.log(`[bench] ${ROWS.toLocaleString("en")} systems, ${estate.teams.length} teams, ${users.length} people; CSV ${(csv.length / 1e6).toFixed(1)} MB, xlsx ${(xlsx.length / 1e6).toFixed(1)} MB`);

  await buildIfStale();
  server = await startServer({ port: PORT, databaseUrl: url });
  // Warm-up: one small file, so the first figure is not the server's first compile of the route.
  await post(token, { format: "csv", fileName: "warm-up.csv", text: toCsv(sheet.header, sheet.rows.slice(0, 10)), dryRun: true });

  // Reading and planning only (nothing written): what the file costs before the engine writes.
  const dry = await post(token, { format: "csv", fileName: "systems.csv", text: csv, dryRun: true });
  line("CSV dry run (read + plan)", csv.length, dry);
  const first = await post(token, { format: "csv", fileName: "systems.csv", text: csv });
  line("CSV, 20,000 new systems", csv.length, first);
  const again = await post(token, { format: "csv", fileName: "systems.csv", text: csv });
  line("same CSV again (all unchanged)", csv.length, again);

  const emptying = createClient({ url, max: 2 });
  await emptying.$executeRawUnsafe(`DELETE FROM "System"`);
  await emptying.$disconnect();
  const base64 = xlsx.toString("base64");
  const fromXlsx = await post(token, { format: "xlsx", fileName: "systems.xlsx", base64 });
  line("xlsx, 20,000 new systems", xlsx.length, fromXlsx);

  const ok = first.seconds <= TARGET_SECONDS && first.counts.create === ROWS && fromXlsx.counts.create === ROWS && again.counts.unchanged === ROWS;
  console.log(`[bench] CSV of ${ROWS.toLocaleString("en")} systems: ${first.seconds.toFixed(2)} s (target ≤ ${TARGET_SECONDS} s) — ${ok ? "met" : "MISSED"}`);
  return ok;
}

main()
  .then((ok) => (process.exitCode = ok ? 0 : 1))
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(async () => {
    await server?.stop();
    await cluster?.stop();
  });
