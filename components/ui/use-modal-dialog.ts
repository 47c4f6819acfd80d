"use client";
import { useEffect, useRef } from "react";

/**
 * A native <dialog> shown as a modal while `open` (or while mounted, by default): focus trap and
 * Escape come from the browser; on closing, focus goes back to what opened it.
 */
export function useModalDialog(open = true) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const trigger = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      if (trigger?.isConnected) requestAnimationFrame(() => trigger.focus());
    };
  }, [open]);
  return ref;
}
