"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { api } from "@/lib/api-client";
import type { TUser, TUserUpdate } from "@/lib/schemas/user";
import { invalidatePeople } from "@/lib/queries/invalidate";

/** PATCH /users/{id} with the version read; hands the new record back so the next change sends the new version. */
export function useUpdatePerson(id: string, onUpdated: (user: TUser) => void) {
  const client = useQueryClient();
  const router = useRouter();
  return useMutation({
    mutationFn: (input: TUserUpdate) => api<TUser>(`/users/${id}`, { method: "PATCH", body: input }),
    onSuccess: (user) => {
      onUpdated(user);
      invalidatePeople(client);
      // The page's server-rendered parts (and the header, if this is you) read the user too.
      router.refresh();
    },
  });
}
