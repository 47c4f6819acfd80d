// Query keys for teams; everything lives under `teamKeys.all`.
export type TeamListParams = Record<string, string | number>;

export const teamKeys = {
  all: ["teams"] as const,
  lists: () => [...teamKeys.all, "list"] as const,
  list: (params: TeamListParams) => [...teamKeys.lists(), params] as const,
  details: () => [...teamKeys.all, "detail"] as const,
  detail: (idOrKey: string) => [...teamKeys.details(), idOrKey] as const,
  picker: (q: string) => [...teamKeys.all, "picker", { q }] as const,
};
