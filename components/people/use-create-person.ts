"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { TUser, TUserCreate } from "@/lib/schemas/user";
import { auditKeys } from "@/components/audit/query-keys";
import { peopleKeys } from "./query-keys";

export function useCreatePerson() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TUserCreate) => api<TUser>("/users", { method: "POST", body: input }),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: peopleKeys.all });
      client.invalidateQueries({ queryKey: auditKeys.all });
    },
  });
}
