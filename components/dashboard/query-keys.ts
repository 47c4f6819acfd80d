// Query keys for the dashboard; everything lives under `dashboardKeys.all`.
export const dashboardKeys = {
  all: ["dashboard"] as const,
  figures: (teamId: string | null) => [...dashboardKeys.all, "figures", { teamId }] as const,
  ownershipSummary: (teamId: string | null) => [...dashboardKeys.all, "ownership-summary", { teamId }] as const,
};
