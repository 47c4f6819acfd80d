"use client";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import type { TApiToken } from "@/lib/schemas/token";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Banner } from "@/components/ui/feedback";
import { ApiError } from "@/lib/api-client";
import { useDialogTrigger } from "@/components/people/use-dialog-trigger";
import { useRevokeToken } from "./use-tokens";

export function RevokeTokenButton({ token }: { token: TApiToken }) {
  const { m } = useI18n();
  const t = m.tokens.revoke;
  const dialog = useDialogTrigger();
  const revoke = useRevokeToken();
  function confirm() {
    if (revoke.isPending) return;
    revoke.mutate(token.id, { onSuccess: dialog.hide });
  }
  return (
    <>
      <Button variant="ghost" className="text-red-700 hover:bg-red-50" onClick={() => { revoke.reset(); dialog.show(); }}
        aria-label={`${t.action}: ${token.name}`}>
        {t.action}
      </Button>
      {/* Mounted only while open: ConfirmDialog labels itself with a fixed id, so two in the DOM would share it. */}
      {dialog.open && (
        <ConfirmDialog open title={fmt(t.title, { name: token.name })} confirmLabel={revoke.isPending ? t.revoking : t.confirm}
          onConfirm={confirm} onCancel={dialog.hide}>
          <div className="space-y-3">
            <p>{t.body}</p>
            {revoke.isError && <Banner>{revoke.error instanceof ApiError ? revoke.error.detail : m.common.states.error}</Banner>}
          </div>
        </ConfirmDialog>
      )}
    </>
  );
}
