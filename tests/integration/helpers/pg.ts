// Direct database access for assertions the API deliberately cannot answer (e.g. what is stored
// for a token). Read-only use in tests; never change the demo accounts through it.
import pg from "pg";

export const DATABASE_URL = process.env.JUNCTION_DATABASE_URL ?? "postgresql://junction@127.0.0.1:54329/junction";

/** A connected client; the caller ends it (`await client.end()`). */
export async function connectPg(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  return client;
}

/** Runs one query on a short-lived connection and returns its rows. */
export async function queryPg<T extends pg.QueryResultRow = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = await connectPg();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
