import { api, toQuery } from "@/lib/api-client";
import type { TDashboard } from "@/lib/schemas/dashboard";
import type { TOwnershipSummary } from "@/lib/schemas/ownership";
import { dashboardKeys } from "./query-keys";

type Ctx = { signal?: AbortSignal };

export const dashboardQuery = (teamId: string | null) => ({
  queryKey: dashboardKeys.figures(teamId),
  queryFn: ({ signal }: Ctx) => api<TDashboard>(`/dashboard${toQuery({ teamId })}`, { signal }),
});

export const ownershipSummaryQuery = (teamId: string | null) => ({
  queryKey: dashboardKeys.ownershipSummary(teamId),
  queryFn: ({ signal }: Ctx) => api<TOwnershipSummary>(`/ownership/summary${toQuery({ teamId })}`, { signal }),
});
