// A transaction of hand-written SQL straight on the pg pool Prisma uses, for bulk writes whose
// statements carry megabytes of JSON. Through Prisma's $executeRawUnsafe each such parameter is
// serialized and parsed again on its way to pg: writing estate-5k.yaml (25 statements of ~0.7 MB
// each) the server's heap reached 377–406 MB that way against 279–314 MB this way, in about the
// same time. The same rule as db-hot.ts applies: no timestamp comes back as a Date (select it
// with jsonTimestamp), since pg would read a "timestamp without time zone" in the server's zone.
import "server-only";
import { pool } from "./db";

/** A timestamp column as JSON.stringify writes a Date ("2026-12-05T10:00:00.000Z"), for SQL read here or in db-hot.ts. */
export const jsonTimestamp = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export type SqlTx = {
  /** The rows a statement returns. */
  rows<T>(text: string, ...values: unknown[]): Promise<T[]>;
  /** How many rows a statement wrote. */
  count(text: string, ...values: unknown[]): Promise<number>;
};

// A transaction left open by a stuck caller would hold its locks: PostgreSQL ends it after this.
const IDLE_IN_TRANSACTION = "60s";

export async function sqlTransaction<T>(work: (sql: SqlTx) => Promise<T>): Promise<T> {
  const client = await pool().connect();
  const sql: SqlTx = {
    rows: async <R>(text: string, ...values: unknown[]) => (await client.query(text, values)).rows as R[],
    count: async (text: string, ...values: unknown[]) => (await client.query(text, values)).rowCount ?? 0,
  };
  try {
    await client.query("BEGIN");
    await client.query(`SET LOCAL idle_in_transaction_session_timeout = '${IDLE_IN_TRANSACTION}'`);
    const result = await work(sql);
    await client.query("COMMIT");
    client.release();
    return result;
  } catch (error) {
    // A client whose rollback fails is not given back to the pool in an unknown state.
    await client.query("ROLLBACK").then(() => client.release(), (e: Error) => client.release(e));
    // A duplicate key or a reference gone meanwhile is answered 409 by the handler (server/http/prisma-problem.ts).
    throw error;
  }
}
