"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { TApiTokenCreate, TApiTokenCreated } from "@/lib/schemas/token";
import { invalidateTokens } from "@/lib/queries/invalidate";
import { tokenListQuery } from "@/lib/queries/tokens";

export function useTokens() {
  return useQuery(tokenListQuery());
}

function useInvalidateTokens() {
  const client = useQueryClient();
  return () => invalidateTokens(client);
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
