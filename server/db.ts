// The app's Prisma singleton, and the pg pool under it (client options: server/db-client.ts).
import "server-only";
import pg from "pg";
import { env } from "@/lib/env";
import { createClient, type Db } from "./db-client";

export type { Db, Tx } from "./db-client";

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
