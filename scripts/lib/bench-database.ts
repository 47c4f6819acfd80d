// A bench's own database: its embedded cluster started, the database dropped and created again,
// so every run measures from the same empty start; and an INGEST token for its senders.
import { createHash, randomBytes } from "node:crypto";
import pg from "pg";
import { createClient } from "../../server/db-client";
import { NO_PASSWORD } from "../../server/import/build-import-rows";
import { startEmbeddedPostgres, type EmbeddedCluster } from "./embedded-postgres";

export type BenchCluster = { name: string; port: number; database: string; durable: boolean };

/** The cluster (its url names the `postgres` database) with `database` freshly created on it. */
export async function freshBenchCluster(c: BenchCluster): Promise<EmbeddedCluster> {
  const admin = await startEmbeddedPostgres({ ...c, database: "postgres" });
  const client = new pg.Client({ connectionString: admin.url });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${c.database}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${c.database}"`);
  await client.end();
  return admin;
}

/** An admin who cannot sign in, and an INGEST token of theirs (the format of create-machine-token.ts). */
export async function createIngestToken(url: string, o: { email: string; name: string }): Promise<string> {
  const prisma = createClient({ url, max: 2 });
  const user = await prisma.user.create({ data: { email: o.email, name: "Bench", role: "ADMIN", passwordHash: NO_PASSWORD } });
  const secret = `jct_${randomBytes(32).toString("base64url")}`;
  await prisma.apiToken.create({
    data: { userId: user.id, name: o.name, scope: "INGEST", prefix: secret.slice(4, 12), tokenHash: createHash("sha256").update(secret).digest("hex") },
  });
  await prisma.$disconnect();
  return secret;
}
