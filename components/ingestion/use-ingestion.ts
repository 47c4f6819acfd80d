"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { THealthSourceCreate, THealthSourceCreated, TMachineTokenCreate, TMachineTokenCreated } from "@/lib/schemas/ingestion";
import { invalidateIngestion } from "@/lib/queries/invalidate";
import { healthSourceListQuery, machineTokenListQuery } from "@/lib/queries/ingestion";

export const useMachineTokens = () => useQuery(machineTokenListQuery());
export const useHealthSources = () => useQuery(healthSourceListQuery());

function useInvalidate() {
  const client = useQueryClient();
  return () => invalidateIngestion(client);
}

/** The responses hold the secret; the caller shows it once and drops it. */
export function useCreateMachineToken() {
  const onSuccess = useInvalidate();
  return useMutation({ mutationFn: (input: TMachineTokenCreate) => api<TMachineTokenCreated>("/ingestion/tokens", { method: "POST", body: input }), onSuccess });
}

export function useCreateHealthSource() {
  const onSuccess = useInvalidate();
  return useMutation({ mutationFn: (input: THealthSourceCreate) => api<THealthSourceCreated>("/ingestion/sources", { method: "POST", body: input }), onSuccess });
}

/** Revokes a machine token ("tokens") or a webhook source ("sources"). */
export function useRevokeCredential(kind: "tokens" | "sources") {
  const onSuccess = useInvalidate();
  return useMutation({ mutationFn: (id: string) => api<void>(`/ingestion/${kind}/${id}`, { method: "DELETE" }), onSuccess });
}
