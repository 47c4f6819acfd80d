// The one bulk loader: the demo seed, `npm run seed:synthetic` and `npm run bench:api` all write
// through it. Everything lands in one transaction (all or nothing), rows go in as bulk INSERTs in
// batches (insert-rows.ts), and ids are made up front (new-id.ts) so no insert waits on another's result.
// Scripts call it outside Next.js, so it takes the Prisma client as a parameter instead of
// importing server/db.ts (which is server-only).
import type { Db, Tx } from "../db-client";
import type { TEstate } from "./estate-types";
import { buildImportRows } from "./build-import-rows";
import { insertRows } from "./insert-rows";

export type ImportEstateOptions = {
  /** Shown as the actor of every audit entry, e.g. "seed" or "bench". */
  actorLabel: string;
  estate: TEstate;
};

export type ImportEstateResult = {
  users: number;
  teams: number;
  members: number;
  systems: number;
  interfaces: number;
  auditEntries: number;
};

// Big estates (20,000 systems) take tens of seconds on a small machine; the default 5 s would abort them.
export const IMPORT_TRANSACTION = { timeout: 600_000, maxWait: 60_000 } as const;

/** Imports inside the caller's transaction, for callers that write more in the same commit. */
export async function importEstateInTransaction(tx: Tx, o: ImportEstateOptions): Promise<ImportEstateResult> {
  const emails = [...new Set(o.estate.users.map((u) => u.email.toLowerCase()))];
  const known = await tx.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } });
  const rows = buildImportRows({
    estate: o.estate,
    actorLabel: o.actorLabel,
    existingUsers: new Map(known.map((u) => [u.email, u.id])),
  });
  if (rows.problems.length) {
    const shown = rows.problems.slice(0, 10).join("; ");
    throw new Error(`The estate cannot be imported (${rows.problems.length} problems): ${shown}`);
  }
  // Parents before children, so every foreign key already has its row.
  await insertRows(tx, "User", rows.users);
  await insertRows(tx, "Team", rows.teams);
  await insertRows(tx, "TeamMember", rows.members);
  await insertRows(tx, "System", rows.systems);
  await insertRows(tx, "Interface", rows.interfaces);
  await insertRows(tx, "AuditEntry", rows.audit);
  return {
    users: rows.users.length,
    teams: rows.teams.length,
    members: rows.members.length,
    systems: rows.systems.length,
    interfaces: rows.interfaces.length,
    auditEntries: rows.audit.length,
  };
}

/**
 * Refreshes the planner's statistics after a bulk load. Autovacuum would get there within a
 * minute or so; until then queries on a freshly loaded table may be planned as if it were empty.
 */
export async function analyzeEstateTables(prisma: Db): Promise<void> {
  await prisma.$executeRawUnsafe(`ANALYZE "User", "Team", "TeamMember", "System", "Interface"`);
}

/** Imports the estate in one transaction of its own, then refreshes statistics. */
export async function importEstate(prisma: Db, o: ImportEstateOptions): Promise<ImportEstateResult> {
  const result = await prisma.$transaction((tx) => importEstateInTransaction(tx, o), IMPORT_TRANSACTION);
  await analyzeEstateTables(prisma);
  return result;
}
