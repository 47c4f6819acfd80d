// Removes what generate-synthetic-estate.ts created (keys "syn-…", emails @SYNTHETIC_EMAIL_DOMAIN),
// so `npm run seed:synthetic -- --reset` can replace it. Runs in the caller's transaction and
// records a DELETE audit entry per removed record: the audit log stays complete even for test data.
import type { EntityType } from "../generated/prisma/enums";
import type { AuditRow } from "./build-import-rows";
import type { Tx } from "../db-client";
import { insertRows } from "./insert-rows";
import { newId } from "./new-id";
import { SYNTHETIC_EMAIL_DOMAIN, SYNTHETIC_PREFIX } from "./generate-synthetic-estate";

type Removed = { id: string; key: string };

export type RemoveSyntheticEstateOptions = { actorLabel: string };

export async function removeSyntheticEstate(tx: Tx, o: RemoveSyntheticEstateOptions) {
  const keys = `${SYNTHETIC_PREFIX}%`;
  const emails = `%@${SYNTHETIC_EMAIL_DOMAIN}`;
  const remove = (sql: string, pattern: string) => tx.$queryRawUnsafe<Removed[]>(sql, pattern);
  try {
    // Children before parents: interfaces hold the systems, systems hold teams and people.
    const interfaces = await remove(`DELETE FROM "Interface" WHERE key LIKE $1 RETURNING id, key`, keys);
    const systems = await remove(`DELETE FROM "System" WHERE key LIKE $1 RETURNING id, key`, keys);
    const teams = await remove(`DELETE FROM "Team" WHERE key LIKE $1 RETURNING id, key`, keys);
    await tx.$executeRawUnsafe(`DELETE FROM "TeamMember" WHERE "userId" IN (SELECT id FROM "User" WHERE email LIKE $1)`, emails);
    const users = await remove(`DELETE FROM "User" WHERE email LIKE $1 RETURNING id, email AS key`, emails);

    const audit: AuditRow[] = [];
    const record = (entityType: EntityType, rows: Removed[]) => {
      for (const r of rows) {
        audit.push({
          id: newId(), actorUserId: null, actorTokenId: null, actorLabel: o.actorLabel, action: "DELETE",
          entityType, entityId: r.id, before: entityType === "USER" ? { email: r.key } : { key: r.key },
        });
      }
    };
    record("INTERFACE", interfaces);
    record("SYSTEM", systems);
    record("TEAM", teams);
    record("USER", users);
    await insertRows(tx, "AuditEntry", audit);
    return { interfaces: interfaces.length, systems: systems.length, teams: teams.length, users: users.length };
  } catch (error) {
    const cause = referenceViolation(error);
    if (cause) {
      throw new Error(`Records outside the synthetic estate still refer to synthetic ones; remove or re-point them first (${cause})`, { cause: error });
    }
    throw error;
  }
}

// 23001 restrict_violation / 23503 foreign_key_violation, as the pg driver adapter reports them.
function referenceViolation(error: unknown): string | undefined {
  type AdapterError = { meta?: { driverAdapterError?: { cause?: { originalCode?: string; originalMessage?: string } } } };
  const cause = (error as AdapterError)?.meta?.driverAdapterError?.cause;
  return cause?.originalCode === "23001" || cause?.originalCode === "23503" ? cause.originalMessage : undefined;
}
