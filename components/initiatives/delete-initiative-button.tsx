"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { invalidateInitiatives } from "@/lib/queries/invalidate";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Banner } from "@/components/ui/feedback";
import { errorMessage } from "@/components/catalog/error-message";

/** Delete an initiative after a confirmation that says what goes with it; then the list. */
export function DeleteInitiativeButton({ id, name }: { id: string; name: string }) {
  const { m } = useI18n();
  const router = useRouter();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const mutation = useMutation({
    mutationFn: () => api<void>(`/initiatives/${id}`, { method: "DELETE" }),
    onSuccess: () => {
      setOpen(false);
      router.push("/initiatives");
      // Not refetched here: this page's own query would ask for the deleted initiative.
      invalidateInitiatives(qc, "none");
    },
  });
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>{m.common.actions.delete}</Button>
      <ConfirmDialog open={open} title={fmt(m.common.form.confirmDeleteTitle, { name })} busy={mutation.isPending}
        onConfirm={() => mutation.mutate()} onCancel={() => { mutation.reset(); setOpen(false); }}>
        <div className="space-y-3">
          <p>{m.initiatives.detail.deleteBody}</p>
          <p>{m.common.form.confirmDeleteBody}</p>
          {mutation.error && <Banner>{errorMessage(mutation.error, m)}</Banner>}
        </div>
      </ConfirmDialog>
    </>
  );
}
