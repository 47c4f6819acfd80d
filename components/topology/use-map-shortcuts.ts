"use client";
import { useEffect, useRef } from "react";

export type MapShortcuts = {
  search: () => void;
  fit: () => void;
  relayout?: () => void;
  newSystem?: () => void;
  impact: () => void;
  remove?: () => void;
  undo?: () => void;
  escape: () => void;
  help: () => void;
};

const typing = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName) || !!t.closest("dialog[open]"));

/**
 * Keys on the map page: / search, f fit, l re-layout, n new system, i impact, Delete, Ctrl+Z undo,
 * ? help, Escape close. Ignored while typing in a field or a dialog is open.
 */
export function useMapShortcuts(handlers: MapShortcuts) {
  const ref = useRef(handlers);
  useEffect(() => { ref.current = handlers; });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const h = ref.current;
      if (e.key === "Escape") return h.escape();
      if (typing(e.target) || e.altKey) return;
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "z" && !e.shiftKey && h.undo) { e.preventDefault(); return h.undo(); }
      if (e.ctrlKey || e.metaKey) return;
      const action: Record<string, (() => void) | undefined> = {
        "/": h.search, f: h.fit, l: h.relayout, n: h.newSystem, i: h.impact, Delete: h.remove, Backspace: h.remove, "?": h.help,
      };
      const run = action[e.key];
      if (run) { e.preventDefault(); run(); }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
