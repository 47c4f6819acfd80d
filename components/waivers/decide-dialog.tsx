"use client";
import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError, api } from "@/lib/api-client";
import type { TWaiver } from "@/lib/schemas/waiver";
import type { Messages } from "@/lib/i18n/messages";
import { useI18n } from "@/lib/i18n/client";
import { fmt, formatDate } from "@/lib/i18n/format";
import { invalidateStandards } from "@/lib/queries/invalidate";
import { Field, Textarea } from "@/components/ui/field";
import { Banner } from "@/components/ui/feedback";
import { FormDialog } from "@/components/ui/form-dialog";
import { errorMessage } from "@/components/catalog/error-message";
import { localText } from "@/components/standards/local-text";

export type WaiverAction = "approve" | "deny" | "withdraw" | "revoke";

// Withdrawing your own request and ending a granted waiver are both a revoke to the API.
const ENDPOINT: Record<WaiverAction, string> = { approve: "approve", deny: "deny", withdraw: "revoke", revoke: "revoke" };
const BUSY = { approve: "approving", deny: "denying", withdraw: "withdrawing", revoke: "revoking" } as const;

/** The refusal in words: four eyes (403 to an admin), someone acted first (409), or the API's own. */
function refusal(error: unknown, m: Messages): string {
  if (error instanceof ApiError && error.status === 403) return m.waivers.fourEyes;
  if (error instanceof ApiError && error.isStaleVersion) return m.waivers.stale;
  return errorMessage(error, m);
}

type Props = { waiver: TWaiver; action: WaiverAction; onClose: () => void; onDone: (message: string) => void };

/** Confirm a decision on a waiver, with a note that goes with it into the audit log. */
export function DecideDialog({ waiver: w, action, onClose, onDone }: Props) {
  const { m, locale } = useI18n();
  const t = m.waivers;
  const qc = useQueryClient();
  const [note, setNote] = useState("");
  const vars = { standard: localText(w.standard.text, locale).name, record: w.subject?.name ?? t.deletedRecord };
  const mutation = useMutation({
    mutationFn: () => api<TWaiver>(`/waivers/${w.id}/${ENDPOINT[action]}`, { method: "POST", body: { version: w.version, note: note.trim() } }),
    onSuccess: () => {
      invalidateStandards(qc);
      onDone(fmt(t.done[action], vars));
    },
  });
  return (
    <FormDialog title={fmt(t.dialog[action], vars)} submitLabel={t.actions[action]} busyLabel={t.actions[BUSY[action]]}
      variant={action === "approve" ? "primary" : "danger"} busy={mutation.isPending} onSubmit={() => mutation.mutate()} onClose={onClose}
      description={fmt(t.dialog[`${action}Body`], { date: formatDate(w.expiresAt, locale) })}>
      {mutation.error && <Banner>{refusal(mutation.error, m)}</Banner>}
      <div className="rounded-md bg-slate-50 p-3 text-sm">
        <p className="text-xs font-medium text-slate-500">{t.dialog.reason}</p>
        <p className="mt-0.5 whitespace-pre-line text-slate-800">{w.reason}</p>
      </div>
      {action !== "withdraw" && (
        <Field label={t.dialog.note} hint={t.dialog.noteHint}>
          {(id, describedBy) => <Textarea id={id} aria-describedby={describedBy} autoFocus value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
      )}
    </FormDialog>
  );
}
