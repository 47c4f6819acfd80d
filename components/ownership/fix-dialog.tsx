"use client";
import { useId, type FormEvent, type ReactNode } from "react";
import { useI18n } from "@/lib/i18n/client";
import { Button } from "@/components/ui/button";
import { useModalDialog } from "@/components/ui/use-modal-dialog";

type Props = {
  title: string;
  /** One line on what the fix does, under the title. */
  description?: ReactNode;
  children: ReactNode;
  busy: boolean;
  onSubmit: () => void;
  onClose: () => void;
  /** Extra actions left of Cancel (e.g. "Hand to the team's lead"). */
  extra?: ReactNode;
};

/**
 * A small modal form for one fix, on the native <dialog> (focus trap, Escape closes). Mounted only
 * while open; on close it gives focus back to what opened it. overflow-visible lets a picker's
 * option list hang below the dialog instead of scrolling inside it.
 */
export function FixDialog({ title, description, children, busy, onSubmit, onClose, extra }: Props) {
  const { m } = useI18n();
  const t = m.ownership.fix;
  const titleId = useId();
  const ref = useModalDialog();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!busy) onSubmit();
  };
  return (
    <dialog ref={ref} aria-labelledby={titleId} onCancel={(e) => { e.preventDefault(); if (!busy) onClose(); }}
      className="m-auto w-full max-w-md overflow-visible rounded-lg bg-white p-0 shadow-xl backdrop:bg-slate-900/40 dark:backdrop:bg-black/60">
      <form onSubmit={submit} noValidate className="space-y-4 p-5">
        <div className="space-y-1">
          <h2 id={titleId} className="text-base font-semibold text-slate-900">{title}</h2>
          {description && <p className="text-sm text-slate-600">{description}</p>}
        </div>
        {children}
        <div className="flex flex-wrap items-center justify-end gap-2 pt-1">
          {extra && <div className="mr-auto">{extra}</div>}
          <Button variant="secondary" onClick={onClose} disabled={busy}>{m.common.actions.cancel}</Button>
          <Button type="submit" disabled={busy} aria-busy={busy}>{busy ? t.applying : t.apply}</Button>
        </div>
      </form>
    </dialog>
  );
}
