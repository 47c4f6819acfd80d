// Initiatives: keys and queries; everything lives under `initiativeKeys.all`. Their progress follows
// from the records' compliance, so catalog and standards writes invalidate them too (invalidate.ts).
import { queryOptions } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { TInitiative, TInitiativeDetail } from "@/lib/schemas/initiative";
import { recordQueries } from "./record-queries";

const initiatives = recordQueries<TInitiative, "initiatives">("initiatives");

export const initiativeKeys = initiatives.keys;
export const initiativeListQuery = initiatives.list;

/** One initiative with what the list leaves out: progress per team, the records left, the history. */
export const initiativeDetailQuery = (id: string) =>
  queryOptions({
    queryKey: initiativeKeys.detail(id),
    queryFn: ({ signal }) => api<TInitiativeDetail>(`/initiatives/${encodeURIComponent(id)}`, { signal }),
  });
