import "server-only";
import type { Actor } from "@/server/auth/actor";
import type { SqlTx } from "@/server/db-sql-transaction";
import type { AuditAction, EntityType } from "@/server/generated/prisma/enums";
import { AppError } from "@/server/http/app-error";
import { auditActorFields } from "@/server/audit/write-audit";
import { NO_PASSWORD } from "@/server/import/build-import-rows";
import { insertRows } from "@/server/import/insert-rows";
import { newId } from "@/server/import/new-id";
import { insertAuditedRows } from "./insert-audited-rows";
import { COLUMNS, type Row, type Table } from "./import-columns";
import { actionOf, type PlanItem } from "./plan-item";
import { bulkUpdateRows, RETURNING_STAMP, type UpdatedStamp } from "./bulk-update-rows";

export type WriteRecordsOptions = {
  sql: SqlTx;
  actor: Actor;
  batchId: string;
  /** Valid items that create, update or delete (unchanged and invalid ones are not passed). */
  items: PlanItem[];
  /** What the batch's own audit entry records (source, label, mode, counts). */
  batch: Record<string, unknown>;
  /** Called as groups of records are written, with how many; progress is stored outside the transaction. */
  onProgress: (written: number) => Promise<void>;
};

const ENTITY: Record<Table, EntityType> = { User: "USER", Team: "TEAM", System: "SYSTEM", Interface: "INTERFACE" };
const ORDER: Table[] = ["User", "Team", "System", "Interface"];
const PROGRESS_GROUP = 1000;

// The row's own columns as the audit log records them (JSON: dates as ISO strings).
const snapshot = (table: Table, row: Row, extra: Record<string, unknown> = {}) =>
  JSON.parse(JSON.stringify({ id: row.id, ...Object.fromEntries(COLUMNS[table].map((c) => [c, row[c] ?? null])), version: row.version, updatedAt: row.updatedAt, ...extra }));

// Parents before children: a team's parent row exists by the time the team's row is inserted.
function parentsFirst(items: PlanItem[]): PlanItem[] {
  const byId = new Map(items.map((i) => [i.after.id, i]));
  const out: PlanItem[] = [];
  const placed = new Set<string>();
  const place = (item: PlanItem) => {
    if (placed.has(item.after.id)) return;
    placed.add(item.after.id);
    const parent = byId.get(String(item.after.parentId));
    if (parent) place(parent);
    out.push(item);
  };
  items.forEach(place);
  return out;
}

function createRow(table: Table, item: PlanItem): Record<string, unknown> {
  const row: Record<string, unknown> = { id: item.after.id, ...Object.fromEntries(COLUMNS[table].map((c) => [c, item.after[c] ?? null])) };
  // Directory entries: viewers with no usable password, until an admin sets them up.
  if (table === "User") Object.assign(row, { passwordHash: NO_PASSWORD, locale: "en" });
  return row;
}

function personAction(item: PlanItem): AuditAction {
  if (!item.changed.includes("active")) return "UPDATE";
  return item.after.active === false ? "DEACTIVATE" : "REACTIVATE";
}

/**
 * Carries out a plan inside the caller's transaction, set-based: bulk INSERTs (each with its
 * records' CREATE entries, insert-audited-rows.ts) and UPDATEs per table (people, teams,
 * memberships, systems, interfaces), then removals (interfaces before the systems they join), then
 * the other audit entries in bulk — per record with before/after, and the batch's own — all
 * carrying the batch id. Nothing here asks the database one record at a time.
 */
export async function writeRecords(o: WriteRecordsOptions): Promise<void> {
  const { sql } = o;
  const audit: Record<string, unknown>[] = [];
  const record: Record_ = (action, entityType, entityId, before, after) =>
    audit.push({ id: newId(), ...auditActorFields(o.actor), action, entityType, entityId, before, after, batchId: o.batchId });
  // A team's entry records its membership when the import replaced it.
  const members = (item: PlanItem, list = item.members) => (item.members ? { members: list } : {});

  for (const table of ORDER) {
    const mine = o.items.filter((i) => i.table === table && !i.remove);
    const creates = mine.filter((i) => actionOf(i) === "create");
    const updates = mine.filter((i) => actionOf(i) === "update");
    const ordered = table === "Team" ? parentsFirst(creates) : creates;
    // In groups, so the batch's progress moves while a large import is written; one group is
    // prepared (rows, JSON) while the database inserts the one before it, and pg sends a
    // connection's statements in the order given.
    let inFlight: Promise<void> = Promise.resolve();
    for (let at = 0; at < ordered.length; at += PROGRESS_GROUP) {
      const group = ordered.slice(at, at + PROGRESS_GROUP);
      const rows = group.map((i) => ({ row: { ...createRow(table, i), id: i.after.id }, extra: i.members ? members(i) : undefined }));
      const sent = insertAuditedRows({ sql, table, entity: ENTITY[table], rows, actor: o.actor, batchId: o.batchId });
      sent.catch(() => undefined); // awaited below, after the group before it: not an unhandled rejection meanwhile
      await inFlight;
      inFlight = sent.then(() => o.onProgress(group.length));
    }
    await inFlight;
    const stamps = await bulkUpdateRows(sql, table, updates.filter((i) => i.changed.length), o.onProgress);
    // Updates that change only a membership or a contract still move the record's version.
    const extraOnly = updates.filter((i) => !i.changed.length);
    const moved = extraOnly.length
      ? await sql.rows<UpdatedStamp>(`UPDATE "${table}" AS t SET "version" = t."version" + 1, "updatedAt" = now()
          WHERE t."id" = ANY($1::text[]) RETURNING ${RETURNING_STAMP}`, extraOnly.map((i) => i.after.id))
      : [];
    for (const m of moved) stamps.set(m.id, m);
    await o.onProgress(extraOnly.length);
    if (table === "Team") await replaceMembers(sql, mine);

    for (const i of updates) {
      const before = snapshot(table, i.existing!, members(i, i.membersBefore));
      const after = snapshot(table, { ...i.after, ...stamps.get(i.after.id) }, members(i));
      record(table === "User" ? personAction(i) : "UPDATE", ENTITY[table], i.after.id, before, after);
    }
  }
  await removeRows(o, record);
  record("IMPORT", "IMPORT_BATCH", o.batchId, undefined, o.batch);
  await insertRows(sql, "AuditEntry", audit as never[]);
}

async function replaceMembers(sql: SqlTx, teams: PlanItem[]): Promise<void> {
  const replaced = teams.filter((i) => i.members && (i.extra.some((e) => e.field === "members") || !i.existing));
  if (replaced.length === 0) return;
  await sql.count(`DELETE FROM "TeamMember" WHERE "teamId" = ANY($1::text[])`, replaced.map((i) => i.after.id));
  await insertRows(sql, "TeamMember", replaced.flatMap((i) => i.members!.map((m) => ({ teamId: i.after.id, userId: m.userId, role: m.role }))) as never[]);
}

type Record_ = (action: AuditAction, entityType: EntityType, entityId: string, before?: object, after?: object) => void;

async function removeRows(o: WriteRecordsOptions, record: Record_): Promise<void> {
  for (const table of ["Interface", "System"] as const) {
    const going = o.items.filter((i) => i.table === table && i.remove);
    if (going.length === 0) continue;
    const ids = going.map((i) => i.existing!.id);
    const done = await o.sql.rows<{ id: string }>(`DELETE FROM "${table}" WHERE "id" = ANY($1::text[]) RETURNING "id"`, ids);
    if (done.length !== ids.length) throw AppError.staleVersion("record");
    for (const i of going) record("DELETE", ENTITY[table], i.existing!.id, snapshot(table, i.existing!));
    await o.onProgress(going.length);
  }
}
