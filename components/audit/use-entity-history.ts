"use client";
import { useInfiniteQuery } from "@tanstack/react-query";
import { api, toQuery } from "@/lib/api-client";
import type { TAuditEntry } from "@/lib/schemas/audit";
import type { TPage } from "@/lib/schemas/common";
import { auditKeys, type AuditEntityType } from "./query-keys";

const PAGE_SIZE = 20;

/** One record's audit entries, newest first, a page at a time ("load more"). */
export function useEntityHistory(entityType: AuditEntityType, entityId: string) {
  return useInfiniteQuery({
    queryKey: auditKeys.entity(entityType, entityId),
    queryFn: ({ pageParam, signal }) =>
      api<TPage<TAuditEntry>>(`/audit${toQuery({ entityType, entityId, page: pageParam, pageSize: PAGE_SIZE })}`, { signal }),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
    // History is what just happened: show a fresh copy whenever the panel mounts.
    staleTime: 0,
  });
}
