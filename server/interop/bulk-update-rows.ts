import "server-only";
import { jsonTimestamp, type SqlTx } from "@/server/db-sql-transaction";
import { AppError } from "@/server/http/app-error";
import type { Table } from "./import-columns";
import type { PlanItem } from "./plan-item";

// Small enough that the batch's progress moves during a large import, large enough that round trips stay few.
const BATCH = 1000;

/** updatedAt as JSON.stringify writes a Date: the audit entry's `after` keeps it so. */
export type UpdatedStamp = { id: string; version: number; updatedAt: string };
/** RETURNING what an UpdatedStamp holds, of a table aliased `t`. */
export const RETURNING_STAMP = `t."id", t."version", ${jsonTimestamp('t."updatedAt"')} AS "updatedAt"`;

/**
 * Updates many rows of one table in one statement per 1,000: each row's new values travel as one
 * JSON parameter, json_populate_recordset casts them to the columns' types (enums, text[]), and
 * the version the planner read guards each row, as a PATCH's does. A row someone changed in the
 * meantime makes the count fall short: the whole import rolls back with a 409 instead of
 * overwriting their change.
 */
export async function bulkUpdateRows(sql: SqlTx, table: Table, items: PlanItem[], onBatch: (n: number) => Promise<void>): Promise<Map<string, UpdatedStamp>> {
  const stamps = new Map<string, UpdatedStamp>();
  if (items.length === 0) return stamps;
  const columns = [...new Set(items.flatMap((i) => i.changed))];
  for (const c of columns) if (!/^[A-Za-z]+$/.test(c)) throw new Error(`unexpected column name ${c}`);
  const sets = columns.map((c) => `"${c}" = x."${c}"`);
  // Deactivated by an import: the person's sessions end, as on PATCH /users.
  if (table === "User" && columns.includes("active")) {
    sets.push(`"sessionsValidFrom" = CASE WHEN t."active" AND NOT x."active" THEN now() ELSE t."sessionsValidFrom" END`);
  }
  const statement =
    `UPDATE "${table}" AS t SET ${[...sets, `"version" = t."version" + 1`, `"updatedAt" = now()`].join(", ")} ` +
    `FROM json_populate_recordset(NULL::"${table}", $1::json) AS x WHERE t."id" = x."id" AND t."version" = x."version" ` +
    `RETURNING ${RETURNING_STAMP}`;
  for (let i = 0; i < items.length; i += BATCH) {
    const chunk = items.slice(i, i + BATCH);
    const rows = chunk.map((item) => ({
      id: item.after.id,
      version: item.existing!.version,
      ...Object.fromEntries(columns.map((c) => [c, item.after[c]])),
    }));
    const done = await sql.rows<UpdatedStamp>(statement, JSON.stringify(rows));
    if (done.length !== chunk.length) throw AppError.staleVersion("record");
    for (const d of done) stamps.set(d.id, d);
    await onBatch(chunk.length);
  }
  return stamps;
}
