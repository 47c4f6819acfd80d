// The dashboard's figures and ownership summary; everything lives under `dashboardKeys.all`.
import { queryOptions } from "@tanstack/react-query";
import { api, toQuery } from "@/lib/api-client";
import type { TDashboard } from "@/lib/schemas/dashboard";
import type { TOwnershipSummary } from "@/lib/schemas/ownership";

export const dashboardKeys = {
  all: ["dashboard"] as const,
  figures: (teamId: string | null) => [...dashboardKeys.all, "figures", { teamId }] as const,
  ownershipSummary: (teamId: string | null) => [...dashboardKeys.all, "ownership-summary", { teamId }] as const,
};

export const dashboardQuery = (teamId: string | null) =>
  queryOptions({
    queryKey: dashboardKeys.figures(teamId),
    queryFn: ({ signal }) => api<TDashboard>(`/dashboard${toQuery({ teamId })}`, { signal }),
  });

export const ownershipSummaryQuery = (teamId: string | null) =>
  queryOptions({
    queryKey: dashboardKeys.ownershipSummary(teamId),
    queryFn: ({ signal }) => api<TOwnershipSummary>(`/ownership/summary${toQuery({ teamId })}`, { signal }),
  });
