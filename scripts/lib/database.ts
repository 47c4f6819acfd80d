// Which PostgreSQL the scripts use: DATABASE_URL when given, else the embedded cluster.
import { startEmbeddedPostgres, type EmbeddedCluster } from "./embedded-postgres";

// Ports of the embedded clusters; JUNCTION_DB_PORT moves them (the test cluster sits 10 above).
const devPort = Number(process.env.JUNCTION_DB_PORT) || 54329;

export const EMBEDDED = {
  dev: { name: "dev", port: devPort, database: "junction", durable: true },
  test: { name: "test", port: devPort + 10, database: "junction_test", durable: false },
} as const;

export async function resolveDatabase(kind: keyof typeof EMBEDDED): Promise<EmbeddedCluster & { embedded: boolean }> {
  const external = process.env.DATABASE_URL;
  if (external) {
    // Tests never touch the database the app uses: they get a sibling database on that server.
    if (kind === "test") return { ...(await siblingDatabase(external, EMBEDDED.test.database)), embedded: false };
    return { url: external, stop: async () => undefined, embedded: false };
  }
  return { ...(await startEmbeddedPostgres(EMBEDDED[kind])), embedded: true };
}

async function siblingDatabase(url: string, database: string): Promise<EmbeddedCluster> {
  const pg = (await import("pg")).default;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  if (!rowCount) await client.query(`CREATE DATABASE "${database}"`);
  await client.end();
  const u = new URL(url);
  u.pathname = `/${database}`;
  return { url: u.toString(), stop: async () => undefined };
}
