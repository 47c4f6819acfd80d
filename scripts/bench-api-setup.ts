// The benchmark's own database and credentials (see bench-api.ts): a database that is dropped and
// recreated on every run, and an admin with a personal API token written straight to it.
import { createHash, randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedCluster } from "./lib/embedded-postgres";
import type { Db } from "../server/db-client";
import { NO_PASSWORD } from "../server/import/build-import-rows";

export const BENCH_DATABASE = "junction_bench";
const BENCH_CLUSTER = { name: "bench", port: 54349, database: BENCH_DATABASE, durable: false } as const;

async function recreate(adminUrl: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${BENCH_DATABASE}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${BENCH_DATABASE}"`);
  } finally {
    await client.end();
  }
}

const withDatabase = (url: string, database: string) => {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
};

/** An empty junction_bench: beside DATABASE_URL when set, else in the embedded cluster "bench". */
export async function freshBenchDatabase(): Promise<EmbeddedCluster> {
  const external = process.env.DATABASE_URL;
  if (external) {
    // Never drop the database we are connected to: work from "postgres" when the URL names ours.
    const admin = new URL(external).pathname === `/${BENCH_DATABASE}` ? withDatabase(external, "postgres") : external;
    await recreate(admin);
    return { url: withDatabase(external, BENCH_DATABASE), stop: async () => undefined };
  }
  const cluster = await startEmbeddedPostgres(BENCH_CLUSTER);
  try {
    await recreate(withDatabase(cluster.url, "postgres"));
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  return cluster;
}

/**
 * An admin who cannot sign in, and a personal token for them, in the format of
 * server/tokens/create-token.ts: "jct_" + 256 random bits, sha256 hex stored, 8-character prefix.
 */
export async function createBenchToken(prisma: Db): Promise<string> {
  const user = await prisma.user.create({
    data: { email: "bench@junction.local", name: "Benchmark client", role: "ADMIN", passwordHash: NO_PASSWORD },
    select: { id: true },
  });
  const secret = `jct_${randomBytes(32).toString("base64url")}`;
  await prisma.apiToken.create({
    data: {
      userId: user.id,
      name: "bench:api",
      tokenHash: createHash("sha256").update(secret).digest("hex"),
      prefix: secret.slice(4, 12),
    },
  });
  return secret;
}
