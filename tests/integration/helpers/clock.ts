// A controllable clock for a real server: instead of moving the server's clock forward, move
// every stored moment of waivers, attestations and compliance results (or of health) back by the
// same amount. Triggers are off while doing so (session_replication_role = replica): the rows must
// look as if time had passed, not as if someone had edited them, so that what the test sees is
// the app noticing the lapse by itself (ComplianceRecord.validUntil, HealthStatus.staleAt), not a
// recomputation an edit caused.
import pg from "pg";
import { DATABASE_URL } from "./db";

/** Runs `updates` (each with $1 = the interval to move back by) in one transaction, triggers off. */
export async function moveStoredTimeBack(interval: string, updates: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query("SET LOCAL session_replication_role = replica");
    for (const sql of updates) await client.query(sql, [interval]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    await client.end();
  }
}

export async function advanceClock(days: number): Promise<void> {
  await moveStoredTimeBack(`${days} days`, [
    `UPDATE "Waiver" SET "expiresAt" = "expiresAt" - $1::interval, "createdAt" = "createdAt" - $1::interval, "decidedAt" = "decidedAt" - $1::interval`,
    `UPDATE "Attestation" SET "attestedAt" = "attestedAt" - $1::interval`,
    `UPDATE "ComplianceRecord" SET "validUntil" = "validUntil" - $1::interval, "evaluatedAt" = "evaluatedAt" - $1::interval`,
  ]);
}
