"use client";
import { useEffect, useRef, type ReactNode } from "react";
import { useI18n } from "@/lib/i18n/client";

type Props = { title: ReactNode; subtitle?: ReactNode; onClose: () => void; children: ReactNode; testId?: string };

/** The map's right-hand panel: details, forms and impact, scrolling on its own; Escape closes it. */
export function SidePanel({ title, subtitle, onClose, children, testId }: Props) {
  const { m } = useI18n();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    // Keyboard users land in the panel they just opened.
    ref.current?.focus();
  }, []);
  return (
    <aside ref={ref} tabIndex={-1} data-testid={testId} aria-label={typeof title === "string" ? title : undefined}
      onKeyDown={(e) => { if (e.key === "Escape" && !(e.target instanceof HTMLSelectElement)) { e.stopPropagation(); onClose(); } }}
      className="flex h-full w-[26rem] max-w-full shrink-0 flex-col border-l border-slate-200 bg-white outline-none">
      <header className="flex items-start justify-between gap-2 border-b border-slate-200 px-4 py-3">
        <div className="min-w-0">
          <h2 className="truncate text-base font-semibold text-slate-900">{title}</h2>
          {subtitle && <div className="truncate text-xs text-slate-500">{subtitle}</div>}
        </div>
        <button type="button" onClick={onClose} aria-label={m.topology.panel.close}
          className="rounded p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-900 focus-visible:ring-2 focus-visible:ring-indigo-500">
          ✕
        </button>
      </header>
      <div className="min-h-0 flex-1 space-y-4 overflow-y-auto p-4">{children}</div>
    </aside>
  );
}
