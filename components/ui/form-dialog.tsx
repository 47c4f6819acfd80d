"use client";
import { useId, type FormEvent, type ReactNode } from "react";
import { useI18n } from "@/lib/i18n/client";
import { Button, type ButtonVariant } from "./button";
import { useModalDialog } from "./use-modal-dialog";

type Props = {
  title: string;
  /** A line under the title: what submitting does. */
  description?: ReactNode;
  children: ReactNode;
  submitLabel: string;
  busyLabel: string;
  busy: boolean;
  variant?: ButtonVariant;
  onSubmit: () => void;
  onClose: () => void;
  /** Extra actions left of Cancel (e.g. "Hand to the team's lead"). */
  extra?: ReactNode;
};

/**
 * A small modal form on the native <dialog> (focus trap, Escape closes), mounted only while open;
 * on closing, focus returns to what opened it. overflow-visible lets a picker's list hang below.
 */
export function FormDialog({ title, description, children, submitLabel, busyLabel, busy, variant = "primary", onSubmit, onClose, extra }: Props) {
  const { m } = useI18n();
  const titleId = useId();
  const ref = useModalDialog();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!busy) onSubmit();
  };
  // bg-white: the UA's dialog background ignores the dark palette (see confirm-dialog.tsx).
  return (
    <dialog ref={ref} aria-labelledby={titleId} onCancel={(e) => { e.preventDefault(); if (!busy) onClose(); }}
      className="m-auto w-full max-w-lg overflow-visible rounded-lg bg-white p-0 shadow-xl backdrop:bg-slate-900/40 dark:backdrop:bg-black/60">
      <form onSubmit={submit} noValidate className="space-y-4 p-5">
        <div className="space-y-1">
          <h2 id={titleId} className="text-base font-semibold text-slate-900">{title}</h2>
          {description && <div className="text-sm text-slate-600">{description}</div>}
        </div>
        {children}
        <div className="flex flex-wrap items-center justify-end gap-2 pt-1">
          {extra && <div className="mr-auto">{extra}</div>}
          <Button variant="secondary" onClick={onClose} disabled={busy}>{m.common.actions.cancel}</Button>
          <Button type="submit" variant={variant} disabled={busy} aria-busy={busy}>{busy ? busyLabel : submitLabel}</Button>
        </div>
      </form>
    </dialog>
  );
}
