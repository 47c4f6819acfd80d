"use client";
import type { TOwnershipGaps } from "@/lib/schemas/ownership";
import { useI18n } from "@/lib/i18n/client";
import { countLabel } from "@/lib/i18n/format";
import { cn } from "@/components/ui/cn";
import { BusFactorSetting } from "./bus-factor-setting";

type Props = { score: TOwnershipGaps["score"]; settings: TOwnershipGaps["settings"]; isAdmin: boolean };

const tone = (score: number) => (score >= 90 ? "bg-emerald-500" : score >= 70 ? "bg-amber-500" : "bg-red-500");

/** The ownership score as a big figure with a bar, what it counts, and the thresholds behind the rules. */
export function ScoreHeader({ score, settings, isAdmin }: Props) {
  const { m, locale } = useI18n();
  const t = m.ownership.score;
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(score.score);
  return (
    <section aria-label={t.label} className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-[minmax(0,20rem)_1fr]">
      <div className="space-y-2">
        <h2 className="text-sm font-medium text-slate-600">{t.label}</h2>
        <p className="text-4xl font-semibold tabular-nums text-slate-900" data-testid="ownership-score">{percent}%</p>
        <div role="meter" aria-label={t.label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={score.score}
          aria-valuetext={`${percent}%`} className="h-2.5 overflow-hidden rounded-full bg-slate-100 print:border print:border-slate-300">
          <div className={cn("h-full rounded-full", tone(score.score))} style={{ width: `${Math.min(100, Math.max(0, score.score))}%` }} />
        </div>
        <p className="text-sm text-slate-600">
          {countLabel(locale, score.records, t.records, { complete: number.format(score.completeRecords) })}
        </p>
      </div>
      <div className="space-y-1.5 text-sm text-slate-600 md:border-l md:border-slate-100 md:pl-4">
        <p className="text-slate-700">{t.explain}</p>
        <p>{countLabel(locale, settings.staleDays, t.stale)}</p>
        <p>{countLabel(locale, settings.quietDays, t.quiet)}</p>
        <BusFactorSetting value={settings.busFactorThreshold} isAdmin={isAdmin} />
      </div>
    </section>
  );
}
