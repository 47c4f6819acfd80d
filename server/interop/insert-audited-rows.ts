import "server-only";
// New rows and their CREATE audit entries in one statement: the database builds each entry's
// `after` from the row it has just inserted (RETURNING), instead of the app sending every row a
// second time as nested JSON for the audit table. Measured on estate-5k.yaml (25,040 records):
// the audit entries took 2.5 s that way (most of it json → jsonb of the nested snapshots); this
// way they add ~25 ms per 1,000 rows to the rows' own insert (README, Performance → Import).
import type { Actor } from "@/server/auth/actor";
import { jsonTimestamp, type SqlTx } from "@/server/db-sql-transaction";
import type { EntityType } from "@/server/generated/prisma/enums";
import { auditActorFields } from "@/server/audit/write-audit";
import { insertRowsSql, type Rows } from "@/server/import/insert-rows";
import { newId } from "@/server/import/new-id";
import { COLUMNS, type Table } from "./import-columns";

/** A created row, and what its audit entry adds to the row's snapshot (a team's members). */
export type AuditedRow = { row: Record<string, unknown> & { id: string }; extra?: object };

const SNAPSHOT = (table: Table) => ["id", ...COLUMNS[table], "version"];

/** The same object as snapshot() in write-records.ts, dates in JSON.stringify's form. */
function snapshotSql(table: Table): string {
  const pairs = SNAPSHOT(table).map((c) => `'${c}', ins."${c}"`);
  return `jsonb_build_object(${pairs.join(", ")}, 'updatedAt', ${jsonTimestamp('ins."updatedAt"')})`;
}

export type InsertAuditedRowsOptions = { sql: SqlTx; table: Table; entity: EntityType; rows: AuditedRow[]; actor: Actor; batchId: string };

export async function insertAuditedRows({ sql, table, entity, rows, actor, batchId }: InsertAuditedRowsOptions): Promise<void> {
  if (rows.length === 0) return;
  const plain = rows.map((r) => r.row);
  const insert = insertRowsSql(table as keyof Rows, plain);
  const returning = [...SNAPSHOT(table), "updatedAt"].map((c) => `"${c}"`).join(", ");
  // Entry ids shaped like newId()'s: its time-and-counter head, then the row's place in the
  // statement (entries sort in the order written) and a hash of the row's id (unique across
  // instances, whose heads can meet). No second pass over the JSON to join ids back to rows.
  const id = `$7 || lpad(to_hex(row_number() OVER ()), 4, '0') || left(md5(ins."id"), 8)`;
  const statement =
    `WITH ins AS (${insert} RETURNING ${returning}) ` +
    `INSERT INTO "AuditEntry" ("id", "actorUserId", "actorTokenId", "actorLabel", "action", "entityType", "entityId", "after", "batchId") ` +
    `SELECT ${id}, $2, $3, $4, 'CREATE'::"AuditAction", $5::"EntityType", ins."id", ` +
    `${snapshotSql(table)} || coalesce($8::jsonb -> ins."id", '{}'::jsonb), $6 FROM ins`;
  const extras = Object.fromEntries(rows.filter((r) => r.extra).map((r) => [r.row.id, r.extra]));
  const who = auditActorFields(actor);
  const inserted = await sql.count(statement, JSON.stringify(plain), who.actorUserId, who.actorTokenId, who.actorLabel,
    entity, batchId, newId().slice(0, 13), JSON.stringify(extras));
  // One entry per row, or the transaction does not commit: an unaudited change is not allowed.
  if (inserted !== rows.length) throw new Error(`audited insert into ${table}: ${inserted} entries for ${rows.length} rows`);
}
