import { api, toQuery } from "@/lib/api-client";
import type { TOwnershipGaps } from "@/lib/schemas/ownership";
import { ownershipKeys, type GapParams } from "./query-keys";

export const gapsQuery = (params: GapParams) => ({
  queryKey: ownershipKeys.gaps(params),
  queryFn: ({ signal }: { signal?: AbortSignal }) => api<TOwnershipGaps>(`/ownership/gaps${toQuery(params)}`, { signal }),
});
