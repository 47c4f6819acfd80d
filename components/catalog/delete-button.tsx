"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Banner } from "@/components/ui/feedback";
import { errorMessage } from "./error-message";
import { invalidateCatalog } from "./invalidate-catalog";

type Props = {
  /** The API path of the record, e.g. /systems/{id}. */
  path: string;
  /** Shown in the confirmation title. */
  name: string;
  /** Where to go once it is deleted. */
  listHref: string;
};

/**
 * Delete with confirmation. A refusal (e.g. 409 "still referenced by 3 interfaces: …") stays in
 * the dialog, word for word from the API, and nothing is lost.
 */
export function DeleteButton({ path, name, listHref }: Props) {
  const { m } = useI18n();
  const router = useRouter();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const mutation = useMutation({
    mutationFn: () => api<void>(path, { method: "DELETE" }),
    onSuccess: () => {
      setOpen(false);
      router.push(listHref);
      invalidateCatalog(qc, "none");
    },
  });
  const error = mutation.error;
  return (
    <>
      <Button variant="danger" onClick={() => { mutation.reset(); setOpen(true); }}>
        {m.common.actions.delete}
      </Button>
      <ConfirmDialog open={open} title={fmt(m.common.form.confirmDeleteTitle, { name })} busy={mutation.isPending}
        onConfirm={() => mutation.mutate()} onCancel={() => setOpen(false)}>
        <div className="space-y-3">
          <p>{m.common.form.confirmDeleteBody}</p>
          {error && <Banner>{errorMessage(error, m)}</Banner>}
        </div>
      </ConfirmDialog>
    </>
  );
}
