"use client";
import { useInfiniteQuery } from "@tanstack/react-query";
import { entityHistoryQuery, type AuditEntityType } from "@/lib/queries/audit";

/** One record's audit entries, newest first, a page at a time ("load more"). */
export function useEntityHistory(entityType: AuditEntityType, entityId: string) {
  // History is what just happened: show a fresh copy whenever the panel mounts.
  return useInfiniteQuery({ ...entityHistoryQuery(entityType, entityId), staleTime: 0 });
}
