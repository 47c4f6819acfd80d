"use client";
import { useCallback, useRef, useState } from "react";

/**
 * Open/close state for a ConfirmDialog that is mounted only while open, giving focus back to
 * whatever opened it (the native dialog would, but it is unmounted rather than closed).
 */
export function useDialogTrigger() {
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLElement | null>(null);
  const show = useCallback(() => {
    trigger.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(true);
  }, []);
  const hide = useCallback(() => {
    setOpen(false);
    requestAnimationFrame(() => trigger.current?.isConnected && trigger.current.focus());
  }, []);
  return { open, show, hide };
}
