"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { TMe, TMeUpdate } from "@/lib/schemas/user";
import { meQuery, peopleKeys } from "@/lib/queries/people";
import { invalidatePeople } from "@/lib/queries/invalidate";

export function useMe() {
  return useQuery(meQuery());
}

export function useUpdateMe() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TMeUpdate) => api<TMe>("/me", { method: "PATCH", body: input }),
    onSuccess: (me) => {
      client.setQueryData(peopleKeys.me(), me);
      invalidatePeople(client);
    },
  });
}
