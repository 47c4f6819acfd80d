// The Prisma singleton, and the pg pool under it. Password hashes never leave the server: they are
// omitted globally and selected explicitly only where a password is verified.
import "server-only";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/server/generated/prisma/client";
import { env } from "@/lib/env";

function createClient(pool: pg.Pool) {
  return new PrismaClient({
    adapter: new PrismaPg(pool),
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

const globalForPrisma = globalThis as unknown as { junctionDb?: { prisma: Db; pool: pg.Pool } };

function handles() {
  if (!globalForPrisma.junctionDb) {
    // A database that drops packets instead of refusing would otherwise hold every request for the
    // OS's connect timeout (~2 min); after 5 s the request is answered 503 (server/http/problem.ts).
    const pool = new pg.Pool({ connectionString: env().DATABASE_URL, max: env().DATABASE_POOL_SIZE, connectionTimeoutMillis: 5_000 });
    globalForPrisma.junctionDb = { pool, prisma: createClient(pool) };
  }
  return globalForPrisma.junctionDb;
}

export const db = (): Db => handles().prisma;

/** The same connections, for the few hot reads that skip Prisma (server/db-hot.ts). */
export const pool = (): pg.Pool => handles().pool;
