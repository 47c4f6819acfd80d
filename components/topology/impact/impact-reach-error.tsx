"use client";
import { useI18n } from "@/lib/i18n/client";
import { Button } from "@/components/ui/button";

/** The list may still load when the highlight does not: say so, without hiding the list. */
export function ImpactReachError({ onRetry }: { onRetry: () => void }) {
  const { m } = useI18n();
  return (
    <div role="alert" className="flex items-center justify-between gap-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-xs text-amber-900">
      <p>{m.impact.reachError}</p>
      <Button variant="secondary" className="shrink-0 px-2 py-1 text-xs" onClick={onRetry}>{m.common.actions.retry}</Button>
    </div>
  );
}
