// Hot reads straight on the pg pool Prisma uses. Every API request authenticates, and a record
// lookup is one indexed read: through Prisma's $queryRaw each cost ~0.5 ms more than the query
// itself (README, Performance). Only for hand-written SQL whose columns need no mapping: text,
// numbers, booleans and JSON built by PostgreSQL — never a timestamp (pg would read a
// "timestamp without time zone" in the server's local zone; Prisma's adapter reads it as UTC).
import "server-only";
import type { Prisma } from "@/server/generated/prisma/client";
import { pool } from "./db";

/**
 * Rows of a Prisma.sql template (same parameter binding, no string building). `name` makes it a
 * prepared statement on each connection: parsed and planned once, not on every request.
 */
export async function hotRows<T>(name: string, query: Prisma.Sql): Promise<T[]> {
  const result = await pool().query({ name, text: query.text, values: query.values });
  return result.rows as T[];
}
