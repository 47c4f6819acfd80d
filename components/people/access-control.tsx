"use client";
import { useState } from "react";
import { useDialogTrigger } from "./use-dialog-trigger";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import type { TUser } from "@/lib/schemas/user";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Banner } from "@/components/ui/feedback";
import { updateErrorText } from "./update-error-text";
import { useUpdatePerson } from "./use-update-person";

type Props = { person: TUser; isSelf: boolean; onUpdated: (user: TUser) => void };

/** Deactivate or reactivate, after a confirmation that says what happens. */
export function AccessControl({ person, isSelf, onUpdated }: Props) {
  const { m } = useI18n();
  const t = m.people.admin;
  const dialog = useDialogTrigger();
  const [done, setDone] = useState<string>();
  const update = useUpdatePerson(person.id, onUpdated);
  const deactivating = person.active;

  function confirm() {
    if (update.isPending) return;
    update.mutate(
      { version: person.version, active: !person.active },
      { onSuccess: () => { dialog.hide(); setDone(deactivating ? t.deactivated : t.reactivated); } },
    );
  }

  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-600">{person.active ? t.activeNote : t.inactiveNote}</p>
      {isSelf && person.active && <p className="text-xs text-slate-500">{t.selfNote}</p>}
      {done && <Banner tone="success">{done}</Banner>}
      <Button variant={deactivating ? "danger" : "secondary"} onClick={() => { update.reset(); setDone(undefined); dialog.show(); }}>
        {deactivating ? t.deactivate : t.reactivate}
      </Button>
      {/* Mounted only while open: ConfirmDialog labels itself with a fixed id, so two in the DOM would share it. */}
      {dialog.open && (
        <ConfirmDialog
          open
          title={fmt(deactivating ? t.deactivateTitle : t.reactivateTitle, { name: person.name })}
          confirmLabel={update.isPending ? (deactivating ? t.deactivating : t.reactivating) : deactivating ? t.deactivate : t.reactivate}
          onConfirm={confirm}
          onCancel={dialog.hide}
        >
          <div className="space-y-3">
            <p>{deactivating ? t.deactivateBody : t.reactivateBody}</p>
            {update.isError && <Banner>{updateErrorText(update.error, m)}</Banner>}
          </div>
        </ConfirmDialog>
      )}
    </div>
  );
}
