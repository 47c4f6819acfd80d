// The monthly SLA report. Objectives are interface fields, so interface writes invalidate it
// through `slaKeys.all` (lib/queries/invalidate.ts); samples arrive on their own, so it also
// refreshes when the page regains focus.
import { queryOptions } from "@tanstack/react-query";
import { api, toQuery } from "@/lib/api-client";
import type { TSlaReport } from "@/lib/schemas/sla";

export type SlaParams = { month?: string; teamId?: string; breached?: "true" };

export const slaKeys = {
  all: ["sla"] as const,
  report: (params: SlaParams) => [...slaKeys.all, "report", params] as const,
};

/** The API path of the report (its CSV with format=csv). */
export const slaPath = (params: SlaParams & { format?: "csv" }) => `/api/v1/health/sla${toQuery(params)}`;

export const slaReportQuery = (params: SlaParams) =>
  queryOptions({
    queryKey: slaKeys.report(params),
    queryFn: ({ signal }) => api<TSlaReport>(`/health/sla${toQuery(params)}`, { signal }),
  });
