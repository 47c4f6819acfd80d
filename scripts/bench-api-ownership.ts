// bench:api, second part: the manager dashboard and ownership health on a synthetic estate of
// 10,000 systems and 50,000 interfaces (target p95 ≤ 200 ms each). Runs on its own database,
// copied from the freshly migrated benchmark database before the first part fills that one.
import pg from "pg";
import { createClient } from "../server/db-client";
import { startServer, type RunningServer } from "./lib/server";
import { measure, timeGet, type Measured } from "./lib/bench-measure";
import { createBenchToken } from "./bench-api-setup";
import { generateSyntheticEstate } from "../server/import/generate-synthetic-estate";
import { importEstate } from "../server/import/import-estate";

export const OWNERSHIP_TARGET_P95_MS = 200;
const SYSTEMS = 10_000;
const PORT = 3201;

const withDatabase = (url: string, database: string) => Object.assign(new URL(url), { pathname: `/${database}` }).toString();

/** A copy of the migrated, still empty benchmark database (CREATE DATABASE … TEMPLATE). */
export async function copyEmptyDatabase(url: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${new URL(url).pathname.slice(1)}"`);
  } finally {
    await admin.end();
  }
  return withDatabase(url, name);
}

export type OwnershipRow = Measured & { target: number; pass: boolean; note: string };

/**
 * Loads the synthetic estate, serves it, and times the dashboard and ownership endpoints as an
 * API-token client: as they are served over and over (answers cached until the database changes),
 * and with a committed write before every request (no cache: the worst case after each edit).
 */
export async function benchOwnership(databaseUrl: string): Promise<{ rows: OwnershipRow[]; info: Record<string, unknown> }> {
  const prisma = createClient({ url: databaseUrl });
  const estate = generateSyntheticEstate({ systems: SYSTEMS, interfacesPerSystem: 5 });
  const imported = await importEstate(prisma, { actorLabel: "bench", estate });
  const token = await createBenchToken(prisma);
  const team = await prisma.team.findFirstOrThrow({ orderBy: { key: "asc" }, select: { id: true } });
  await prisma.$disconnect();
  console.log(`[bench] ownership estate: ${imported.systems} systems, ${imported.interfaces} interfaces, ${imported.teams} teams`);

  let server: RunningServer | undefined;
  const writer = new pg.Client({ connectionString: databaseUrl });
  await writer.connect();
  try {
    server = await startServer({ port: PORT, databaseUrl, quiet: true });
    // The first request reads the graph into memory; what every instance pays once per change.
    const first = await timeGet(server.url, "/api/v1/dashboard", token);
    // A transaction that takes an id and commits: the database has "changed" for every cache.
    const write = async () => void (await writer.query("SELECT txid_current()"));
    const rows: OwnershipRow[] = [];
    const run = async (query: string, path: string, uncached: boolean) => {
      const m = await measure({ base: server!.url, token, query, path: () => path, before: uncached ? write : undefined });
      rows.push({ ...m, target: OWNERSHIP_TARGET_P95_MS, pass: m.p95 <= OWNERSHIP_TARGET_P95_MS, note: uncached ? "a write before each request" : "repeated" });
    };
    for (const uncached of [false, true]) {
      await run("dashboard, whole estate", "/api/v1/dashboard", uncached);
      await run("dashboard, one team", `/api/v1/dashboard?teamId=${team.id}`, uncached);
      await run("ownership gaps, all rules, first page", "/api/v1/ownership/gaps", uncached);
      await run("ownership gaps, one team", `/api/v1/ownership/gaps?teamId=${team.id}`, uncached);
      await run("ownership summary (dashboard card)", "/api/v1/ownership/summary", uncached);
    }
    return { rows, info: { ...imported, firstDashboardMs: Math.round(first.ms) } };
  } finally {
    await writer.end();
    await server?.stop();
  }
}
