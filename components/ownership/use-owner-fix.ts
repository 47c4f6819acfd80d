"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError } from "@/lib/api-client";
import { invalidateCatalog } from "@/lib/queries/invalidate";
import { patchOwners, type TRecordType } from "@/components/catalog/record-fix";

export type OwnerChanges = Partial<Record<"teamId" | "technicalOwnerId" | "businessOwnerId", string>>;

/**
 * Sets owner fields on a system or interface at its current version. On success everything that
 * shows ownership refetches, so the fixed finding leaves the list and the counts move.
 */
export function useOwnerFix(onDone: () => void) {
  const qc = useQueryClient();
  const mutation = useMutation({
    mutationFn: ({ type, id, changes }: { type: TRecordType; id: string; changes: OwnerChanges }) => patchOwners(type, id, changes),
    onSuccess: () => {
      invalidateCatalog(qc);
      onDone();
    },
  });
  const error = mutation.error;
  /** The API's refusal of one field (e.g. a person deactivated meanwhile), shown under that field. */
  const fieldErrors = error instanceof ApiError ? error.fieldErrors : {};
  const hasFieldErrors = Object.keys(fieldErrors).some((k) => k !== "version");
  return {
    mutation,
    fieldErrors,
    /** An error not tied to a field: shown as a banner, with a reload for 409. */
    formError: error && !hasFieldErrors ? error : null,
    reload: () => { mutation.reset(); invalidateCatalog(qc); },
  };
}
