"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { TApiToken, TApiTokenCreate, TApiTokenCreated } from "@/lib/schemas/token";
import { auditKeys } from "@/components/audit/query-keys";
import { tokenKeys } from "./query-keys";

export function useTokens() {
  return useQuery({
    queryKey: tokenKeys.list(),
    queryFn: ({ signal }) => api<{ items: TApiToken[] }>("/tokens", { signal }),
  });
}

function useInvalidateTokens() {
  const client = useQueryClient();
  return () => {
    client.invalidateQueries({ queryKey: tokenKeys.all });
    client.invalidateQueries({ queryKey: auditKeys.all });
  };
}

/** The response holds the secret; the caller shows it once and drops it. */
export function useCreateToken() {
  const onSuccess = useInvalidateTokens();
  return useMutation({
    mutationFn: (input: TApiTokenCreate) => api<TApiTokenCreated>("/tokens", { method: "POST", body: input }),
    onSuccess,
  });
}

export function useRevokeToken() {
  const onSuccess = useInvalidateTokens();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/tokens/${id}`, { method: "DELETE" }),
    onSuccess,
  });
}
