"use client";
import type { UseMutationResult } from "@tanstack/react-query";
import { useI18n } from "@/lib/i18n/client";
import { ApiError } from "@/lib/api-client";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Banner } from "@/components/ui/feedback";
import { useDialogTrigger } from "@/components/people/use-dialog-trigger";

type Props = {
  id: string;
  label: string;
  title: string;
  body: string;
  busyLabel: string;
  remove: UseMutationResult<void, Error, string>;
};

/** Delete after a confirmation (a channel, a policy); the API's refusal is shown in the dialog. */
export function DeleteButton({ id, label, title, body, busyLabel, remove }: Props) {
  const { m } = useI18n();
  const dialog = useDialogTrigger();
  return (
    <>
      <Button variant="ghost" className="text-red-700 hover:bg-red-50" aria-label={title} onClick={() => { remove.reset(); dialog.show(); }}>
        {label}
      </Button>
      {dialog.open && (
        <ConfirmDialog open title={title} confirmLabel={label} busyLabel={busyLabel} busy={remove.isPending}
          onConfirm={() => !remove.isPending && remove.mutate(id, { onSuccess: dialog.hide })} onCancel={dialog.hide}>
          <div className="space-y-3">
            <p>{body}</p>
            {remove.isError && <Banner>{remove.error instanceof ApiError ? remove.error.detail : m.common.states.error}</Banner>}
          </div>
        </ConfirmDialog>
      )}
    </>
  );
}
