"use client";
import { useId, type ReactNode } from "react";
import { useI18n } from "@/lib/i18n/client";
import { Button } from "./button";
import { useModalDialog } from "./use-modal-dialog";

type Props = {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel?: string;
  /** Shown on the confirm button while `busy` (default "Deleting…"). */
  busyLabel?: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/** A modal confirmation on the native <dialog>: focus trap, Escape to cancel. */
export function ConfirmDialog({ open, title, children, confirmLabel, busyLabel, busy, onConfirm, onCancel }: Props) {
  const { m } = useI18n();
  const titleId = useId();
  const ref = useModalDialog(open);
  // bg-white: the UA's dialog background ignores the dark palette. The dark backdrop is black,
  // because slate-900 is a light shade there (lib/theme/dark-palette.css).
  return (
    <dialog
      ref={ref}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      className="m-auto w-full max-w-md rounded-lg bg-white p-0 shadow-xl backdrop:bg-slate-900/40 dark:backdrop:bg-black/60"
      aria-labelledby={titleId}
    >
      <div className="space-y-3 p-5">
        <h2 id={titleId} className="text-base font-semibold text-slate-900">{title}</h2>
        <div className="text-sm text-slate-600">{children ?? m.common.form.confirmDeleteBody}</div>
        <div className="flex justify-end gap-2 pt-2">
          <Button variant="secondary" onClick={onCancel} disabled={busy} autoFocus>
            {m.common.actions.cancel}
          </Button>
          <Button variant="danger" onClick={onConfirm} disabled={busy}>
            {busy ? (busyLabel ?? m.common.actions.deleting) : (confirmLabel ?? m.common.actions.delete)}
          </Button>
        </div>
      </div>
    </dialog>
  );
}
