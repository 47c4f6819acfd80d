// The admins' ingestion credentials: machine tokens and webhook sources.
import { queryOptions } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { THealthSource, TMachineToken } from "@/lib/schemas/ingestion";

export const ingestionKeys = {
  all: ["ingestion"] as const,
  tokens: () => [...ingestionKeys.all, "tokens"] as const,
  sources: () => [...ingestionKeys.all, "sources"] as const,
};

export const machineTokenListQuery = () =>
  queryOptions({
    queryKey: ingestionKeys.tokens(),
    queryFn: ({ signal }) => api<{ items: TMachineToken[] }>("/ingestion/tokens", { signal }),
  });

export const healthSourceListQuery = () =>
  queryOptions({
    queryKey: ingestionKeys.sources(),
    queryFn: ({ signal }) => api<{ items: THealthSource[] }>("/ingestion/sources", { signal }),
  });
