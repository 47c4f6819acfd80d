import type { TAuditAction, TEntityType } from "@/lib/schemas/enums";

// Query keys for the audit log. Any mutation that writes an audit entry can invalidate
// `auditKeys.all` (or `auditKeys.entity(type, id)`) so open history views pick it up.
export type AuditEntityType = TEntityType;

export type AuditListFilters = {
  entityType?: AuditEntityType;
  entityId?: string;
  actorUserId?: string;
  action?: TAuditAction;
  /** ISO instants: the API's `from` (inclusive) and `to` (exclusive). */
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
};

export const auditKeys = {
  all: ["audit"] as const,
  lists: () => [...auditKeys.all, "list"] as const,
  list: (filters: AuditListFilters) => [...auditKeys.lists(), filters] as const,
  entity: (entityType: AuditEntityType, entityId: string) => [...auditKeys.all, "entity", entityType, entityId] as const,
};
