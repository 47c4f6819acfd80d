"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { auditListQuery, type AuditListFilters } from "@/lib/queries/audit";

export function useAuditLog(filters: AuditListFilters, enabled = true) {
  return useQuery({ ...auditListQuery(filters), enabled, placeholderData: keepPreviousData, staleTime: 0 });
}
