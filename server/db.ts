// The app's Prisma singleton, and the pg pool under it (client options: server/db-client.ts).
import "server-only";
import pg from "pg";
import { env } from "@/lib/env";
import { createClient, type Db } from "./db-client";

export type { Db, Tx } from "./db-client";

const globalForPrisma = globalThis as unknown as { junctionDb?: { prisma: Db; pool: pg.Pool } };

function handles() {
  if (!globalForPrisma.junctionDb) {
    const pool = new pg.Pool({ connectionString: env().DATABASE_URL, max: env().DATABASE_POOL_SIZE });
    globalForPrisma.junctionDb = { pool, prisma: createClient(pool) };
  }
  return globalForPrisma.junctionDb;
}

export const db = (): Db => handles().prisma;

/** The same connections, for the few hot reads that skip Prisma (server/db-hot.ts). */
export const pool = (): pg.Pool => handles().pool;
