"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, toQuery } from "@/lib/api-client";
import type { TAuditEntry } from "@/lib/schemas/audit";
import type { TPage } from "@/lib/schemas/common";
import { auditKeys, type AuditListFilters } from "./query-keys";

export function useAuditLog(filters: AuditListFilters, enabled = true) {
  return useQuery({
    enabled,
    queryKey: auditKeys.list(filters),
    queryFn: ({ signal }) => api<TPage<TAuditEntry>>(`/audit${toQuery(filters)}`, { signal }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
