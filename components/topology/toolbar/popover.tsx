"use client";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";

type Props = {
  label: ReactNode;
  /** Accessible name when the label is not plain text. */
  title?: string;
  align?: "left" | "right";
  testId?: string;
  children: (close: () => void) => ReactNode;
};

/** A toolbar button that opens a panel below it; Escape or a click outside closes it. */
export function Popover({ label, title, align = "left", testId, children }: Props) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => { if (!root.current?.contains(e.target as Node)) setOpen(false); };
    document.addEventListener("pointerdown", onDown);
    return () => document.removeEventListener("pointerdown", onDown);
  }, [open]);
  const buttonId = `${id}-button`;
  const close = () => { setOpen(false); document.getElementById(buttonId)?.focus(); };
  return (
    <div ref={root} className="relative" onKeyDown={(e) => { if (e.key === "Escape" && open) { e.stopPropagation(); close(); } }}>
      <button id={buttonId} type="button" aria-expanded={open} aria-controls={id} title={title} data-testid={testId}
        onClick={() => setOpen((o) => !o)}
        className={cn("inline-flex items-center gap-1 rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50",
          "focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500", open && "bg-slate-100")}>
        {label} <span aria-hidden className="text-xs">▾</span>
      </button>
      {open && (
        <div id={id} className={cn("absolute top-full z-50 mt-1 max-h-[70vh] w-80 overflow-y-auto rounded-lg border border-slate-200 bg-white p-3 shadow-lg",
          align === "right" ? "right-0" : "left-0")}>
          {children(close)}
        </div>
      )}
    </div>
  );
}
