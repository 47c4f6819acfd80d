"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { api } from "@/lib/api-client";
import type { TUserDeactivate, TUserDeactivateResult } from "@/lib/schemas/user";
import { invalidateCatalog, invalidatePeople } from "@/lib/queries/invalidate";

/** POST /users/{id}/deactivate: hand-overs and the deactivation in one request. */
export function useDeactivatePerson(id: string, onDone: (result: TUserDeactivateResult) => void) {
  const client = useQueryClient();
  const router = useRouter();
  return useMutation({
    mutationFn: (input: TUserDeactivate) => api<TUserDeactivateResult>(`/users/${encodeURIComponent(id)}/deactivate`, { method: "POST", body: input }),
    onSuccess: (result) => {
      onDone(result);
      invalidatePeople(client);
      // Hand-overs changed systems and interfaces (owners, versions, history).
      invalidateCatalog(client);
      router.refresh();
    },
  });
}
