// Ownership health; everything lives under `ownershipKeys.all`, so a fix anywhere refreshes the
// findings, counts, score and settings in one call.
import { queryOptions } from "@tanstack/react-query";
import { api, toQuery } from "@/lib/api-client";
import type { TOwnershipGaps } from "@/lib/schemas/ownership";

export type GapParams = Record<string, string | number>;

export const ownershipKeys = {
  all: ["ownership"] as const,
  gaps: (params: GapParams) => [...ownershipKeys.all, "gaps", params] as const,
};

export const gapsQuery = (params: GapParams) =>
  queryOptions({
    queryKey: ownershipKeys.gaps(params),
    queryFn: ({ signal }) => api<TOwnershipGaps>(`/ownership/gaps${toQuery(params)}`, { signal }),
  });
