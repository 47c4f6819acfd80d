"use client";
import { useId, type ReactNode } from "react";
import { useModalDialog } from "@/components/ui/use-modal-dialog";

type Props = { title: string; onCancel: () => void; children: ReactNode };

/**
 * A modal on the native <dialog> (focus trap, Escape to cancel), wide enough for a table: the
 * shared ConfirmDialog is sized for a sentence. Mounted only while open, like the others here.
 */
export function WideDialog({ title, onCancel, children }: Props) {
  const titleId = useId();
  const ref = useModalDialog();
  // bg-white: the UA's dialog background ignores the dark palette (see components/ui/confirm-dialog).
  return (
    <dialog ref={ref} aria-labelledby={titleId}
      onCancel={(e) => { e.preventDefault(); onCancel(); }}
      className="m-auto w-full max-w-5xl rounded-lg bg-white p-0 shadow-xl backdrop:bg-slate-900/40 dark:backdrop:bg-black/60">
      <div className="space-y-4 p-5">
        <h2 id={titleId} className="text-base font-semibold text-slate-900">{title}</h2>
        {children}
      </div>
    </dialog>
  );
}
