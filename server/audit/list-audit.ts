import "server-only";
import { db } from "@/server/db";
import type { Prisma } from "@/server/generated/prisma/client";
import type { EntityType } from "@/server/generated/prisma/enums";
import type { Actor } from "@/server/auth/actor";
import { can } from "@/server/auth/permissions";
import type { TAuditListQuery } from "@/lib/schemas/audit";
import { pageArgs } from "@/server/shared/list-args";

export type ListAuditOptions = { actor: Actor; query: TAuditListQuery };

/** The catalog's history (saved views included) is open to every reader; users and tokens are the admins' business. */
const CATALOG_ENTITY_TYPES: EntityType[] = ["SYSTEM", "INTERFACE", "TEAM", "VIEW"];

const auditSelect = {
  id: true, at: true, action: true, entityType: true, entityId: true,
  actorUserId: true, actorTokenId: true, actorLabel: true, before: true, after: true,
} satisfies Prisma.AuditEntrySelect;

type AuditRow = Prisma.AuditEntryGetPayload<{ select: typeof auditSelect }>;

const toEntry = ({ actorUserId, actorTokenId, actorLabel, ...row }: AuditRow) => ({
  ...row,
  actor: { userId: actorUserId, label: actorLabel, viaToken: actorTokenId !== null },
});

/** Newest first. The visibility scope sits in the WHERE clause, so hidden entries are not counted either. */
export async function listAudit({ actor, query }: ListAuditOptions) {
  const scope: Prisma.AuditEntryWhereInput = can(actor.role, "users:manage")
    ? {}
    : { entityType: { in: CATALOG_ENTITY_TYPES } };
  const where: Prisma.AuditEntryWhereInput = {
    AND: [
      scope,
      { entityType: query.entityType, entityId: query.entityId, actorUserId: query.actorUserId, action: query.action },
    ],
  };
  const [rows, total] = await Promise.all([
    db().auditEntry.findMany({ where, select: auditSelect, orderBy: [{ at: "desc" }, { id: "desc" }], ...pageArgs(query) }),
    db().auditEntry.count({ where }),
  ]);
  return { items: rows.map(toEntry), total, page: query.page, pageSize: query.pageSize };
}
