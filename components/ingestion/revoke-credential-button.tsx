"use client";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Banner } from "@/components/ui/feedback";
import { ApiError } from "@/lib/api-client";
import { useDialogTrigger } from "@/components/people/use-dialog-trigger";
import { useRevokeCredential } from "./use-ingestion";

/** Revoke, after a confirmation: a machine token or a webhook source. */
export function RevokeCredentialButton({ kind, id, name }: { kind: "tokens" | "sources"; id: string; name: string }) {
  const { m } = useI18n();
  const t = m.ingestion.revoke;
  const dialog = useDialogTrigger();
  const revoke = useRevokeCredential(kind);
  const confirm = () => {
    if (!revoke.isPending) revoke.mutate(id, { onSuccess: dialog.hide });
  };
  return (
    <>
      <Button variant="ghost" className="text-red-700 hover:bg-red-50" onClick={() => { revoke.reset(); dialog.show(); }} aria-label={`${t.action}: ${name}`}>
        {t.action}
      </Button>
      {dialog.open && (
        <ConfirmDialog open title={fmt(kind === "tokens" ? t.tokenTitle : t.sourceTitle, { name })}
          confirmLabel={revoke.isPending ? t.revoking : t.confirm} onConfirm={confirm} onCancel={dialog.hide}>
          <div className="space-y-3">
            <p>{t.body}</p>
            {revoke.isError && <Banner>{revoke.error instanceof ApiError ? revoke.error.detail : m.common.states.error}</Banner>}
          </div>
        </ConfirmDialog>
      )}
    </>
  );
}
