// One advisory lock for every change to HealthSample's partitions (creating ahead, creating on
// demand, dropping expired ones), so two instances never run DDL on the table at the same time.
import "server-only";
import type pg from "pg";

/** Takes the lock for the rest of the client's open transaction. */
export async function lockPartitions(client: pg.PoolClient): Promise<void> {
  await client.query(`SELECT pg_advisory_xact_lock(hashtext('junction:health-sample-partitions'))`);
}
