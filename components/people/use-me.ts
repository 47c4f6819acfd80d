"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { TMe, TMeUpdate } from "@/lib/schemas/user";
import { auditKeys } from "@/components/audit/query-keys";
import { peopleKeys } from "./query-keys";

export function useMe() {
  return useQuery({ queryKey: peopleKeys.me(), queryFn: ({ signal }) => api<TMe>("/me", { signal }) });
}

export function useUpdateMe() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TMeUpdate) => api<TMe>("/me", { method: "PATCH", body: input }),
    onSuccess: (me) => {
      client.setQueryData(peopleKeys.me(), me);
      client.invalidateQueries({ queryKey: peopleKeys.all });
      client.invalidateQueries({ queryKey: auditKeys.all });
    },
  });
}
