"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { TUser, TUserCreate } from "@/lib/schemas/user";
import { invalidatePeople } from "@/lib/queries/invalidate";

export function useCreatePerson() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TUserCreate) => api<TUser>("/users", { method: "POST", body: input }),
    onSuccess: () => invalidatePeople(client),
  });
}
