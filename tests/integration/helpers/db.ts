// Direct database access for integration tests: to check what the API wrote (audit rows) and to
// look up or prepare rows the API does not expose. Never used to stand in for the API itself.
import { randomBytes } from "node:crypto";
import pg from "pg";

export const DATABASE_URL = process.env.JUNCTION_DATABASE_URL ?? "postgresql://junction@127.0.0.1:54329/junction";

let pool: pg.Pool | undefined;
const sql = () => (pool ??= new pg.Pool({ connectionString: DATABASE_URL, max: 2 }));

/** Call from afterAll so the test file does not hang on open connections. */
export async function closeDb(): Promise<void> {
  await pool?.end();
  pool = undefined;
}

/** Rows of one query, on the shared pool (short-lived tests may skip closeDb: the pool is small). */
export async function queryDb<T extends pg.QueryResultRow = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  return (await sql().query<T>(text, params)).rows;
}

export type AuditRow = {
  action: string;
  entityType: string;
  entityId: string;
  actorLabel: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

/** The audit trail of one record, oldest first. */
export async function auditEntries(entityType: string, entityId: string): Promise<AuditRow[]> {
  const { rows } = await sql().query<AuditRow>(
    `SELECT "action", "entityType", "entityId", "actorLabel", "before", "after"
       FROM "AuditEntry" WHERE "entityType" = $1 AND "entityId" = $2 ORDER BY "at", "id"`,
    [entityType, entityId],
  );
  return rows;
}

export async function userIdByEmail(email: string): Promise<string> {
  const { rows } = await sql().query<{ id: string }>(`SELECT "id" FROM "User" WHERE "email" = $1`, [email]);
  if (!rows[0]) throw new Error(`no user ${email}`);
  return rows[0].id;
}

/** A deactivated user nobody can sign in as (the password hash is not a hash). */
export async function insertInactiveUser(): Promise<string> {
  const id = `test-inactive-${randomBytes(6).toString("hex")}`;
  await sql().query(
    `INSERT INTO "User" ("id", "email", "name", "active", "passwordHash", "updatedAt")
     VALUES ($1, $2, 'Inactive test user', false, '!', now())`,
    [id, `${id}@test.invalid`],
  );
  return id;
}

/** Removes a user a test inserted; fails if something still references it, which is a test bug. */
export async function deleteUser(id: string): Promise<void> {
  await sql().query(`DELETE FROM "User" WHERE "id" = $1`, [id]);
}

export async function teamMemberCount(teamId: string): Promise<number> {
  const { rows } = await sql().query<{ n: number }>(`SELECT count(*)::int AS n FROM "TeamMember" WHERE "teamId" = $1`, [teamId]);
  return rows[0].n;
}
