// Query keys for systems. Everything lives under `systemKeys.all`, so a mutation invalidates the
// lists, details and picker searches in one call.
export type SystemListParams = Record<string, string | number>;

export const systemKeys = {
  all: ["systems"] as const,
  lists: () => [...systemKeys.all, "list"] as const,
  list: (params: SystemListParams) => [...systemKeys.lists(), params] as const,
  details: () => [...systemKeys.all, "detail"] as const,
  detail: (idOrKey: string) => [...systemKeys.details(), idOrKey] as const,
  picker: (q: string, kinds: readonly string[] = []) => [...systemKeys.all, "picker", { q, kinds }] as const,
};
