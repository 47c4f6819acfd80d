"use client";
import { useState } from "react";
import { useI18n } from "@/lib/i18n/client";
import { countLabel } from "@/lib/i18n/format";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { errorMessage } from "@/components/catalog/error-message";
import { SilenceDialog } from "./silence-dialog";
import type { BulkRequest } from "./use-alert-actions";

type Props = {
  ids: string[];
  busy: boolean;
  error: unknown;
  onRun: (request: BulkRequest, onDone: () => void) => void;
  onClear: () => void;
};

/** "N alerts selected — Acknowledge · Resolve… · Silence… · Clear", stuck to the window's bottom. */
export function AlertBulkBar({ ids, busy, error, onRun, onClear }: Props) {
  const { m, locale } = useI18n();
  const t = m.alerts;
  const [dialog, setDialog] = useState<"resolve" | "silence" | null>(null);
  const close = () => setDialog(null);
  return (
    <div role="region" aria-label={t.bulk.bar}
      className="sticky bottom-4 z-20 flex flex-wrap items-center gap-3 rounded-lg border border-indigo-200 bg-white px-4 py-2.5 text-sm shadow-lg">
      <span aria-live="polite" className="font-medium text-slate-800">{countLabel(locale, ids.length, t.bulk.selected)}</span>
      <Button onClick={() => onRun({ action: "acknowledge", ids }, onClear)} disabled={busy}>{t.actions.acknowledge}</Button>
      <Button variant="secondary" onClick={() => setDialog("resolve")} disabled={busy}>{t.actions.resolve}…</Button>
      <Button variant="secondary" onClick={() => setDialog("silence")} disabled={busy}>{t.actions.silence}</Button>
      <Button variant="ghost" onClick={onClear}>{t.bulk.clear}</Button>
      {error && !dialog ? <span role="alert" className="text-red-700">{errorMessage(error, m)}</span> : null}
      <ConfirmDialog open={dialog === "resolve"} title={countLabel(locale, ids.length, t.bulk.confirmResolve)}
        confirmLabel={t.actions.resolve} busyLabel={m.common.actions.saving} busy={busy}
        onConfirm={() => onRun({ action: "resolve", ids }, () => { close(); onClear(); })} onCancel={close}>
        <p>{t.bulk.confirmResolveHint}</p>
      </ConfirmDialog>
      {dialog === "silence" && (
        <SilenceDialog busy={busy} error={error ? errorMessage(error, m) : undefined} onClose={close}
          onSubmit={(silence) => onRun({ action: "silence", ids, silence }, () => { close(); onClear(); })} />
      )}
    </div>
  );
}
