// The audit log. Any write records an audit entry, so a mutation invalidates `auditKeys.all`
// and open history views and the log pick it up.
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { api, toQuery } from "@/lib/api-client";
import type { TAuditEntry } from "@/lib/schemas/audit";
import type { TPage } from "@/lib/schemas/common";
import type { TAuditAction, TEntityType } from "@/lib/schemas/enums";

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

const HISTORY_PAGE_SIZE = 20;

export const auditKeys = {
  all: ["audit"] as const,
  lists: () => [...auditKeys.all, "list"] as const,
  list: (filters: AuditListFilters) => [...auditKeys.lists(), filters] as const,
  entity: (entityType: AuditEntityType, entityId: string) => [...auditKeys.all, "entity", entityType, entityId] as const,
};

export const auditListQuery = (filters: AuditListFilters) =>
  queryOptions({
    queryKey: auditKeys.list(filters),
    queryFn: ({ signal }) => api<TPage<TAuditEntry>>(`/audit${toQuery(filters)}`, { signal }),
  });

/** One record's entries, newest first, a page at a time ("load more"). */
export const entityHistoryQuery = (entityType: AuditEntityType, entityId: string) =>
  infiniteQueryOptions({
    queryKey: auditKeys.entity(entityType, entityId),
    queryFn: ({ pageParam, signal }) =>
      api<TPage<TAuditEntry>>(`/audit${toQuery({ entityType, entityId, page: pageParam, pageSize: HISTORY_PAGE_SIZE })}`, { signal }),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
  });
