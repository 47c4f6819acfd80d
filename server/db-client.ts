// The one Prisma client factory: the app's singleton (server/db.ts) and the scripts (seed, import,
// benchmarks, tests) all build their client here, so every client omits the same secrets.
// Password hashes and token hashes never leave the server: they are omitted globally and selected
// explicitly only where a password or token is verified.
// Not marked server-only (unlike server/db.ts): scripts run it outside Next.js.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

/** The app passes its shared pool (also used by server/db-hot.ts); a script passes where to connect. */
export type DbConnection = pg.Pool | { url: string; max?: number };

export function createClient(connection: DbConnection) {
  // A pool the caller built stays the caller's to end; one built from a URL is ended by $disconnect().
  const adapter =
    connection instanceof pg.Pool ? new PrismaPg(connection) : new PrismaPg({ connectionString: connection.url, max: connection.max ?? 8 });
  return new PrismaClient({
    adapter,
    // A burst of writes (a script creating 50 records at once) queues for the pool's connections
    // instead of failing after Prisma's default 2 s; a database that is really away still fails
    // fast (the pool's own connection timeout, 5 s: server/db.ts).
    transactionOptions: { maxWait: 10_000, timeout: 15_000 },
    omit: {
      user: { passwordHash: true },
      apiToken: { tokenHash: true },
      // Internal search columns (maintained by triggers), not part of the API.
      system: { searchText: true },
      interface: { searchText: true },
    },
  });
}

export type Db = ReturnType<typeof createClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
