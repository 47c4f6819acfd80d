"use client";
import type { ReactNode } from "react";
import { useI18n } from "@/lib/i18n/client";
import { Button } from "@/components/ui/button";

type Props = {
  title: string;
  testId: string;
  loading: boolean;
  failed: boolean;
  loadingText: string;
  failedText: string;
  onRetry: () => void;
  /** The legend's entries, shown once the colours have loaded. */
  children: ReactNode;
};

/** The corner legend of a map colouring (level, health): its entries, or why they are not shown yet. */
export function MapLegend({ title, testId, loading, failed, loadingText, failedText, onRetry, children }: Props) {
  const { m } = useI18n();
  return (
    <div className="absolute bottom-3 left-14 z-10 rounded-md border border-slate-200 bg-white/95 px-3 py-2 text-xs text-slate-700 shadow"
      role="group" aria-label={title} data-testid={testId}>
      <p className="mb-1 font-semibold text-slate-800">{title}</p>
      {failed ? (
        <p className="text-red-700">{failedText} <Button variant="ghost" onClick={onRetry}>{m.common.actions.retry}</Button></p>
      ) : loading ? (
        <p role="status">{loadingText}</p>
      ) : (
        <ul className="space-y-0.5">{children}</ul>
      )}
    </div>
  );
}

/** One colour swatch and its meaning. */
export function LegendSwatch({ color, label, round }: { color: string; label: ReactNode; round?: boolean }) {
  return (
    <li className="flex items-center gap-1.5">
      {round
        ? <span className="inline-block h-3 w-3 rounded-full border-2" style={{ borderColor: color }} aria-hidden />
        : <span className="inline-block h-3 w-3 rounded-sm" style={{ background: color }} aria-hidden />}
      {label}
    </li>
  );
}
