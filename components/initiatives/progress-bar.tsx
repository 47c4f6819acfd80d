"use client";
import type { TInitiative } from "@/lib/schemas/initiative";
import { useI18n } from "@/lib/i18n/client";
import { fmt, formatNumber, formatPercent } from "@/lib/i18n/format";

/** Records at the target against the records in scope: a bar with the figures beside it. */
export function ProgressBar({ progress, label }: { progress: TInitiative["progress"]; label: string }) {
  const { m, locale } = useI18n();
  const t = m.initiatives;
  const percent = Math.round(progress.ratio * 100);
  const words = progress.total === 0 ? t.emptyScope
    : fmt(t.progress, { atTarget: formatNumber(progress.atTarget, locale), total: formatNumber(progress.total, locale) });
  return (
    <div className="min-w-40">
      <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={words}
        className="h-2 overflow-hidden rounded-full bg-slate-100" data-testid="initiative-progress">
        <div className="h-full rounded-full bg-emerald-500" style={{ width: `${percent}%` }} />
      </div>
      <p className="mt-1 text-xs text-slate-600 tabular-nums">
        <span className="font-semibold text-slate-800">{formatPercent(progress.ratio, locale)}</span> · {words}
      </p>
    </div>
  );
}
