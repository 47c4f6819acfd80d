"use client";
import { useI18n } from "@/lib/i18n/client";
import { fmt, formatNumber } from "@/lib/i18n/format";
import type { ImportBatchView } from "@/lib/queries/import";

/** The running import's progress from its batch (polled): a determinate bar once the total is known. */
export function ImportProgress({ batch }: { batch: ImportBatchView | undefined }) {
  const { m, locale } = useI18n();
  const t = m.interop.apply;
  const total = batch?.total ?? 0;
  const done = Math.min(batch?.done ?? 0, total);
  const text = total > 0 ? fmt(t.progressLabel, { done: formatNumber(done, locale), total: formatNumber(total, locale) }) : t.starting;
  return (
    <div className="space-y-1" data-testid="import-progress">
      <div className="flex justify-between text-sm text-slate-700">
        <span id="import-progress-label">{t.progress}</span>
        <span aria-live="polite">{text}</span>
      </div>
      <div role="progressbar" aria-labelledby="import-progress-label" aria-valuemin={0} aria-valuemax={total || undefined}
        aria-valuenow={total ? done : undefined} aria-valuetext={text} className="h-2.5 overflow-hidden rounded bg-slate-100">
        <div className={`h-full bg-indigo-600 transition-[width] ${total ? "" : "w-1/3 animate-pulse"}`}
          style={total ? { width: `${(done / total) * 100}%` } : undefined} />
      </div>
    </div>
  );
}
