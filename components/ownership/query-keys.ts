// Query keys for ownership health; everything lives under `ownershipKeys.all`, so a fix anywhere
// refreshes the findings, counts, score and settings in one call.
export type GapParams = Record<string, string | number>;

export const ownershipKeys = {
  all: ["ownership"] as const,
  gaps: (params: GapParams) => [...ownershipKeys.all, "gaps", params] as const,
  settings: () => [...ownershipKeys.all, "settings"] as const,
};
