// server/db-sql-transaction.ts against the test database: a transaction of raw SQL on the pg pool
// (the import engine's writes). It commits as one, rolls back as one, lets a unique or foreign key
// violation through as it is (the handler answers it 409, as a single endpoint's), and gives its
// connection back either way.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uniqueKey } from "./helpers/client";
import { DATABASE_URL, closeDb, queryDb } from "./helpers/db";
import type { sqlTransaction as SqlTransaction } from "@/server/db-sql-transaction";

let sqlTransaction: typeof SqlTransaction;
let errorToResponse: (error: unknown, locale: "en") => Response;
let pool: () => import("pg").Pool;

beforeAll(async () => {
  // The server modules read their database from the environment, as the app does.
  process.env.DATABASE_URL = DATABASE_URL;
  process.env.NEXTAUTH_SECRET ??= "junction-test-secret-not-for-production";
  ({ sqlTransaction } = await import("@/server/db-sql-transaction"));
  ({ pool } = await import("@/server/db"));
  ({ errorToResponse } = await import("@/server/http/problem"));
});
afterAll(async () => {
  await pool().end();
  await closeDb();
});

const insertTeam = (key: string) => `INSERT INTO "Team" ("id", "key", "name", "updatedAt") VALUES ('${key}', '${key}', 'T', now())`;
const teams = async (...keys: string[]) =>
  (await queryDb<{ key: string }>(`SELECT "key" FROM "Team" WHERE "key" = ANY($1::text[]) ORDER BY "key"`, [keys])).map((r) => r.key);

describe("sqlTransaction", () => {
  it("commits every statement together and returns what the work returns", async () => {
    const [a, b] = [uniqueKey("sqltx-a"), uniqueKey("sqltx-b")];
    const written = await sqlTransaction(async (sql) => (await sql.count(insertTeam(a))) + (await sql.count(insertTeam(b))));
    expect(written).toBe(2);
    expect(await teams(a, b)).toEqual([a, b].sort());
  });

  it("rejects a duplicate key as PostgreSQL reports it (answered 409 at the field), and keeps nothing of the transaction", async () => {
    const [first, taken] = [uniqueKey("sqltx-first"), uniqueKey("sqltx-taken")];
    await sqlTransaction((sql) => sql.count(insertTeam(taken)));
    const failed = sqlTransaction(async (sql) => {
      await sql.count(insertTeam(first));
      await sql.count(`INSERT INTO "Team" ("id", "key", "name", "updatedAt") VALUES ('${uniqueKey("id")}', '${taken}', 'T', now())`);
    });
    await expect(failed).rejects.toMatchObject({ code: "23505", constraint: "Team_key_key" });
    expect((await failed.catch((e) => errorToResponse(e, "en")).then((r) => r && r.json()))).toMatchObject({ status: 409, errors: [{ path: "key" }] });
    expect(await teams(first, taken)).toEqual([taken]);
  });

  it("rejects a missing reference (answered 409), and rolls back on any other error too", async () => {
    const key = uniqueKey("sqltx-ref");
    await expect(sqlTransaction((sql) => sql.count(
      `INSERT INTO "Team" ("id", "key", "name", "parentId", "updatedAt") VALUES ('${key}', '${key}', 'T', 'no-such-team', now())`,
    ))).rejects.toMatchObject({ code: "23503" });
    const other = uniqueKey("sqltx-other");
    await expect(sqlTransaction(async (sql) => {
      await sql.count(insertTeam(other));
      throw new Error("the caller's own failure");
    })).rejects.toThrow("the caller's own failure");
    expect(await teams(key, other)).toEqual([]);
  });

  it("gives every connection back to the pool, after a commit and after a rollback", async () => {
    for (let i = 0; i < 3; i++) {
      await sqlTransaction((sql) => sql.rows("SELECT 1"));
      await sqlTransaction(() => Promise.reject(new Error("no"))).catch(() => undefined);
    }
    expect(pool().waitingCount).toBe(0);
    expect(pool().idleCount).toBe(pool().totalCount);
  });
});
