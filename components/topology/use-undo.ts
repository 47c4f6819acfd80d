"use client";
import { useCallback, useState } from "react";

export type UndoEntry = { label: string; undo: () => Promise<void> };

const DEPTH = 20;

/**
 * Undo for edits made on the map. Each entry knows how to reverse itself through the API (so the
 * reversal is validated, authorised and audited like any edit); the newest is undone first.
 */
export function useUndo() {
  const [stack, setStack] = useState<UndoEntry[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const push = useCallback((entry: UndoEntry) => {
    setError(null);
    setStack((s) => [...s.slice(-(DEPTH - 1)), entry]);
  }, []);

  const undoLast = useCallback(async () => {
    const entry = stack.at(-1);
    if (!entry || busy) return;
    setBusy(true);
    setError(null);
    try {
      await entry.undo();
      setStack((s) => s.slice(0, -1));
    } catch (e) {
      // The entry stays: the user can read why and try again (e.g. after a conflicting edit).
      setError(e);
    } finally {
      setBusy(false);
    }
  }, [stack, busy]);

  return { last: stack.at(-1) ?? null, push, undoLast, busy, error, clearError: () => setError(null) };
}
export type Undo = ReturnType<typeof useUndo>;
