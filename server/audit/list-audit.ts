import "server-only";
import { db } from "@/server/db";
import type { Prisma } from "@/server/generated/prisma/client";
import type { Actor } from "@/server/auth/actor";
import { can } from "@/server/auth/permissions";
import { READER_AUDIT_ENTITY_TYPES, type TAuditListQuery } from "@/lib/schemas/audit";
import { pageArgs } from "@/server/shared/list-args";

export type ListAuditOptions = { actor: Actor; query: TAuditListQuery };

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
    : { entityType: { in: [...READER_AUDIT_ENTITY_TYPES] } };
  const where: Prisma.AuditEntryWhereInput = {
    AND: [
      scope,
      { entityType: query.entityType, entityId: query.entityId, actorUserId: query.actorUserId, action: query.action },
      query.from || query.to ? { at: { gte: query.from ? new Date(query.from) : undefined, lt: query.to ? new Date(query.to) : undefined } } : {},
    ],
  };
  const [rows, total] = await Promise.all([
    db().auditEntry.findMany({ where, select: auditSelect, orderBy: [{ at: "desc" }, { id: "desc" }], ...pageArgs(query) }),
    db().auditEntry.count({ where }),
  ]);
  return { items: rows.map(toEntry), total, page: query.page, pageSize: query.pageSize };
}
