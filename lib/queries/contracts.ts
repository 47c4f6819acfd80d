// Contracts of an interface: its versions, one version (text and findings), the diff of two, and
// the lint settings. Everything lives under `contractKeys.all`; attaching a version also changes
// the interface (its format) and its results, so the mutation invalidates those too.
import { queryOptions } from "@tanstack/react-query";
import { api, toQuery } from "@/lib/api-client";
import type { TContractDiff, TContractSettings, TContractVersion, TContractVersionDetail } from "@/lib/schemas/contract";

const base = (interfaceId: string) => `/interfaces/${encodeURIComponent(interfaceId)}/contracts`;

export const contractKeys = {
  all: ["contracts"] as const,
  versions: (interfaceId: string) => [...contractKeys.all, interfaceId, "versions"] as const,
  version: (interfaceId: string, number: number) => [...contractKeys.all, interfaceId, "version", number] as const,
  diff: (interfaceId: string, from: number, to: number) => [...contractKeys.all, interfaceId, "diff", from, to] as const,
  settings: () => [...contractKeys.all, "settings"] as const,
};

export const contractVersionsQuery = (interfaceId: string) =>
  queryOptions({
    queryKey: contractKeys.versions(interfaceId),
    queryFn: ({ signal }) => api<{ items: TContractVersion[] }>(base(interfaceId), { signal }),
  });

export const contractVersionQuery = (interfaceId: string, number: number) =>
  queryOptions({
    queryKey: contractKeys.version(interfaceId, number),
    queryFn: ({ signal }) => api<TContractVersionDetail>(`${base(interfaceId)}/${number}`, { signal }),
    // A stored version never changes.
    staleTime: Infinity,
  });

export const contractDiffQuery = (interfaceId: string, from: number, to: number) =>
  queryOptions({
    queryKey: contractKeys.diff(interfaceId, from, to),
    queryFn: ({ signal }) => api<TContractDiff>(`${base(interfaceId)}/diff${toQuery({ from, to })}`, { signal }),
    staleTime: Infinity,
  });

export const contractSettingsQuery = () =>
  queryOptions({ queryKey: contractKeys.settings(), queryFn: ({ signal }) => api<TContractSettings>("/contracts/settings", { signal }) });
