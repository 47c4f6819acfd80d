"use client";
import { useMutation } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Banner } from "@/components/ui/feedback";
import { errorMessage } from "./error-message";

type Props = {
  open: boolean;
  path: string;
  name: string;
  onDeleted: () => void;
  onCancel: () => void;
};

/**
 * Delete a record, after confirmation. The API's refusal (409: "still referenced by …")
 * stays in the dialog word for word and nothing changes.
 */
export function DeleteDialog({ open, path, name, onDeleted, onCancel }: Props) {
  const { m } = useI18n();
  const mutation = useMutation({ mutationFn: () => api<void>(path, { method: "DELETE" }), onSuccess: onDeleted });
  return (
    <ConfirmDialog open={open} title={fmt(m.common.form.confirmDeleteTitle, { name })} busy={mutation.isPending}
      onConfirm={() => mutation.mutate()} onCancel={() => { mutation.reset(); onCancel(); }}>
      <div className="space-y-3">
        <p>{m.common.form.confirmDeleteBody}</p>
        {mutation.error && <Banner>{errorMessage(mutation.error, m)}</Banner>}
      </div>
    </ConfirmDialog>
  );
}
