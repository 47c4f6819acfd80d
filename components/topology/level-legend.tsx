"use client";
import { COMPLIANCE_LEVELS } from "@/lib/schemas/enums";
import { useI18n } from "@/lib/i18n/client";
import { LEVEL_COLORS } from "@/components/compliance/compliance-marks";
import { Button } from "@/components/ui/button";

type Props = { loading: boolean; failed: boolean; onRetry: () => void };

/** What the colours mean while the map is coloured by level (or why it is not yet). */
export function LevelLegend({ loading, failed, onRetry }: Props) {
  const { m } = useI18n();
  const t = m.topology.levels;
  return (
    <div className="absolute bottom-3 left-14 z-10 rounded-md border border-slate-200 bg-white/95 px-3 py-2 text-xs text-slate-700 shadow"
      role="group" aria-label={t.legend} data-testid="level-legend">
      <p className="mb-1 font-semibold text-slate-800">{t.legend}</p>
      {failed ? (
        <p className="text-red-700">{t.failed} <Button variant="ghost" onClick={onRetry}>{m.common.actions.retry}</Button></p>
      ) : loading ? (
        <p role="status">{t.loading}</p>
      ) : (
        <ul className="space-y-0.5">
          {COMPLIANCE_LEVELS.map((level) => (
            <li key={level} className="flex items-center gap-1.5">
              <span className="inline-block h-3 w-3 rounded-sm" style={{ background: LEVEL_COLORS[level] }} aria-hidden />
              {m.enums.ComplianceLevel[level]}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
